/**
 * What both cluster benchmarks do first: a PostgreSQL seeded once (bench/lib), then clusters of
 * instances and nginx on it (scripts/cluster.mjs) with rate limits off, since the benchmark is
 * one client sending as fast as the servers answer.
 */
import { startCluster, type Cluster } from '../../scripts/cluster.mjs';
import { deferCleanup } from '../lib/cleanup.js';
import { obtainPostgres } from '../lib/postgres.js';
import { seedWithCli } from '../lib/server-process.js';
import { seconds } from '../lib/table.js';
import type { Scenario } from '../api/scenarios.js';

/**
 * Requests per connection before the load generator opens a new one: below nginx's
 * keepalive_requests (1000), after which nginx closes the connection (see LoadOptions).
 */
export const reconnectEvery = 500;

/** Instance and nginx lines echoed to the terminal; more would drown the tables (all are counted). */
const echoedLines = 20;

export async function seededPostgres(count: number): Promise<{ url: string; where: string; postmasterPid: number | undefined }> {
  const postgres = await obtainPostgres(process.env.DATABASE_URL?.trim() || undefined);
  if ('skipped' in postgres) throw new Error(postgres.skipped);
  deferCleanup(() => postgres.stop());
  console.log(`PostgreSQL: ${postgres.description}; seeding ${count} opportunities and ${Math.round(count / 10)} offers …`);
  const seed = await seedWithCli({ databaseUrl: postgres.url }, count);
  console.log(`  seeded in ${seconds(seed.seconds)}`);
  return { url: postgres.url, where: postgres.description, postmasterPid: postgres.postmasterPid };
}

export interface BenchCluster {
  cluster: Cluster;
  /** Output lines not echoed. */
  readonly suppressedLines: number;
  stop(): Promise<void>;
}

export async function startBenchCluster(databaseUrl: string, instances: number, env: Record<string, string> = {}): Promise<BenchCluster> {
  let echoed = 0;
  let suppressed = 0;
  const cluster = await startCluster({
    instances,
    databaseUrl,
    seed: { opportunities: 0, offers: 0 },
    env: { MITMACHEN_RATE_LIMIT_READS: 'off', MITMACHEN_RATE_LIMIT_WRITES: 'off', ...env },
    output: (source, line) => {
      if (echoed++ < echoedLines) console.log(`    ${source} │ ${line}`);
      else suppressed++;
    },
  });
  const stop = deferCleanup(() => cluster.stop());
  return {
    cluster,
    get suppressedLines() {
      return suppressed;
    },
    stop,
  };
}

/**
 * The search mix: the API benchmark's three scenarios interleaved (text, filter+facet, radius,
 * text, …), each list continuing where it was, so every request is still a different search.
 */
export function searchMix(scenarios: readonly Scenario[]): string[] {
  const longest = Math.max(...scenarios.map((scenario) => scenario.paths.length));
  const mix: string[] = [];
  for (let i = 0; i < longest; i++) for (const scenario of scenarios) mix.push(scenario.paths[i % scenario.paths.length]!);
  return mix;
}
