/**
 * `npm run bench:cluster`: the search mix through nginx in front of 1, 2 and 4 API instances
 * on one PostgreSQL, seeded once. Prints throughput and latency percentiles per instance count,
 * with each instance's memory after its run; with two or more instances, how long a listing
 * approved through the first takes to be found by a search through each other one (goal: within
 * 1 s). `--help` lists the options.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { machineBusySeconds, ownCpuSeconds, processCpuSeconds, treeCpuSeconds, waitUntilIdle } from './lib/cpu.js';
import { runBenchmark } from './lib/entry.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { processMemory } from './lib/memory.js';
import { fixed, formatTable, mebibytes, milliseconds } from './lib/table.js';
import { searchScenarios } from './api/scenarios.js';
import { parseScaleOptions, scaleUsage, type ScaleOptions } from './cluster/options.js';
import { reconnectEvery, searchMix, seededPostgres, startBenchCluster } from './cluster/start.js';
import { approveOpportunity, markerWord, postOpportunity, visibleAfter } from './cluster/postings.js';

/** Approvals whose visibility through the other instances is measured per instance count. */
const visibilitySamples = 5;
/** Not found through another instance by then counts as never (the goal is 1 s). */
const visibilityTimeoutMs = 10_000;

/** Queued searches finish within this; a cluster still busy after it is stopped anyway. */
const drainTimeoutMs = 60_000;

interface Row {
  instances: number;
  load: LoadResult;
  /** Resident memory of each instance after the run, in bytes. */
  rss: (number | undefined)[];
  /** Average cores busy during the run: all instances, PostgreSQL, this load generator, the rest of the machine. */
  cores: Record<'instances' | 'postgres' | 'loadGenerator' | 'other', number | undefined>;
  /**
   * Milliseconds from an approval's answer (through the first instance) until a search through
   * another instance found the listing, one per sample and other instance; undefined: not
   * within the timeout. Empty with one instance.
   */
  visibleMs: Array<number | undefined>;
  /** Postings or approvals that failed while measuring it. */
  visibilityFailures: string[];
}

/**
 * Posts and approves through the first instance, then searches through every other one until
 * it finds the listing: what "approved on A, found on B by the next search" costs in time.
 */
async function measureVisibility(instances: readonly { url: string }[], adminToken: string): Promise<{ visibleMs: Array<number | undefined>; failures: string[] }> {
  const visibleMs: Array<number | undefined> = [];
  const failures: string[] = [];
  if (instances.length < 2) return { visibleMs, failures };
  const [first, ...others] = instances;
  for (let n = 0; n < visibilitySamples; n++) {
    const marker = markerWord(n);
    const posted = await postOpportunity(first!.url, marker);
    if ('failed' in posted) {
      failures.push(posted.failed);
      continue;
    }
    const refused = await approveOpportunity(first!.url, adminToken, posted.id);
    if (refused) {
      failures.push(refused);
      continue;
    }
    const approvedAt = performance.now();
    visibleMs.push(...(await Promise.all(others.map((other) => visibleAfter(other.url, marker, posted.id, approvedAt, visibilityTimeoutMs)))));
  }
  return { visibleMs, failures };
}

/** Starts a CPU reading over the instances, PostgreSQL, this process and the machine; the result ends it. */
function meterCores(instancePids: readonly number[], postmasterPid: number | undefined): () => Row['cores'] {
  const read = () => ({
    at: performance.now(),
    instances: instancesCpuSeconds(instancePids),
    postgres: postmasterPid === undefined ? undefined : treeCpuSeconds(postmasterPid),
    loadGenerator: ownCpuSeconds(),
    machine: machineBusySeconds(),
  });
  const start = read();
  return () => {
    const end = read();
    const rate = (key: 'instances' | 'postgres' | 'loadGenerator' | 'machine') => {
      const [a, b] = [start[key], end[key]];
      return a === undefined || b === undefined ? undefined : (b - a) / ((end.at - start.at) / 1000);
    };
    const [instances, postgres, loadGenerator, machine] = [rate('instances'), rate('postgres'), rate('loadGenerator'), rate('machine')];
    const other = machine === undefined ? undefined : Math.max(0, machine - (instances ?? 0) - (postgres ?? 0) - (loadGenerator ?? 0));
    return { instances, postgres, loadGenerator, other };
  };
}

/** CPU seconds all instances used so far; undefined when one cannot be read. */
function instancesCpuSeconds(pids: readonly number[]): number | undefined {
  let sum = 0;
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds === undefined) return undefined;
    sum += seconds;
  }
  return sum;
}

async function main(options: ScaleOptions): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`;
  console.log(
    `mitmachen cluster benchmark: the search mix through nginx, ${options.connections} connections, ` +
      `${options.durationSeconds} s per instance count after ${options.warmupSeconds} s warm-up, on ${machine}`,
  );
  const paths = searchMix(searchScenarios());
  const postgres = await seededPostgres(options.count);
  const rows: Row[] = [];
  let offset = 0;
  for (const instances of options.instances) {
    console.log(`\n━━ ${instances} instance${instances === 1 ? '' : 's'}`);
    const bench = await startBenchCluster(postgres.url, instances);
    try {
      const { url } = bench.cluster;
      if (options.warmupSeconds > 0) {
        offset = (await runLoad({ origin: url, paths, connections: options.connections, reconnectEvery, durationSeconds: options.warmupSeconds, offset })).nextOffset;
      }
      const stopMeter = meterCores(bench.cluster.instances.map((instance) => instance.pid), postgres.postmasterPid);
      const load = await runLoad({ origin: url, paths, connections: options.connections, reconnectEvery, durationSeconds: options.durationSeconds, offset });
      const cores = stopMeter();
      offset = load.nextOffset;
      const rss = bench.cluster.instances.map((instance) => processMemory(instance.pid)?.rss);
      // Requests still queued when the run ended finish first: the next instance count must not
      // pay for them, and an instance stopped amid them would log their failure.
      await waitUntilIdle([...bench.cluster.instances.map((instance) => instance.pid), postgres.postmasterPid], drainTimeoutMs);
      const visibility = await measureVisibility(bench.cluster.instances, bench.cluster.adminToken);
      rows.push({ instances, load, rss, cores, visibleMs: visibility.visibleMs, visibilityFailures: visibility.failures });
      console.log(`  ${load.requestsPerSecond.toFixed(0)} req/s, p95 ${milliseconds(load.latency.p95)} ms, ${failures(load)} failed`);
      if (instances > 1) console.log(`  approved through ${bench.cluster.instances[0]!.name}, found through the others after: ${describeVisibility(rows.at(-1)!)}`);
      if (bench.suppressedLines > 0) console.log(`  (${bench.suppressedLines} more output lines not shown)`);
    } finally {
      await bench.stop();
    }
  }

  console.log(
    `\n${formatTable(
      [
        { title: 'instances', value: (row: Row) => String(row.instances) },
        { title: 'req/s', value: (row) => row.load.requestsPerSecond.toFixed(0) },
        { title: 'p50 ms', value: (row) => milliseconds(row.load.latency.p50) },
        { title: 'p95 ms', value: (row) => milliseconds(row.load.latency.p95) },
        { title: 'p99 ms', value: (row) => milliseconds(row.load.latency.p99) },
        { title: 'max ms', value: (row) => milliseconds(row.load.latency.max) },
        { title: 'failed', value: (row) => String(failures(row.load)) },
        { title: 'cpu: api', value: (row) => fixed(row.cores.instances, 2) },
        { title: 'pg', value: (row) => fixed(row.cores.postgres, 2) },
        { title: 'loadgen', value: (row) => fixed(row.cores.loadGenerator, 2) },
        { title: 'other', value: (row) => fixed(row.cores.other, 2) },
        { title: 'visible after ms (max)', value: (row) => (row.instances > 1 ? worstVisibility(row) : '–') },
        { title: 'RSS per instance', value: (row) => row.rss.map(mebibytes).join(', '), align: 'left' },
      ],
      rows,
    )}`,
  );
  console.log(
    `\n${options.count} opportunities in ${postgres.where}. Every request is a different search (no cache hits).\n` +
      `failed = connection errors, timeouts and answers outside 2xx. cpu: average cores busy during the run, all\n` +
      `instances together, PostgreSQL, this load generator, and everything else (nginx, other programs). They all\n` +
      `share this machine's ${cpus().length} cores: more instances than free cores cannot add throughput here.\n` +
      `visible after: the slowest of ${visibilitySamples} approvals through the first instance until a search through each\n` +
      `other instance found the listing (measured after the load, polling every 5 ms; goal: under 1000 ms).`,
  );
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ machine, options, database: postgres.where, rows }, null, 2)}\n`);
    console.log(`Results written to ${options.json}`);
  }
}

function worstVisibility(row: Row): string {
  if (row.visibleMs.length === 0) return `failed (${row.visibilityFailures.join(', ')})`;
  return row.visibleMs.some((ms) => ms === undefined) ? `not found within ${visibilityTimeoutMs} ms` : milliseconds(Math.max(...(row.visibleMs as number[])));
}

function describeVisibility(row: Row): string {
  const found = row.visibleMs.filter((ms): ms is number => ms !== undefined).sort((a, b) => a - b);
  const missing = row.visibleMs.length - found.length;
  const parts = [found.length ? `${found.map(milliseconds).join(', ')} ms` : 'never'];
  if (missing) parts.push(`${missing} not within ${visibilityTimeoutMs} ms`);
  if (row.visibilityFailures.length) parts.push(`failed: ${row.visibilityFailures.join(', ')}`);
  return parts.join('; ');
}

function failures(load: LoadResult): number {
  return load.errors + load.timeouts + Object.values(load.non2xx).reduce((sum, count) => sum + count, 0);
}

await runBenchmark(parseScaleOptions, scaleUsage, main);
