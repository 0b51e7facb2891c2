/**
 * `npm run bench:soak`: ten minutes (`--duration`) of steady traffic through nginx in front of
 * two instances: the search mix on a few connections and a posting every two seconds, each with
 * its own proof of work and Idempotency-Key. The run is bounded by its duration and stays on
 * loopback. Reports every error (goal: none) and each instance's resident memory at the start,
 * each minute and the end (goal: flat). `--help` lists the options.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { AltchaChallenge } from '@mitmachen/contract';
import { solve } from '../test/support/altcha.js';
import { sampleOpportunityInput } from '../test/support/server.js';
import { runBenchmark } from './lib/entry.js';
import { runLoad } from './lib/load.js';
import { processMemory } from './lib/memory.js';
import { formatTable, mebibytes, milliseconds } from './lib/table.js';
import { searchScenarios } from './api/scenarios.js';
import { parseSoakOptions, soakUsage, type SoakOptions } from './cluster/options.js';
import { reconnectEvery, searchMix, seededPostgres, startBenchCluster } from './cluster/start.js';

/** Memory is sampled this often. */
const sampleEverySeconds = 60;
/** Cheap proof of work: the soak measures the servers, not the solver. */
const altchaMaxNumber = 1000;

interface Sample {
  second: number;
  rss: (number | undefined)[];
}

async function main(options: SoakOptions): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`;
  console.log(
    `mitmachen soak: ${options.durationSeconds} s through nginx and ${options.instances} instances, ` +
      `${options.connections} search connections, a posting every ${options.postEverySeconds} s, on ${machine}`,
  );
  const paths = searchMix(searchScenarios());
  const postgres = await seededPostgres(options.count);
  const bench = await startBenchCluster(postgres.url, options.instances, { MITMACHEN_ALTCHA_MAX_NUMBER: String(altchaMaxNumber) });
  try {
    const { cluster } = bench;
    const rss = () => cluster.instances.map((instance) => processMemory(instance.pid)?.rss);
    // A short warm-up first, so "start" is an instance that has served, not a cold one.
    await runLoad({ origin: cluster.url, paths, connections: options.connections, reconnectEvery, durationSeconds: 5 });
    const samples: Sample[] = [{ second: 0, rss: rss() }];
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const sampler = setInterval(() => samples.push({ second: Math.round(elapsed()), rss: rss() }), sampleEverySeconds * 1000);

    const writes = { accepted: 0, failed: [] as string[], latencies: [] as number[] };
    const writer = (async () => {
      while (elapsed() < options.durationSeconds - options.postEverySeconds) {
        const began = performance.now();
        const outcome = await postOne(cluster.url).catch((error: Error) => error.message);
        if (outcome === 202) {
          writes.accepted++;
          writes.latencies.push(performance.now() - began);
        } else if (writes.failed.length < 1000) writes.failed.push(String(outcome));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.postEverySeconds * 1000 - (performance.now() - began))));
      }
    })();
    const reads = await runLoad({ origin: cluster.url, paths, connections: options.connections, reconnectEvery, durationSeconds: options.durationSeconds });
    await writer;
    clearInterval(sampler);
    samples.push({ second: Math.round(elapsed()), rss: rss() });

    const readFailures = reads.errors + reads.timeouts + Object.values(reads.non2xx).reduce((sum, count) => sum + count, 0);
    const writeP95 = [...writes.latencies].sort((a, b) => a - b)[Math.max(0, Math.ceil(writes.latencies.length * 0.95) - 1)];
    console.log(`\nsearches: ${reads.responses} answered (${reads.requestsPerSecond.toFixed(0)} req/s), p95 ${milliseconds(reads.latency.p95)} ms, ` +
      `p99 ${milliseconds(reads.latency.p99)} ms, errors ${readFailures}${readFailures ? ` (${JSON.stringify({ timeouts: reads.timeouts, ...reads.non2xx, ...reads.errorMessages })})` : ''}`);
    console.log(`postings: ${writes.accepted} accepted (p95 ${milliseconds(writeP95 ?? Number.NaN)} ms incl. challenge and solving), errors ${writes.failed.length}` +
      (writes.failed.length ? `: ${[...new Set(writes.failed)].slice(0, 5).join('; ')}` : ''));
    console.log(`\nResident memory per instance (${cluster.instances.map((instance) => `${instance.name} pid ${instance.pid}`).join(', ')}):\n`);
    console.log(
      formatTable(
        [
          { title: 'second', value: (sample: Sample) => String(sample.second) },
          ...cluster.instances.map((instance, index) => ({ title: instance.name, value: (sample: Sample) => mebibytes(sample.rss[index]) })),
        ],
        samples,
      ),
    );
    const errors = readFailures + writes.failed.length;
    console.log(`\n${errors === 0 ? 'No errors' : `${errors} errors`} in ${options.durationSeconds} s (goal: 0).`);
    if (bench.suppressedLines > 0) console.log(`(${bench.suppressedLines} more instance output lines not shown)`);
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify({ machine, options, database: postgres.where, reads, writes: { ...writes, latencies: undefined }, samples }, null, 2)}\n`);
      console.log(`Results written to ${options.json}`);
    }
    if (errors > 0) process.exitCode = 1;
  } finally {
    await bench.stop();
  }
}

/** One posting as the widgets send it: a challenge solved, then the POST with an Idempotency-Key. Resolves with the status. */
async function postOne(origin: string): Promise<number | string> {
  const challenge = await fetch(`${origin}/v1/challenge`);
  if (challenge.status !== 200) return `challenge ${challenge.status}`;
  const altcha = await solve((await challenge.json()) as AltchaChallenge);
  const response = await fetch(`${origin}/v1/opportunities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), altcha },
    body: JSON.stringify(sampleOpportunityInput({ title: `Dauerlauf ${randomUUID().slice(0, 8)}: Vorlesepatin gesucht` })),
  });
  await response.body?.cancel();
  return response.status;
}

await runBenchmark(parseSoakOptions, soakUsage, main);
