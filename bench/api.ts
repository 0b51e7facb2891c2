/**
 * `npm run bench`: the reference server's search under load. Seeds 100,000 opportunities
 * (`--count`), then measures a text, a filter+facet and a radius search at 1, 10 and 50
 * concurrent connections, on PGlite and on PostgreSQL, with the SQL search and the in-memory
 * index side by side on the same data (`--engine`), and prints latency percentiles,
 * throughput, errors, CPU use, start-up time and the server's and index's memory. `--help`
 * lists the options.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { runBenchmark } from './lib/entry.js';
import { UsageError } from './lib/options.js';
import { parseOptions, usage, type ApiBenchOptions } from './api/options.js';
import { formatReport } from './api/report.js';
import { benchDatabase, type DatabaseRun } from './api/run-database.js';
import { searchScenarios } from './api/scenarios.js';

async function main(options: ApiBenchOptions): Promise<void> {
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version };
  const scenarios = searchScenarios().filter((scenario) => options.mixes?.includes(scenario.name) ?? true);
  const unknown = options.mixes?.filter((name) => !scenarios.some((scenario) => scenario.name === name)) ?? [];
  if (unknown.length > 0) throw new UsageError(`--mix: no scenario ${unknown.join(', ')} (text, filter+facet, radius, landing)`);
  console.log(
    `mitmachen API benchmark: ${options.count} opportunities, ${options.durationSeconds} s per cell after ${options.warmupSeconds} s warm-up, ` +
      `connections ${options.connections.join('/')}, engines ${options.engines.join(' and ')}, read rate limit ${options.rateLimitReads}, on ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}`,
  );
  for (const scenario of scenarios) console.log(`  ${scenario.name}: ${scenario.description} (${scenario.paths.length} different requests)`);

  const startedAt = new Date().toISOString();
  const runs: DatabaseRun[] = [];
  for (const database of options.databases) runs.push(...(await benchDatabase(database, options, scenarios)));

  console.log(`\n${formatReport(runs)}`);
  if (options.json) {
    const scenarioList = scenarios.map(({ name, description, paths }) => ({ name, description, requests: paths.length }));
    writeFileSync(options.json, `${JSON.stringify({ startedAt, machine, options, scenarios: scenarioList, runs }, null, 2)}\n`);
    console.log(`\nResults written to ${options.json}`);
  }
}

await runBenchmark(parseOptions, usage, main);
