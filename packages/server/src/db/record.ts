import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

/**
 * For the test script only (scripts/test.mjs sets `MITMACHEN_TEST_SQL_RECORD`, a folder): writes
 * down every distinct statement text that reaches the database, and whether database work that
 * PGlite had to run one after the other would have run side by side on PostgreSQL in a way that can
 * change an outcome, so the PostgreSQL pass can run just the test files it needs
 * (scripts/postgres-selection.mjs). Off, and free, unless that variable is set.
 *
 * One JSON line per new fact into `<folder>/<pid>.jsonl`, appended at once: a process killed on
 * purpose (`kill -9` tests) has still written what it ran. The first line names the test file
 * (`MITMACHEN_TEST_SQL_OWNER`, which test/support/sql-record.mjs sets and child processes inherit).
 */
export function recordStatements(pool: pg.Pool, folder = process.env.MITMACHEN_TEST_SQL_RECORD): void {
  if (!folder) return;
  const note = recorder(folder);
  const active = new Set<Holder>();
  const holders = new WeakMap<pg.PoolClient, Holder>();
  type Callback = (error: Error | undefined, client?: pg.PoolClient, done?: unknown) => void;
  const connect = pool.connect.bind(pool) as (callback?: Callback) => unknown;
  // Every statement runs on a checked-out client (pool.query checks one out too). A checkout lasts
  // from its request to its release: on PGlite's one connection a second request waits, on
  // PostgreSQL it would run beside the first.
  const open = (): Holder => {
    const holder: Holder = { reads: new Set(), writes: new Set(), beside: new Set() };
    for (const other of active) {
      holder.beside.add(other);
      other.beside.add(holder);
    }
    active.add(holder);
    return holder;
  };
  const close = (holder: Holder) => {
    active.delete(holder);
    // Noted when the later of the two ends, with all that both did.
    for (const other of holder.beside) {
      if (active.has(other) || holder.writes.size + other.writes.size === 0) continue;
      const [a, b] = [tables(holder), tables(other)].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      note({ overlap: { a, b } });
    }
  };
  pool.on('release', (_error: unknown, client: pg.PoolClient) => {
    const holder = holders.get(client);
    holders.delete(client);
    if (holder) close(holder);
  });
  (pool as { connect: unknown }).connect = (callback?: Callback) => {
    const holder = open();
    const given = (client: pg.PoolClient) => {
      holders.set(client, holder);
      return client;
    };
    if (callback) {
      return connect((error, client, done) => {
        if (error || !client) close(holder);
        callback(error, client && given(client), done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).then(given, (error: unknown) => {
      close(holder);
      throw error;
    });
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const [first] = args;
      const raw = typeof first === 'string' ? first : (first as { text?: unknown } | undefined)?.text;
      if (typeof raw === 'string') {
        const text = raw.replace(/\s+/g, ' ').trim();
        note({ statement: text });
        const holder = holders.get(client);
        if (holder) touches(text, holder);
      }
      return query(...args);
    };
  });
}

/** One checkout of a client: the tables its statements read and wrote (`+table` inserted, `~table` updated, no key; `*` could not tell). */
interface Holder {
  reads: Set<string>;
  writes: Set<string>;
  beside: Set<Holder>;
}

const tables = (holder: Holder) => ({ reads: [...holder.reads].sort(), writes: [...holder.writes].sort() });

/**
 * The migrations' own functions that change data (VOLATILE, not triggers), with the table each
 * writes: a SELECT calling one writes. test/server/sql-record.test.ts checks that every such
 * function in the migrations is named here.
 */
export const writingFunctions: Record<string, string[]> = {
  refresh_search_words: ['search_words'],
  prune_search_changes: ['search_changes'],
  add_opportunity_words: ['search_words'],
  add_offer_words: ['search_words'],
  finish_deferred_version: ['search_version', 'search_changes', 'change_feed'],
};

const named = String.raw`("?[a-z_][a-z0-9_]*"?(?:\."?[a-z_][a-z0-9_]*"?)?)`;
const written = new RegExp(String.raw`\b(INSERT\s+INTO|(?<!\bFOR\s+(?:NO\s+KEY\s+)?)UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO|LOCK(?:\s+TABLE)?)\s+(?:ONLY\s+)?${named}`, 'gi');
const read = new RegExp(String.raw`\b(?:FROM|JOIN|USING)\s+(?:ONLY\s+)?${named}`, 'gi');
const bare = (name: string) => name.replaceAll('"', '').replace(/^public\./, '').toLowerCase();

/**
 * What one statement reads and writes, by table name, from its text: enough to tell whether two
 * checkouts touch the same tables (scripts/postgres-selection.mjs adds what triggers and foreign
 * keys touch besides). A statement it cannot place (a lock function, `DO`, a call) counts as
 * writing everything.
 */
export function touches(text: string, into: { reads: Set<string>; writes: Set<string> }): void {
  if (/^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|END|SAVEPOINT|RELEASE|SHOW|LISTEN|UNLISTEN)\b/i.test(text)) return;
  const before = into.writes.size;
  // `+table`: only inserted into, which no foreign key of another table reacts to; `~table`:
  // updated without assigning a key (`id`, `…_id`, `…_by`: what foreign keys here are made of),
  // which neither cascades nor checks another table.
  const keyed = /\bSET\s+(?:[\s\S]*?,\s*)?"?(id|\w+_id|\w+_by)"?\s*=/i.test(text);
  for (const [, verb, name] of text.matchAll(written)) {
    const mark = /^INSERT/i.test(verb as string) ? '+' : /^UPDATE/i.test(verb as string) && !keyed ? '~' : '';
    into.writes.add(`${mark}${bare(name as string)}`);
  }
  // A row lock (FOR UPDATE / SHARE) waits on writers like a write does.
  const locks = /\bFOR\s+(NO\s+KEY\s+)?UPDATE\b|\bFOR\s+(KEY\s+)?SHARE\b/i.test(text);
  for (const [, name] of text.matchAll(read)) (locks ? into.writes : into.reads).add(bare(name as string));
  for (const [name, tables] of Object.entries(writingFunctions)) {
    if (new RegExp(String.raw`\b${name}\s*\(`, 'i').test(text)) for (const table of tables) into.writes.add(table);
  }
  const known = /^(SELECT|WITH|VALUES|TABLE|INSERT|UPDATE|DELETE|MERGE|TRUNCATE|LOCK)\b/i.test(text);
  const sideEffects = /\b(nextval|setval|pg_advisory\w*|pg_notify|set_config|pg_sleep|pg_terminate_backend)\s*\(/i.test(text);
  if (!known || (sideEffects && into.writes.size === before)) into.writes.add('*');
}

/** Notes a place where PostgreSQL would take another branch than the one this process (on PGlite) took. */
export function recordDialectBranch(where: string): void {
  const folder = process.env.MITMACHEN_TEST_SQL_RECORD;
  if (folder) recorder(folder)({ statement: `-- differs on PostgreSQL: ${where}` });
}

const writers = new Map<string, (fact: Record<string, unknown>) => void>();

function recorder(folder: string): (fact: Record<string, unknown>) => void {
  let write = writers.get(folder);
  if (write) return write;
  const file = join(folder, `${process.pid}.jsonl`);
  const seen = new Set<string>();
  appendFileSync(file, `${JSON.stringify({ owner: process.env.MITMACHEN_TEST_SQL_OWNER ?? process.argv[1] })}\n`);
  write = (fact) => {
    const key = JSON.stringify(fact);
    if (seen.has(key)) return;
    seen.add(key);
    appendFileSync(file, `${key}\n`);
  };
  writers.set(folder, write);
  return write;
}
