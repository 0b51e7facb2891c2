/**
 * `npm run bench:cluster`: the search mix through nginx in front of 1, 2 and 4 API instances
 * on one PostgreSQL, seeded once. Prints throughput and latency percentiles per instance count,
 * with each instance's memory after its run. `--help` lists the options.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runBenchmark } from './lib/entry.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { processMemory } from './lib/memory.js';
import { formatTable, mebibytes, milliseconds } from './lib/table.js';
import { searchScenarios } from './api/scenarios.js';
import { parseScaleOptions, scaleUsage, type ScaleOptions } from './cluster/options.js';
import { reconnectEvery, searchMix, seededPostgres, startBenchCluster } from './cluster/start.js';

interface Row {
  instances: number;
  load: LoadResult;
  /** Resident memory of each instance after the run, in bytes. */
  rss: (number | undefined)[];
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
      const load = await runLoad({ origin: url, paths, connections: options.connections, reconnectEvery, durationSeconds: options.durationSeconds, offset });
      offset = load.nextOffset;
      const rss = bench.cluster.instances.map((instance) => processMemory(instance.pid)?.rss);
      rows.push({ instances, load, rss });
      console.log(`  ${load.requestsPerSecond.toFixed(0)} req/s, p95 ${milliseconds(load.latency.p95)} ms, ${failures(load)} failed`);
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
        { title: 'RSS per instance', value: (row) => row.rss.map(mebibytes).join(', '), align: 'left' },
      ],
      rows,
    )}`,
  );
  console.log(
    `\n${options.count} opportunities in ${postgres.where}. Every request is a different search (no cache hits).\n` +
      `failed = connection errors, timeouts and answers outside 2xx. The load generator, nginx, the instances\n` +
      `and PostgreSQL share this machine's ${cpus().length} cores: more instances than cores cannot add throughput here.`,
  );
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ machine, options, database: postgres.where, rows }, null, 2)}\n`);
    console.log(`Results written to ${options.json}`);
  }
}

function failures(load: LoadResult): number {
  return load.errors + load.timeouts + Object.values(load.non2xx).reduce((sum, count) => sum + count, 0);
}

await runBenchmark(parseScaleOptions, scaleUsage, main);
