/**
 * `npm run bench:browser`: what the search costs a citizen's browser. Builds the script-tag
 * bundle, starts the reference server on a throwaway PGlite with demo data, and measures in
 * Chromium, at 1× and 4× CPU slowdown: 25 and 50 results painted, typing a query and clicking a
 * filter (longest task, interaction latency), and the layout shift the widget causes on the demo
 * page; then compares with issue 3's goals. First, the time to first results on the demo page
 * under a slow phone profile and a fast desktop one, side by side with a baseline built from git
 * (issue 17). `--help` lists the options.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptions, usage, type BrowserBenchOptions } from './browser/options.js';
import { profileRender } from './browser/profile.js';
import { formatFirstResults, measureFirstResults, startBaseline, type FirstResults, type Side } from './browser/first-results.js';
import { formatReport, goals, verdicts } from './browser/report.js';
import { loadTimeline } from './browser/network-timeline.js';
import { traceLoad } from './browser/trace.js';
import { runScenarios, typedQuery, typingDelayMs } from './browser/scenarios.js';
import { buildBundle, launchChromium, measureSlowdown, openPage, viewports } from './browser/session.js';
import { deferCleanup } from './lib/cleanup.js';
import { runBenchmark } from './lib/entry.js';
import { seedWithCli, startServerProcess } from './lib/server-process.js';
import { seconds } from './lib/table.js';

async function main(options: BrowserBenchOptions): Promise<void> {
  // With `--json -` the JSON alone goes to stdout.
  const log = options.json === '-' ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version };

  let started = performance.now();
  const readable = await buildBundle(options.readable);
  log(`built the script-tag bundle${options.readable ? ' unminified (--readable)' : ''} in ${seconds((performance.now() - started) / 1000)}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'mitmachen-bench-browser-'));
  deferCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const seed = await seedWithCli({ dataDir }, options.count);
  log(`seeded ${options.count} opportunities in ${seconds(seed.seconds)}`);
  // Before this tree's server opens the data: the baseline's server runs on a copy of it.
  const baseline = options.baseline === undefined ? undefined : await startBaseline(options.baseline, dataDir, log);
  const server = await startServerProcess({ dataDir }, (text) => (options.json === '-' ? process.stderr : process.stdout).write(text));
  deferCleanup(() => server.stop());

  started = performance.now();
  const browser = await launchChromium();
  const browserVersion = browser.version();
  log(`Chromium ${browserVersion}, server ${server.origin}, on ${machine.cpus} × ${machine.cpuModel}`);
  const slowdowns: Record<string, number> = {};
  {
    const { page, cdp, close } = await openPage(browser, { origin: server.origin, path: '/health', rate: 1, viewport: viewports.desktop, readable });
    for (const rate of options.rates) slowdowns[rate] = await measureSlowdown(page, cdp, rate);
    await close();
  }
  log(`CPU slowdown check (a fixed loop): ${options.rates.map((rate) => `${rate}× asked, ${slowdowns[rate]!.toFixed(1)}× measured`).join('; ')}`);
  log(`${options.runs} runs each; typing "${typedQuery}" at ${typingDelayMs} ms a key`);

  const sides: Side[] = [{ name: 'this tree', origin: server.origin }];
  if (baseline !== undefined) sides.push({ name: `${baseline.ref} (${baseline.commit.slice(0, 7)})`, origin: baseline.origin });
  const firstResults: FirstResults = await measureFirstResults(browser, sides, options.runs, log);
  const timelines: string[] = [];
  if (options.timeline) {
    log('  one traced load per side under the slow profile …');
    for (const side of sides) timelines.push(`### ${side.name}\n\n${(await loadTimeline(browser, side.origin)).join('\n')}`);
  }

  const env = { browser, origin: server.origin, readable };
  const measurements = options.firstResultsOnly ? [] : await runScenarios(env, { runs: options.runs, rates: options.rates, log });
  let profile: string[] | undefined;
  if (options.profile !== undefined) {
    const rate = Math.max(...options.rates);
    log(`  CPU profiles of 50 results at ${rate}× …`);
    profile = await profileRender(env, rate, options.profile);
  }
  let trace: string[] | undefined;
  if (options.trace !== undefined) {
    const rate = Math.max(...options.rates);
    log(`  performance trace of the page load at ${rate}× …`);
    trace = await traceLoad(env, rate, options.trace);
  }
  log(`measured in ${seconds((performance.now() - started) / 1000)}`);

  const result = {
    startedAt: new Date().toISOString(),
    machine,
    browser: browserVersion,
    options,
    slowdowns,
    goals,
    verdicts: verdicts(measurements),
    measurements,
    baseline,
    firstResults,
  };
  if (options.json === '-') {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`\nTime to first results (navigation → the first answer's cards painted), median of ${options.runs}; the machine's load touches both sides alike:`);
  console.log(formatFirstResults(firstResults, sides));
  if (timelines.length > 0) console.log(`\nThe demo page's load under the slow profile, one run per side:\n\n${timelines.join('\n\n')}`);
  if (measurements.length > 0) console.log(`\n${formatReport(measurements)}`);
  if (profile !== undefined) console.log(`\nCPU profiles (CDP Profiler):\n${profile.join('\n')}`);
  if (trace !== undefined) console.log(`\nPerformance trace (CDP Tracing), long tasks (≥ 30 ms) by self time:\n${trace.join('\n')}`);
  if (options.json !== undefined) {
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nResults written to ${options.json}`);
  }
}

await runBenchmark(parseOptions, usage, main);
