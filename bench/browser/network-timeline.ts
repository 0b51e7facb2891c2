/**
 * `--timeline`: one load of the demo page under the slow profile, with the network (Resource
 * Timing: when each request started, its first byte, its last byte) and the renderer's main thread
 * (CDP Tracing: script compile and evaluate, tasks ≥ 10 ms, style/layout/paint) on one clock, so
 * the round trips and transfers that wait on one another show as a list of times.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { profiles } from './first-results.js';
import { openPage } from './session.js';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; fileName?: string; frame?: string; documentLoaderURL?: string } };
}

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'v8.execute', 'v8', 'disabled-by-default-v8.compile', 'blink.user_timing'];

/** The main-thread events the timeline lists (others are inside them). */
const listed = new Set(['v8.compileModule', 'v8.compile', 'v8.evaluateModule', 'EvaluateScript', 'v8.parseOnBackground', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

export async function loadTimeline(browser: Browser, origin: string, path = '/'): Promise<string[]> {
  const profile = profiles.find((candidate) => candidate.name === 'slow')!;
  const { page, cdp, close } = await openPage(browser, { origin, path: '/health', rate: profile.rate, viewport: profile.viewport, readable: undefined, network: profile.network });
  try {
    const events: TraceEvent[] = [];
    const collect = (data: { value: object[] }) => void events.push(...(data.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    await page.goto(`${origin}${path}`);
    await page.evaluate(() => window.mitmachenBench.painted(1));
    await page.waitForTimeout(300);
    const painted = (await page.evaluate(() => window.mitmachenBench.snapshot())).searches[0]?.painted ?? Number.NaN;
    const timings = await page.evaluate(resourceTimings);
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    if (process.env.MITMACHEN_TIMELINE_DUMP) writeFileSync(process.env.MITMACHEN_TIMELINE_DUMP, JSON.stringify({ traceEvents: events }));
    return format(timings, events, painted, path);
  } finally {
    await close();
  }
}

interface Timing {
  name: string;
  initiatorType: string;
  startTime: number;
  requestStart: number;
  responseStart: number;
  responseEnd: number;
  encodedBodySize: number;
}

/** Resource Timing of the document and everything it loaded, on the page's own clock (ms from navigation). */
function resourceTimings(): Timing[] {
  const pick = (entry: PerformanceResourceTiming): Timing => ({
    name: entry.name,
    initiatorType: entry.initiatorType,
    startTime: entry.startTime,
    requestStart: entry.requestStart,
    responseStart: entry.responseStart,
    responseEnd: entry.responseEnd,
    encodedBodySize: entry.encodedBodySize,
  });
  return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((entry) => pick(entry as PerformanceResourceTiming));
}

function format(timings: Timing[], events: TraceEvent[], painted: number, path: string): string[] {
  const ms = (value: number) => value.toFixed(0).padStart(5);
  const lines = [
    '## network (Resource Timing, ms from navigation start)',
    '',
    '| request | initiator | start | request sent | first byte | last byte | bytes (encoded body) |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const timing of timings.sort((a, b) => a.startTime - b.startTime)) {
    const name = timing.name.replace(/^https?:\/\/[^/]+/, '');
    lines.push(`| \`${name}\` | ${timing.initiatorType} | ${ms(timing.startTime)} | ${ms(timing.requestStart)} | ${ms(timing.responseStart)} | ${ms(timing.responseEnd)} | ${timing.encodedBodySize} |`);
  }
  const thread = mainThread(events);
  lines.push('', `First results painted (probe, performance.now()): ${painted.toFixed(0)} ms`, '', '## main thread (ms from navigation start; tasks ≥ 10 ms and what they ran ≥ 2 ms)', '');
  if (thread === undefined) return lines;
  // The page's navigation, not the blank page's or /health's before it.
  const navigation = events
    .filter((event) => event.name === 'navigationStart' && event.pid === thread.pid && event.args?.data?.documentLoaderURL?.endsWith(path))
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
  const traceZero = navigation?.ts ?? 0;
  const own = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined && event.ts >= traceZero).sort((a, b) => a.ts - b.ts);
  for (const task of own.filter((event) => event.name === 'RunTask' && event.dur! >= 10_000)) {
    lines.push(`- task ${((task.ts - traceZero) / 1000).toFixed(0)}–${((task.ts + task.dur! - traceZero) / 1000).toFixed(0)} ms (${(task.dur! / 1000).toFixed(0)} ms)`);
    for (const event of own.filter((inner) => inner !== task && inner.ts >= task.ts && inner.ts + inner.dur! <= task.ts + task.dur! && listed.has(inner.name) && inner.dur! >= 2000)) {
      const url = event.args?.data?.url ?? event.args?.data?.fileName ?? '';
      lines.push(`  - ${event.name} ${url.replace(/^https?:\/\/[^/]+/, '')} at ${((event.ts - traceZero) / 1000).toFixed(0)}: ${(event.dur! / 1000).toFixed(1)} ms`);
    }
  }
  return lines;
}

function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const named = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; count: number } | undefined;
  for (const thread of named) {
    const count = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask').length;
    if (best === undefined || count > best.count) best = { pid: thread.pid, tid: thread.tid, count };
  }
  return best;
}
