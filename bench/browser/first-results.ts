/**
 * Time to first results: from navigation until the demo page's search has painted its first
 * answer (at least three cards), on a cold cache, under a slow and a fast profile. Measured for
 * this tree's server and bundle and, in the same run, for a baseline built from git (the previous
 * release, or any commit), alternating between the two, so the change is a ratio that the
 * machine's load of the moment touches alike on both sides.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { freePort } from '../../scripts/free-port.mjs';
import type * as ServerProcessModule from '../../scripts/server-process.mjs';
import { deferCleanup } from '../lib/cleanup.js';
import { openPage, viewports, type NetworkConditions, type Viewport } from './session.js';
import { cumulativeLayoutShift, stretch } from './timeline.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Profile {
  name: string;
  description: string;
  viewport: Viewport;
  rate: number;
  network: NetworkConditions | undefined;
}

/** A mid-range phone on a weak mobile connection (issue 17), and a desktop on the loopback. */
export const profiles: Profile[] = [
  {
    name: 'slow',
    description: '390 px, Slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), CPU 4×, cold cache',
    viewport: viewports.phone,
    rate: 4,
    network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  { name: 'fast', description: '1280 px, loopback network, CPU 1×, cold cache', viewport: viewports.desktop, rate: 1, network: undefined },
];

export interface Side {
  name: string;
  origin: string;
}

export interface FirstResultsSample {
  /** Navigation → the first answer's cards painted, ms. */
  firstResults: number;
  /** The longest task from navigation until then (0 when none reached 50 ms). */
  longestTask: number;
  cls: number;
  /** Milestones on the way, from Resource Timing: the script fully arrived, the search sent, its answer in. */
  scriptArrived: number;
  searchSent: number;
  answerArrived: number;
}

export type FirstResults = Record<string, Record<string, FirstResultsSample[]>>;

/** Runs `runs` rounds; in each, every profile on every side, the sides' order alternating. */
export async function measureFirstResults(browser: Browser, sides: Side[], runs: number, log: (line: string) => void): Promise<FirstResults> {
  const results: FirstResults = {};
  for (const profile of profiles) {
    log(`  first results, ${profile.name} profile (${profile.description}), ${sides.map((side) => side.name).join(' and ')} …`);
    const bySide: Record<string, FirstResultsSample[]> = Object.fromEntries(sides.map((side) => [side.name, []]));
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) bySide[side.name]!.push(await firstResultsRun(browser, side.origin, profile));
    }
    results[profile.name] = bySide;
  }
  return results;
}

async function firstResultsRun(browser: Browser, origin: string, profile: Profile): Promise<FirstResultsSample> {
  const { page, close } = await openPage(browser, {
    origin,
    path: '/',
    rate: profile.rate,
    viewport: profile.viewport,
    readable: undefined,
    network: profile.network,
  });
  try {
    await page.evaluate(() => window.mitmachenBench.painted(1));
    const cards = await page.locator('mitmachen-search li[data-id]').count();
    if (cards < 3) throw new Error(`the first answer shows ${cards} cards; the measure needs three`);
    // Long tasks and layout shifts are reported after their frame; a moment for the last ones.
    await page.waitForTimeout(300);
    const data = await page.evaluate(() => window.mitmachenBench.snapshot());
    const painted = data.searches[0]?.painted;
    if (painted === undefined) throw new Error('the first search was not painted');
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const script = entries.find((entry) => new URL(entry.name).pathname === '/mitmachen.js');
      const search = entries.find((entry) => new URL(entry.name).pathname === '/v1/opportunities');
      return { scriptArrived: script?.responseEnd ?? Number.NaN, searchSent: search?.startTime ?? Number.NaN, answerArrived: search?.responseEnd ?? Number.NaN };
    });
    return { firstResults: painted, longestTask: stretch(data, 0, painted).longestTask, cls: cumulativeLayoutShift(data.shifts).cls, ...timing };
  } finally {
    await close();
  }
}

export interface Baseline {
  ref: string;
  commit: string;
  origin: string;
}

/**
 * The server and script-tag bundle of `ref`: its tree from `git archive` in a temporary folder
 * (nothing is added to the repository's worktrees), this tree's node_modules hard-linked beside it
 * (the workspace packages are relative links, so they point into the baseline's own packages),
 * built there, and its server started on a copy of the seeded data with its own start script.
 */
export async function startBaseline(ref: string, dataDir: string, log: (line: string) => void): Promise<Baseline> {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'mitmachen-baseline-'));
  deferCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const started = performance.now();
  execSync(`git archive ${commit} | tar -x -C '${dir}'`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  execFileSync(process.execPath, [join(dir, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`built the baseline ${ref} (${commit.slice(0, 7)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const baselineData = join(dir, 'data');
  cpSync(dataDir, baselineData, { recursive: true });
  // The baseline's own start script, whose root is the baseline's folder.
  const { serverEnv, spawnServer, waitForHealth } = (await import(pathToFileURL(join(dir, 'scripts/server-process.mjs')).href)) as typeof ServerProcessModule;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = serverEnv({
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'error',
    MITMACHEN_SEED: '0',
    MITMACHEN_DATA_DIR: baselineData,
    MITMACHEN_RATE_LIMIT_READS: 'off',
    MITMACHEN_RATE_LIMIT_WRITES: 'off',
  });
  const child = spawnServer({ args: ['serve'], env, source: true, output: (line) => log(`    baseline │ ${line}`) });
  deferCleanup(() => child.stop());
  await waitForHealth(origin, { process: child, timeoutMs: 120_000, pollMs: 250, what: `the baseline server (${ref})` });
  return { ref, commit, origin };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One table: per profile and side the medians, and this tree's time as a ratio of the baseline's. */
export function formatFirstResults(results: FirstResults, sides: Side[]): string {
  const lines = [
    'profile  side                 first results (median, all runs)            longest task  CLS     ratio   script in  search sent  answer in',
  ];
  for (const profile of profiles) {
    const bySide = results[profile.name];
    if (bySide === undefined) continue;
    const base = bySide[sides.at(-1)!.name];
    for (const side of sides) {
      const samples = bySide[side.name] ?? [];
      const times = samples.map((sample) => sample.firstResults);
      const ratio = side === sides.at(-1) || base === undefined ? '' : `${(median(times) / median(base.map((sample) => sample.firstResults))).toFixed(2)}×`;
      lines.push(
        [
          profile.name.padEnd(7),
          side.name.padEnd(20),
          `${median(times).toFixed(0).padStart(5)} ms (${times.map((time) => time.toFixed(0)).join(', ')})`.padEnd(43),
          `${median(samples.map((sample) => sample.longestTask)).toFixed(0).padStart(6)} ms`.padEnd(13),
          median(samples.map((sample) => sample.cls)).toFixed(4),
          ratio.padStart(6),
          ...(['scriptArrived', 'searchSent', 'answerArrived'] as const).map((key) =>
            `${median(samples.map((sample) => sample[key])).toFixed(0)} ms`.padStart(key === 'scriptArrived' ? 10 : 12),
          ),
        ].join(' '),
      );
    }
  }
  return lines.join('\n');
}
