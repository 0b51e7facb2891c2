/**
 * `npm run bench:startup`: how long a server takes from its start until `/health` says it is
 * ready, with the search index loaded from every listing and with the index read from its
 * snapshot file (MITMACHEN_SEARCH_SNAPSHOT) and caught up from the change log. Seeds N
 * opportunities (`--count`, default 100,000; offers a tenth), starts a server that loads in
 * full and writes the file, changes `--changes` listings while it is down, starts one from the
 * file, and then one more in full to check that both answer the benchmark's searches byte for
 * byte alike; last one without an index, for what the rest of a start costs. PostgreSQL (DATABASE_URL, or a private cluster) or PGlite (`--db pglite`).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../packages/server/src/db/database.js';
import { searchScenarios } from './api/scenarios.js';
import { deferCleanup } from './lib/cleanup.js';
import { runBenchmark } from './lib/entry.js';
import { UsageError } from './lib/options.js';
import { processMemory } from './lib/memory.js';
import { obtainPostgres } from './lib/postgres.js';
import { seedWithCli, startServerProcess, type ServerDatabase } from './lib/server-process.js';
import { mebibytes, seconds } from './lib/table.js';

interface StartupOptions {
  count: number;
  changes: number;
  db: 'postgres' | 'pglite';
  /** DATABASE_URL already holds the data (a 1,000,000-listing seed takes minutes): do not seed. */
  seeded: boolean;
  /** Single-listing changes applied by the fully loaded server, each timed. */
  rounds: number;
}

const usage = `Usage: npm run bench:startup -- [options]
  --count N      opportunities to seed (default 100000; offers: a tenth of that)
  --changes N    published listings changed between writing the snapshot and the restart (default 500)
  --db WHICH     postgres (default: DATABASE_URL, else a private cluster) or pglite
  --rounds N     single-listing changes timed on the fully loaded server (PostgreSQL; default 3)
  --seeded       DATABASE_URL already holds the demo data: do not seed (--count is then only
                 the label); its listings are changed by --changes as in any run
  -h, --help     show this help
`;

function parse(argv: string[]): StartupOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '100000' },
      changes: { type: 'string', default: '500' },
      db: { type: 'string', default: 'postgres' },
      seeded: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const whole = (raw: string, name: string) => {
    if (!/^\d+$/.test(raw)) throw new UsageError(`${name} must be a whole number, not "${raw}"`);
    return Number(raw);
  };
  if (values.db !== 'postgres' && values.db !== 'pglite') throw new UsageError(`--db must be postgres or pglite, not "${values.db}"`);
  if (values.seeded && (values.db !== 'postgres' || !process.env.DATABASE_URL?.trim())) throw new UsageError('--seeded needs --db postgres and DATABASE_URL');
  return { count: whole(values.count, '--count'), changes: whole(values.changes, '--changes'), db: values.db, seeded: values.seeded, rounds: whole(values.rounds, '--rounds') };
}

/** Changes published listings' titles the way an edit does (the triggers record them in the change log). */
async function changeListings(database: ServerDatabase, n: number): Promise<void> {
  const db = await openDatabase(database.databaseUrl ? { url: database.databaseUrl } : { dataDir: database.dataDir! });
  try {
    await db.pool.query(
      `UPDATE opportunities SET title = title || ' (geändert)', updated_at = now()
       WHERE id IN (SELECT id FROM opportunities WHERE status = 'published' ORDER BY md5(id::text) LIMIT $1)`,
      [n],
    );
  } finally {
    await db.close();
  }
}

/** The server's own account of its index's start (its info lines about the search index). */
function indexLines(): { collect: (line: string) => void; print: () => void } {
  const found: string[] = [];
  return {
    collect: (line) => {
      if (!line.startsWith('{')) return;
      const msg = (JSON.parse(line) as { msg?: unknown }).msg;
      if (typeof msg === 'string' && msg.startsWith('search index:')) found.push(msg);
    },
    print: () => {
      for (const line of found.splice(0)) console.log(`    server │ ${line}`);
    },
  };
}

/** What the search element asks first: page 1 at its page size, no text, no filter. */
const landingPath = '/v1/opportunities?page=1&pageSize=12';

/** The landing search three times in a row, milliseconds each (to the answer's last byte). */
async function landingTimes(origin: string): Promise<string[]> {
  const times: string[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const response = await fetch(origin + landingPath, { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${landingPath} answered ${response.status}`);
    times.push((performance.now() - started).toFixed(1));
  }
  return times;
}

async function indexVersion(origin: string): Promise<string | undefined> {
  const body = (await (await fetch(`${origin}/health`, { signal: AbortSignal.timeout(10_000) })).json()) as { search?: { version?: string } };
  return body.search?.version;
}

/**
 * Changes one published listing (found through the primary key from a random id: choosing it
 * by md5 as changeListings does reads the whole table, seconds at a million listings, which
 * an earlier version of this benchmark counted as the index's) and waits until the server's
 * index has applied it: milliseconds the UPDATE took, and from its commit to the index's
 * version moving (the server's own account of that time is its "applied version" line).
 */
async function changeAndAwait(database: ServerDatabase, origin: string): Promise<{ update: number; applied: number }> {
  const before = await indexVersion(origin);
  const db = await openDatabase(database.databaseUrl ? { url: database.databaseUrl } : { dataDir: database.dataDir! });
  let started: number;
  let committed: number;
  try {
    started = performance.now();
    const { rowCount } = await db.pool.query(
      `UPDATE opportunities SET title = title || ' (geändert)', updated_at = now()
       WHERE id = (SELECT id FROM opportunities WHERE status = 'published' AND id >= $1::uuid ORDER BY id LIMIT 1)`,
      [randomUUID()],
    );
    committed = performance.now();
    if (rowCount !== 1) return await changeAndAwait(database, origin);
  } finally {
    await db.close();
  }
  while ((await indexVersion(origin)) === before) {
    if (performance.now() - committed > 30_000) throw new Error('the index did not apply a change within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { update: committed - started, applied: performance.now() - committed };
}

/** The server's resident memory now and at its peak (Linux), for the report line. */
function memory(pid: number): string {
  const used = processMemory(pid);
  return used ? `, RSS ${mebibytes(used.rss)} (peak ${mebibytes(used.peakRss)})` : '';
}

async function answers(origin: string, paths: readonly string[]): Promise<string[]> {
  const bodies: string[] = [];
  for (const path of paths) bodies.push(await (await fetch(origin + path, { signal: AbortSignal.timeout(60_000) })).text());
  return bodies;
}

async function main(options: StartupOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'mitmachen-bench-startup-'));
  deferCleanup(() => rmSync(folder, { recursive: true, force: true }));
  let database: ServerDatabase;
  if (options.db === 'postgres') {
    const postgres = await obtainPostgres(process.env.DATABASE_URL?.trim() || undefined);
    if ('skipped' in postgres) throw new Error(postgres.skipped);
    deferCleanup(() => postgres.stop());
    database = { databaseUrl: postgres.url };
    console.log(`mitmachen start-up benchmark on PostgreSQL, ${postgres.description}`);
  } else {
    database = { dataDir: join(folder, 'pglite') };
    console.log(`mitmachen start-up benchmark on PGlite in ${database.dataDir}`);
  }
  const snapshot = join(folder, 'search.snapshot');
  const env = { MITMACHEN_SEARCH_ENGINE: 'index', MITMACHEN_SEARCH_SNAPSHOT: snapshot, LOG_LEVEL: 'info' };
  const log = indexLines();
  if (options.seeded) console.log('  not seeding (--seeded): the database holds the data');
  else {
    console.log(`  seeding ${options.count} opportunities and ${Math.round(options.count / 10)} offers …`);
    const seed = await seedWithCli(database, options.count);
    console.log(`  seeded in ${seconds(seed.seconds)}`);
  }

  // 1. No file yet: a full load; the server writes the file after it and again when stopped.
  const first = await startServerProcess(database, undefined, env, log.collect);
  console.log(`  full load (no snapshot yet): ready after ${seconds(first.startSeconds)}${memory(first.pid)}`);
  log.print();
  await first.stop();
  console.log(`  snapshot written: ${mebibytes(statSync(snapshot).size)}`);

  // 2. Listings change while no server runs; the next start reads the file and catches up.
  await changeListings(database, options.changes);
  const restored = await startServerProcess(database, undefined, env, log.collect);
  console.log(`  from the snapshot, ${options.changes} listings changed since: ready after ${seconds(restored.startSeconds)}${memory(restored.pid)}`);
  log.print();
  const paths = searchScenarios().flatMap((scenario) => scenario.paths.slice(0, 20));
  paths.push('/v1/opportunities', '/v1/offers', '/v1/opportunities?q=ge%C3%A4ndert&pageSize=50');
  console.log(`    landing search (${landingPath}), one at a time: ${(await landingTimes(restored.origin)).join(' ms, ')} ms`);
  const fromSnapshot = await answers(restored.origin, paths);
  console.log(`    after answering ${paths.length} searches:${memory(restored.pid)}`);
  await restored.stop();

  // 3. The same data loaded in full, for comparison (its own file is not used).
  const full = await startServerProcess(database, undefined, { MITMACHEN_SEARCH_ENGINE: 'index', LOG_LEVEL: 'info' }, log.collect);
  console.log(`  full load again: ready after ${seconds(full.startSeconds)}${memory(full.pid)}`);
  log.print();
  const fromDatabase = await answers(full.origin, paths);
  // After the comparison (a change would make the answers differ). PGlite's data folder belongs
  // to the running server: listings are changed beside it only on PostgreSQL.
  log.print();
  for (let round = 1; round <= (database.databaseUrl ? options.rounds : 0); round++) {
    const { update, applied } = await changeAndAwait(database, full.origin);
    console.log(
      `    one listing changed (UPDATE ${update.toFixed(0)} ms), index at its version ${applied.toFixed(0)} ms after the commit; landing search: ${(await landingTimes(full.origin)).join(' ms, ')} ms`,
    );
    log.print();
  }
  await full.stop();
  // 4. What the rest of a start costs (spawning, TypeScript, the database's pool, migrations checked): no index at all.
  const sql = await startServerProcess(database, undefined, { MITMACHEN_SEARCH_ENGINE: 'sql' });
  console.log(`  without an index (MITMACHEN_SEARCH_ENGINE=sql), for comparison: ready after ${seconds(sql.startSeconds)}${memory(sql.pid)}`);
  await sql.stop();
  const differing = paths.filter((_, i) => fromSnapshot[i] !== fromDatabase[i]);
  console.log(`  ${paths.length - differing.length} of ${paths.length} searches answered byte for byte alike`);
  if (differing.length > 0) throw new Error(`answers differ after a start from the snapshot: ${differing.slice(0, 5).join(', ')}`);
  console.log('\n  (ready: seconds from spawning the server, from TypeScript sources through tsx, until /health answered 200;\n   the server │ lines: the index\'s own time, from opening the database until it could answer)');
}

await runBenchmark(parse, usage, main);
