/**
 * `npm run bench:soak`: ten minutes (`--duration`) of steady traffic through nginx in front of
 * two instances: the search mix on a few connections and a posting every two seconds, each with
 * its own proof of work and Idempotency-Key, approved by moderation at once; every third
 * approved listing is withdrawn again a moment later (set to expired in the database, as the
 * expiry housekeeping or an operator would). Afterwards every approved listing still published
 * must be found through every instance, and no withdrawn one. The run is bounded by its
 * duration and stays on loopback. Reports every error (goal: none) and each instance's resident
 * memory at the start, each minute and the end (goal: flat). `--help` lists the options.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import { runBenchmark } from './lib/entry.js';
import { runLoad } from './lib/load.js';
import { processMemory } from './lib/memory.js';
import { formatTable, mebibytes, milliseconds } from './lib/table.js';
import { searchScenarios } from './api/scenarios.js';
import { parseSoakOptions, soakUsage, type SoakOptions } from './cluster/options.js';
import { reconnectEvery, searchMix, seededPostgres, startBenchCluster } from './cluster/start.js';
import { approveOpportunity, markerWord, postOpportunity, searchFinds } from './cluster/postings.js';

/** Every this many approved listings, one is withdrawn again. */
const withdrawEvery = 3;

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

    const writes = { accepted: 0, approved: 0, withdrawn: 0, failed: [] as string[], latencies: [] as number[] };
    const listings: Array<{ id: string; marker: string; withdrawn: boolean }> = [];
    const database = new pg.Client({ connectionString: postgres.url });
    await database.connect();
    const fail = (why: string) => writes.failed.length < 1000 && writes.failed.push(why);
    const writer = (async () => {
      for (let n = 0; elapsed() < options.durationSeconds - options.postEverySeconds; n++) {
        const began = performance.now();
        const marker = markerWord(n);
        const posted = await postOpportunity(cluster.url, marker).catch((error: Error) => ({ failed: error.message }));
        if ('failed' in posted) fail(posted.failed);
        else {
          writes.accepted++;
          writes.latencies.push(performance.now() - began);
          const refused = await approveOpportunity(cluster.url, cluster.adminToken, posted.id).catch((error: Error) => error.message);
          if (refused) fail(refused);
          else {
            writes.approved++;
            const listing = { id: posted.id, marker, withdrawn: false };
            listings.push(listing);
            if (writes.approved % withdrawEvery === 0) {
              // Found first, then gone: the index must drop it, not just never have had it.
              await new Promise((resolve) => setTimeout(resolve, (options.postEverySeconds * 1000) / 2));
              await database.query(`UPDATE opportunities SET status = 'expired' WHERE id = $1`, [posted.id]);
              listing.withdrawn = true;
              writes.withdrawn++;
            }
          }
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, options.postEverySeconds * 1000 - (performance.now() - began))));
      }
    })();
    const reads = await runLoad({ origin: cluster.url, paths, connections: options.connections, reconnectEvery, durationSeconds: options.durationSeconds });
    await writer;
    clearInterval(sampler);
    samples.push({ second: Math.round(elapsed()), rss: rss() });

    await database.end();

    // Through each instance directly: every one must have applied every change.
    const wrong: string[] = [];
    for (const instance of cluster.instances) {
      for (const listing of listings) {
        const found = await searchFinds(instance.url, listing.marker, listing.id).catch((error: Error) => error.message);
        if (typeof found === 'string') wrong.push(`${instance.name}: ${found}`);
        else if (found === listing.withdrawn) wrong.push(`${instance.name} ${found ? 'finds withdrawn' : 'misses approved'} ${listing.id}`);
      }
    }
    const readFailures = reads.errors + reads.timeouts + Object.values(reads.non2xx).reduce((sum, count) => sum + count, 0);
    const writeP95 = [...writes.latencies].sort((a, b) => a - b)[Math.max(0, Math.ceil(writes.latencies.length * 0.95) - 1)];
    console.log(`\nsearches: ${reads.responses} answered (${reads.requestsPerSecond.toFixed(0)} req/s), p95 ${milliseconds(reads.latency.p95)} ms, ` +
      `p99 ${milliseconds(reads.latency.p99)} ms, errors ${readFailures}${readFailures ? ` (${JSON.stringify({ timeouts: reads.timeouts, ...reads.non2xx, ...reads.errorMessages })})` : ''}`);
    console.log(`postings: ${writes.accepted} accepted (p95 ${milliseconds(writeP95 ?? Number.NaN)} ms incl. challenge and solving), ` +
      `${writes.approved} approved, ${writes.withdrawn} withdrawn again, errors ${writes.failed.length}` +
      (writes.failed.length ? `: ${[...new Set(writes.failed)].slice(0, 5).join('; ')}` : ''));
    console.log(`afterwards, searched through each of ${cluster.instances.length} instances: ${listings.length - writes.withdrawn} approved listings all found ` +
      `and ${writes.withdrawn} withdrawn ones all gone? ${wrong.length === 0 ? 'yes' : `no, ${wrong.length} wrong: ${wrong.slice(0, 5).join('; ')}`}`);
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
    const errors = readFailures + writes.failed.length + wrong.length;
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

await runBenchmark(parseSoakOptions, soakUsage, main);
