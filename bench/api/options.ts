import { parseArgs } from 'node:util';
import { UsageError, whole } from '../lib/options.js';

export type DatabaseChoice = 'pglite' | 'postgres';
/** The server's search: SQL over the tables, or the in-memory index (MITMACHEN_SEARCH_ENGINE). */
export type EngineChoice = 'sql' | 'index';

export interface ApiBenchOptions {
  count: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  databases: DatabaseChoice[];
  engines: EngineChoice[];
  /** MITMACHEN_RATE_LIMIT_READS for the server: `off`, or REQUESTS/SECONDS to measure the counting too. */
  rateLimitReads: string;
  /** Offered requests/s for one more, open-loop run per scenario at the most connections; undefined: none. */
  offeredRate: number | undefined;
  /** The scenarios to measure, by name (default: all). */
  mixes: string[] | undefined;
  /** The database (DATABASE_URL) already holds the data: measure without seeding. */
  seeded: boolean;
  json: string | undefined;
}

export const usage = `Usage: npm run bench -- [options]

Seeds the reference server with demo data and measures its search under load: latency
(p50/p95/p99) and throughput for a text, a filter+facet and a radius search at several
numbers of concurrent connections, on PGlite and on PostgreSQL, with the SQL search and the
in-memory index side by side on the same data.

Options:
  --count N            opportunities to seed (default 100000; offers: a tenth of that)
  --duration S         seconds measured per scenario and connection count (default 10)
  --warmup S           seconds of load per scenario before measuring (default 3)
  --connections A,B    concurrent connections to measure (default 1,10,50)
  --db WHICH           pglite, postgres or both (default both). PostgreSQL: DATABASE_URL when
                       set (the demo data is written into it!), else a private throwaway
                       cluster; skipped when PostgreSQL is not installed.
  --engine WHICH       sql, index or both (default both): the server is started once per engine
                       on the same seeded data (MITMACHEN_SEARCH_ENGINE), one after the other,
                       and a closing table sets them side by side. A server without the index
                       is measured once, as sql.
  --rate-limit R       the server's read limit, MITMACHEN_RATE_LIMIT_READS (default off): the
                       load comes from one address, so give a quota it cannot use up, e.g.
                       1000000/60, to include the per-request count a deployment pays
  --rate N             after the closed-loop runs, one more run per scenario offering N
                       requests/s evenly paced (request i due at start + i/N) over a pool of
                       as many keep-alive connections as the most given (open loop, e.g.
                       --rate 500 --connections 50). Latency counts from each request's due
                       time, so a queue shows; requests that waited for a free connection and
                       those never sent (still waiting 5 s after the run) are reported.
  --mix A,B            scenarios to measure: text, filter+facet, radius, landing (default all)
  --seeded             the database DATABASE_URL names already holds the demo data (a
                       1,000,000-listing seed takes minutes): do not seed; --count is then
                       only the label
  --json FILE          also write every number to FILE
  -h, --help           show this help
`;

/** Upper bounds that keep a mistyped option from running for hours. */
const maximum = { count: 1_000_000, seconds: 600, connections: 1000, rate: 100_000 } as const;

/** The options, or undefined when help was asked for. */
export function parseOptions(argv: string[]): ApiBenchOptions | undefined {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      count: { type: 'string', default: '100000' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '1,10,50' },
      db: { type: 'string', default: 'both' },
      engine: { type: 'string', default: 'both' },
      'rate-limit': { type: 'string', default: 'off' },
      rate: { type: 'string' },
      mix: { type: 'string' },
      seeded: { type: 'boolean', default: false },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
  if (!['pglite', 'postgres', 'both'].includes(values.db)) throw new UsageError(`--db must be pglite, postgres or both, not "${values.db}"`);
  if (values.seeded && !process.env.DATABASE_URL?.trim()) throw new UsageError('--seeded needs DATABASE_URL: the database that holds the data');
  if (values.seeded && values.db !== 'postgres') throw new UsageError('--seeded needs --db postgres');
  if (!['sql', 'index', 'both'].includes(values.engine)) throw new UsageError(`--engine must be sql, index or both, not "${values.engine}"`);
  const rateLimit = values['rate-limit'].trim().toLowerCase();
  if (rateLimit !== 'off' && !/^\d+\/\d+$/.test(rateLimit)) throw new UsageError(`--rate-limit must be off or REQUESTS/SECONDS, not "${values['rate-limit']}"`);
  return {
    count: whole(values.count, '--count', 1, maximum.count),
    durationSeconds: whole(values.duration, '--duration', 1, maximum.seconds),
    warmupSeconds: whole(values.warmup, '--warmup', 0, maximum.seconds),
    connections: values.connections.split(',').map((part) => whole(part.trim(), '--connections', 1, maximum.connections)),
    databases: values.db === 'both' ? ['pglite', 'postgres'] : [values.db as DatabaseChoice],
    engines: values.engine === 'both' ? ['sql', 'index'] : [values.engine as EngineChoice],
    rateLimitReads: rateLimit,
    offeredRate: values.rate === undefined ? undefined : whole(values.rate, '--rate', 1, maximum.rate),
    mixes: values.mix === undefined ? undefined : values.mix.split(',').map((name) => name.trim()),
    seeded: values.seeded,
    json: values.json,
  };
}
