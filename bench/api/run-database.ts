/**
 * The API benchmark on one database: seed it once, then per search engine start the server on
 * it, check the scenarios' requests, and load each scenario at each connection count while
 * measuring CPU use. The engines take turns on the same data, so their numbers compare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deferCleanup } from '../lib/cleanup.js';
import { startCpuMeter, waitUntilIdle, type CpuUse } from '../lib/cpu.js';
import { runLoad, type LoadResult } from '../lib/load.js';
import { poolSender, runPaced, type PacedLoad } from '../lib/paced.js';
import { processMemory, type ProcessMemory } from '../lib/memory.js';
import { obtainPostgres } from '../lib/postgres.js';
import { seedWithCli, startServerProcess, type ServerDatabase } from '../lib/server-process.js';
import { mebibytes, milliseconds, seconds } from '../lib/table.js';
import type { ApiBenchOptions, DatabaseChoice, EngineChoice } from './options.js';
import { formatCompression, measureCompression } from './compression.js';
import { probeScenario, type ProbeReport } from './probe.js';
import type { Scenario } from './scenarios.js';

export interface Cell {
  database: DatabaseChoice;
  engine: EngineChoice;
  scenario: string;
  load: LoadResult;
  cpu: CpuUse;
  /** Requests/s offered (open loop, `--rate`); absent for a closed-loop cell. */
  offeredRate?: number;
  /** The open loop's own account: requests scheduled, waiting for a connection, never sent. */
  paced?: PacedLoad;
}

/** What the server's /health says about its search (absent on a server without the index). */
export interface SearchHealth {
  engine: string;
  ready?: boolean;
  /** Listings the index holds. */
  listings?: number;
  /** The index's own estimate of its memory. */
  bytes?: number;
  version?: string;
}

export type DatabaseRun =
  | { database: DatabaseChoice; engine?: EngineChoice; skipped: string }
  | {
      database: DatabaseChoice;
      engine: EngineChoice;
      where: string;
      seeded: number;
      seedSeconds: number;
      /** Seconds from spawning the server until /health answered 200 (the index loaded). */
      startSeconds: number;
      search: SearchHealth | undefined;
      probes: Record<string, ProbeReport>;
      cells: Cell[];
      /** The server process's memory after the last cell; undefined off Linux. */
      memory: ProcessMemory | undefined;
    };

/** Connections used while warming up: enough to fill PostgreSQL's pool, not to queue deeply. */
const warmupConnections = 10;
/** Reading every card after the start takes seconds at 100,000 listings on PGlite, a minute or more at a million. */
const settleTimeoutMs = 300_000;
/** Requests still queued when a run ends may take this long to finish (PGlite answers one at a time). */
const drainTimeoutMs = 60_000;

/** One run per engine in `options.engines`, or one skipped run when the database is not there. */
export async function benchDatabase(database: DatabaseChoice, options: ApiBenchOptions, scenarios: readonly Scenario[]): Promise<DatabaseRun[]> {
  const target = await prepare(database);
  if ('skipped' in target) return [{ database, skipped: target.skipped }];
  try {
    console.log(`\n━━ ${database}: ${target.where}`);
    let seed = { seconds: Number.NaN };
    if (options.seeded) console.log('  not seeding (--seeded): the database holds the data');
    else {
      console.log(`  seeding ${options.count} opportunities and ${Math.round(options.count / 10)} offers …`);
      seed = await seedWithCli(target.server, options.count);
      console.log(`  seeded in ${seconds(seed.seconds)} (migrate, insert, VACUUM ANALYZE, spelling list)`);
    }
    const runs: DatabaseRun[] = [];
    for (const engine of options.engines) {
      runs.push(await benchEngine({ database, engine, target, seedSeconds: seed.seconds, options, scenarios }));
    }
    return runs;
  } finally {
    await target.release();
  }
}

interface EngineRun {
  database: DatabaseChoice;
  engine: EngineChoice;
  target: Target;
  seedSeconds: number;
  options: ApiBenchOptions;
  scenarios: readonly Scenario[];
}

async function benchEngine({ database, engine, target, seedSeconds, options, scenarios }: EngineRun): Promise<DatabaseRun> {
  const server = await startServerProcess(target.server, undefined, { MITMACHEN_SEARCH_ENGINE: engine, MITMACHEN_RATE_LIMIT_READS: options.rateLimitReads });
  const stopServer = deferCleanup(() => server.stop());
  try {
    const search = await searchHealth(server.origin);
    // A server from before the index names no engine on /health: it searches with SQL.
    const answering = search?.engine ?? 'sql';
    if (answering !== engine) {
      const why = search ? '' : ' (its /health names no search engine: this server has no index)';
      console.log(`  ${engine}: skipped, the server searches with ${answering}${why}`);
      return { database, engine, skipped: `the server searches with ${answering}, not ${engine}${why}` };
    }
    console.log(`  ${engine}: server pid ${server.pid} ready at ${server.origin} after ${seconds(server.startSeconds)}${describeIndex(search)}`);
    // The index reads its result cards in the background after it is ready (search/index/items.ts):
    // measured are searches of a settled server, not that read.
    const settling = performance.now();
    await waitUntilIdle([server.pid, target.postmasterPid], settleTimeoutMs);
    console.log(`  settled (server and database idle) ${seconds((performance.now() - settling) / 1000)} after that`);
    const probes = await probeAll(server.origin, scenarios);
    console.log(`  compressing the answers (what each request adds, what it saves):\n${formatCompression(await measureCompression(server.origin, scenarios)).replace(/^/gm, '    ')}`);
    const cells = await measure({ database, engine }, options, scenarios, { origin: server.origin, pid: server.pid, postmasterPid: target.postmasterPid });
    const memory = processMemory(server.pid);
    if (server.suppressedLines > 0) console.log(`  (${server.suppressedLines} more server output lines not shown)`);
    return {
      database,
      engine,
      where: target.where,
      seeded: options.count,
      seedSeconds,
      startSeconds: server.startSeconds,
      search,
      probes,
      cells,
      memory,
    };
  } finally {
    await stopServer();
  }
}

/** The `search` part of GET /health, when the server reports one. */
async function searchHealth(origin: string): Promise<SearchHealth | undefined> {
  const response = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(10_000) });
  const body = (await response.json().catch(() => ({}))) as { search?: unknown };
  const search = body.search;
  if (typeof search !== 'object' || search === null || typeof (search as SearchHealth).engine !== 'string') return undefined;
  return search as SearchHealth;
}

function describeIndex(search: SearchHealth | undefined): string {
  if (search?.engine !== 'index') return '';
  const listings = search.listings === undefined ? '' : `${search.listings} listings`;
  const size = search.bytes === undefined ? '' : `, ${mebibytes(search.bytes)}`;
  return listings || size ? ` (index: ${listings}${size})` : '';
}

async function probeAll(origin: string, scenarios: readonly Scenario[]): Promise<Record<string, ProbeReport>> {
  const probes: Record<string, ProbeReport> = {};
  for (const scenario of scenarios) {
    const probe = await probeScenario(origin, scenario);
    probes[scenario.name] = probe;
    const empty = probe.empty.length > 0 ? `; nothing found for ${probe.empty.map(describePath).join(', ')}` : '';
    console.log(`  checked ${scenario.name}: ${probe.found}/${probe.checked} searches found something (median total ${probe.medianTotal})${empty}`);
    if (probe.againMilliseconds) {
      const list = (values: number[]) => values.map((value) => milliseconds(value)).join(', ');
      console.log(`    one at a time: first ${list(probe.milliseconds)} ms; again right after ${list(probe.againMilliseconds)} ms`);
    }
  }
  return probes;
}

/** Each scenario: a warm-up, then one measured run per connection count, each after the server went idle. */
async function measure(
  run: { database: DatabaseChoice; engine: EngineChoice },
  options: ApiBenchOptions,
  scenarios: readonly Scenario[],
  server: { origin: string; pid: number; postmasterPid: number | undefined },
): Promise<Cell[]> {
  const cells: Cell[] = [];
  const drain = () => waitUntilIdle([server.pid, server.postmasterPid], drainTimeoutMs);
  for (const scenario of scenarios) {
    let offset = 0;
    if (options.warmupSeconds > 0) {
      const warmup = await runLoad({ origin: server.origin, paths: scenario.paths, connections: warmupConnections, durationSeconds: options.warmupSeconds });
      offset = warmup.nextOffset;
      await drain();
    }
    for (const connections of options.connections) {
      const stopMeter = startCpuMeter({ serverPid: server.pid, databasePid: server.postmasterPid });
      const load = await runLoad({ origin: server.origin, paths: scenario.paths, connections, durationSeconds: options.durationSeconds, offset });
      const cpu = stopMeter();
      offset = load.nextOffset;
      await drain();
      cells.push({ ...run, scenario: scenario.name, load, cpu });
      console.log(`  ${run.engine.padEnd(5)} ${progressLine(scenario.name, load)}`);
    }
    if (options.offeredRate !== undefined) {
      const connections = Math.max(...options.connections);
      const sender = poolSender(server.origin, connections);
      try {
        await sender.warm();
        await drain();
        const stopMeter = startCpuMeter({ serverPid: server.pid, databasePid: server.postmasterPid });
        const { paced, offeredRate, ...load } = await runPaced({
          paths: scenario.paths,
          rate: options.offeredRate,
          connections,
          durationSeconds: options.durationSeconds,
          offset,
          send: sender.send,
        });
        const cpu = stopMeter();
        offset = load.nextOffset;
        await drain();
        cells.push({ ...run, scenario: scenario.name, load, cpu, offeredRate, paced });
        const missed = paced.waited + paced.unsent > 0 ? `, ${paced.waited} waited for a connection, ${paced.unsent} never sent` : '';
        console.log(`  ${run.engine.padEnd(5)} ${progressLine(scenario.name, load)}  (paced ${offeredRate}/s${missed})`);
      } finally {
        await sender.close();
      }
    }
  }
  return cells;
}

interface Target {
  where: string;
  server: ServerDatabase;
  postmasterPid: number | undefined;
  release: () => Promise<void>;
}

async function prepare(database: DatabaseChoice): Promise<Target | { skipped: string }> {
  if (database === 'pglite') {
    // A data folder, as a PGlite deployment has (the seed command and the server are two processes).
    const dataDir = mkdtempSync(join(tmpdir(), 'mitmachen-bench-pglite-'));
    const release = deferCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
    return { where: `PGlite in ${dataDir} (one connection, inside the server process)`, server: { dataDir }, postmasterPid: undefined, release };
  }
  const postgres = await obtainPostgres(process.env.DATABASE_URL?.trim() || undefined);
  if ('skipped' in postgres) return postgres;
  const release = deferCleanup(() => postgres.stop());
  return { where: `PostgreSQL, ${postgres.description}`, server: { databaseUrl: postgres.url }, postmasterPid: postgres.postmasterPid, release };
}

function describePath(path: string): string {
  const query = new URLSearchParams(path.slice(path.indexOf('?') + 1));
  return [...query].map(([name, value]) => `${name}=${value}`).join('&');
}

function progressLine(scenario: string, load: LoadResult): string {
  const failures = load.errors + load.timeouts + Object.values(load.non2xx).reduce((sum, count) => sum + count, 0);
  return (
    `${scenario.padEnd(12)} ${String(load.connections).padStart(3)} conn  ${load.requestsPerSecond.toFixed(0).padStart(5)} req/s  ` +
    `p50 ${milliseconds(load.latency.p50)}  p95 ${milliseconds(load.latency.p95)}  p99 ${milliseconds(load.latency.p99)} ms` +
    (failures > 0 ? `  ${failures} failed` : '')
  );
}
