/**
 * The browser benchmark's scenarios, each one run in a fresh browser context: the search showing
 * 25 or 50 results, typing a query and clicking a filter, and loading the demo page.
 */
import type { Browser, Page } from 'playwright-core';
import type { LongFrame, ProbeSnapshot, SettledSearch, Shift } from './probe.js';
import { openPage, viewports, type ReadableBundle, type Viewport } from './session.js';
import { cumulativeLayoutShift, stretch } from './timeline.js';

/** A German query a citizen might type; the demo data has Hausaufgabenhilfe in Dresden. */
export const typedQuery = 'Hausaufgabenhilfe Dresden';
/** Milliseconds between keystrokes: a steady typist (~100 words a minute would be 100 ms). */
export const typingDelayMs = 120;
/** How long the probe's observers are given for entries that arrive after the frame (long animation frames). */
const lateEntriesMs = 150;
/** After the demo page shows its results, how long late layout shifts are still waited for. */
const quietMs = 1000;

export type Metric = 'paint' | 'task' | 'interaction' | 'cls' | 'shiftTotal' | 'results';

export interface Sample {
  values: Partial<Record<Metric, number>>;
  /** Long animation frames in the measured stretch, with the scripts that ran in them. */
  frames: LongFrame[];
  shifts: Shift[];
}

export interface Measurement {
  id: string;
  what: string;
  rate: number;
  viewport: string;
  samples: Sample[];
}

export interface Env {
  browser: Browser;
  origin: string;
  readable: ReadableBundle | undefined;
}

/**
 * Waits until `count` searches (for `q`) are painted, and a little longer: the browser reports a
 * long animation frame only after it was presented.
 */
async function painted(page: Page, count: number, q?: string): Promise<void> {
  await page.evaluate(([n, text]) => window.mitmachenBench.painted(n, text), [count, q] as const);
  await page.waitForTimeout(lateEntriesMs);
}
const snapshot = (page: Page): Promise<ProbeSnapshot> => page.evaluate(() => window.mitmachenBench.snapshot());
const now = (page: Page) => page.evaluate(() => performance.now());

/** When the search request behind `search` had its answer fully received (Resource Timing). */
async function answeredAt(page: Page, search: SettledSearch): Promise<number> {
  const ends = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\/v1\/opportunities\?/.test(entry.name))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
  );
  const before = ends.filter((end) => end <= search.at);
  if (before.length === 0) throw new Error('no search request was answered before the results settled');
  return Math.max(...before);
}

function settled(data: ProbeSnapshot, index: number): SettledSearch & { rendered: number; painted: number } {
  const search = data.searches[index];
  if (search?.painted === undefined || search.rendered === undefined) throw new Error(`search ${index + 1} was not painted`);
  if (search.total === undefined) throw new Error(`search ${index + 1} failed (no total)`);
  return search as SettledSearch & { rendered: number; painted: number };
}

/** From the answer to the painted results: how long that took, and the longest task meanwhile. */
async function renderSample(page: Page, index: number): Promise<Sample> {
  const data = await snapshot(page);
  const search = settled(data, index);
  const answered = await answeredAt(page, search);
  const during = stretch(data, answered, search.painted);
  return { values: { paint: search.painted - answered, task: during.longestTask, results: search.total }, frames: during.frames, shifts: [] };
}

async function countCards(page: Page, expected: number): Promise<void> {
  const cards = await page.locator('mitmachen-search li[data-id]').count();
  if (cards !== expected) throw new Error(`expected ${expected} result cards, the search shows ${cards}`);
}

/** One page with `size` results: the first results replacing the skeletons, then the next page. */
async function renderRun(env: Env, size: number, rate: number): Promise<[first: Sample, next: Sample]> {
  const path = `/bench/search.html?page-size=${size}`;
  const { page, close } = await openPage(env.browser, { origin: env.origin, path, rate, viewport: viewports.desktop, readable: env.readable });
  try {
    await painted(page, 1);
    const first = await renderSample(page, 0);
    await countCards(page, size);
    const clicked = await now(page);
    await page.getByRole('button', { name: 'Nächste Seite' }).click();
    await painted(page, 2);
    await countCards(page, size);
    const next = await renderSample(page, 1);
    const data = await snapshot(page);
    next.values.interaction = stretch(data, clicked, settled(data, 1).painted).worstInteraction;
    return [first, next];
  } finally {
    await close();
  }
}

const keyboard = (name: string) => /^(key|beforeinput$|input$|composition)/.test(name);

/** Typing the query into the demo page's search, then clicking the first category filter. */
async function typingRun(env: Env, rate: number): Promise<[typing: Sample, filter: Sample]> {
  const { page, close } = await openPage(env.browser, { origin: env.origin, path: '/', rate, viewport: viewports.desktop, readable: env.readable });
  try {
    await painted(page, 1);
    const input = page.locator('mitmachen-search input#q');
    await input.focus();
    const typingFrom = await now(page);
    await input.pressSequentially(typedQuery, { delay: typingDelayMs });
    await painted(page, 1, typedQuery);
    let data = await snapshot(page);
    const typed = settled(data, data.searches.findIndex((search) => search.q === typedQuery));
    const typing = stretch(data, typingFrom, typed.painted, keyboard);
    const typingSample: Sample = {
      values: { task: typing.longestTask, interaction: typing.worstInteraction, results: typed.total },
      frames: typing.frames,
      shifts: [],
    };

    const filterFrom = await now(page);
    await page.locator('mitmachen-search input[type="checkbox"]').first().click();
    await painted(page, 2, typedQuery);
    data = await snapshot(page);
    const filtered = settled(data, data.searches.findLastIndex((search) => search.q === typedQuery));
    const filter = stretch(data, filterFrom, filtered.painted);
    return [
      typingSample,
      { values: { task: filter.longestTask, interaction: filter.worstInteraction, results: filtered.total }, frames: filter.frames, shifts: [] },
    ];
  } finally {
    await close();
  }
}

/** The demo page from navigation until its results are painted and a quiet second has passed. */
async function loadRun(env: Env, viewport: Viewport, rate: number): Promise<Sample> {
  const { page, close } = await openPage(env.browser, { origin: env.origin, path: '/', rate, viewport, readable: env.readable });
  try {
    await painted(page, 1);
    // Filter labels come with the taxonomy, which may arrive after the results.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/v1/taxonomy')), undefined, {
      polling: 100,
    });
    await page.waitForTimeout(quietMs);
    const data = await snapshot(page);
    const search = settled(data, 0);
    const { cls, total } = cumulativeLayoutShift(data.shifts);
    const load = stretch(data, 0, Infinity);
    return { values: { paint: search.painted, task: load.longestTask, cls, shiftTotal: total }, frames: load.frames, shifts: data.shifts };
  } finally {
    await close();
  }
}

export interface ScenarioOptions {
  runs: number;
  rates: number[];
  log: (line: string) => void;
}

async function repeat<T>(runs: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await run());
  return results;
}

export async function runScenarios(env: Env, { runs, rates, log }: ScenarioOptions): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const add = (id: string, what: string, rate: number, viewport: string, samples: Sample[]) => {
    measurements.push({ id, what, rate, viewport, samples });
  };
  for (const rate of rates) {
    for (const size of [25, 50]) {
      log(`  ${size} results at ${rate}× …`);
      const pairs = await repeat(runs, () => renderRun(env, size, rate));
      add(`render-${size}-first`, `${size} results: first results (answer → painted)`, rate, 'desktop', pairs.map(([first]) => first));
      add(`render-${size}-next`, `${size} results: next page (answer → painted)`, rate, 'desktop', pairs.map(([, next]) => next));
    }
    log(`  typing "${typedQuery}" and a filter click at ${rate}× …`);
    const typed = await repeat(runs, () => typingRun(env, rate));
    add('typing', `typing "${typedQuery}", ${typingDelayMs} ms a key`, rate, 'desktop', typed.map(([typing]) => typing));
    add('filter', 'clicking a category filter', rate, 'desktop', typed.map(([, filter]) => filter));
    for (const viewport of [viewports.desktop, viewports.phone]) {
      log(`  demo page load, ${viewport.name}, at ${rate}× …`);
      const loads = await repeat(runs, () => loadRun(env, viewport, rate));
      add(`demo-${viewport.name}`, `demo page load (navigation → results painted)`, rate, viewport.name, loads);
    }
  }
  return measurements;
}
