/** Options of `npm run bench:cluster` and `npm run bench:soak`. */
import { parseArgs } from 'node:util';
import { UsageError, whole } from '../lib/options.js';

export interface ScaleOptions {
  count: number;
  instances: number[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  json: string | undefined;
}

export interface SoakOptions {
  count: number;
  instances: number;
  connections: number;
  durationSeconds: number;
  /** Seconds between postings sent beside the searches. */
  postEverySeconds: number;
  json: string | undefined;
}

const database = `PostgreSQL: DATABASE_URL when set (the demo data is written into it!), else a private
throwaway cluster. Needs nginx (apt-get install nginx) and a build (npm run build).`;

export const scaleUsage = `Usage: npm run bench:cluster -- [options]

The search mix (text, filter+facet and radius searches, interleaved) through nginx in front of
1, 2 and 4 API instances on one PostgreSQL: throughput and latency percentiles per instance count.
${database}

Options:
  --count N          opportunities to seed (default 20000; offers: a tenth of that)
  --instances A,B    instance counts to measure (default 1,2,4)
  --connections N    concurrent connections to nginx (default 32)
  --duration S       seconds measured per instance count (default 15)
  --warmup S         seconds of load before measuring (default 3)
  --json FILE        also write every number to FILE
  -h, --help         show this help
`;

export const soakUsage = `Usage: npm run bench:soak -- [options]

A long, steady run through nginx: the search mix on a few connections plus a posting every few
seconds, for a fixed time. Reports every error (the goal is none) and each instance's resident
memory at the start, every minute and at the end (the goal is flat).
${database}

Options:
  --duration S       seconds to run (default 600)
  --instances N      API instances (default 2)
  --connections N    concurrent search connections (default 8)
  --post-every S     seconds between postings (default 2)
  --count N          opportunities to seed (default 5000)
  --json FILE        also write every number to FILE
  -h, --help         show this help
`;

/** Upper bounds that keep a mistyped option from running for hours. */
const maximum = { count: 1_000_000, seconds: 3600, connections: 1000, instances: 16 } as const;

function parse(argv: string[], options: Record<string, { type: 'string'; default: string } | { type: 'string' }>) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
  return values as Record<string, string | undefined> & { help?: boolean };
}

export function parseScaleOptions(argv: string[]): ScaleOptions | undefined {
  const values = parse(argv, {
    count: { type: 'string', default: '20000' },
    instances: { type: 'string', default: '1,2,4' },
    connections: { type: 'string', default: '32' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    json: { type: 'string' },
  });
  if (values.help) return undefined;
  return {
    count: whole(values.count!, '--count', 1, maximum.count),
    instances: values.instances!.split(',').map((part) => whole(part.trim(), '--instances', 1, maximum.instances)),
    connections: whole(values.connections!, '--connections', 1, maximum.connections),
    durationSeconds: whole(values.duration!, '--duration', 1, maximum.seconds),
    warmupSeconds: whole(values.warmup!, '--warmup', 0, maximum.seconds),
    json: values.json,
  };
}

export function parseSoakOptions(argv: string[]): SoakOptions | undefined {
  const values = parse(argv, {
    duration: { type: 'string', default: '600' },
    instances: { type: 'string', default: '2' },
    connections: { type: 'string', default: '8' },
    'post-every': { type: 'string', default: '2' },
    count: { type: 'string', default: '5000' },
    json: { type: 'string' },
  });
  if (values.help) return undefined;
  return {
    durationSeconds: whole(values.duration!, '--duration', 10, maximum.seconds),
    instances: whole(values.instances!, '--instances', 1, maximum.instances),
    connections: whole(values.connections!, '--connections', 1, maximum.connections),
    postEverySeconds: whole(values['post-every']!, '--post-every', 1, maximum.seconds),
    count: whole(values.count!, '--count', 1, maximum.count),
    json: values.json,
  };
}
