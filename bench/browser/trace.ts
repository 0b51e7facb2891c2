/**
 * `--trace`: a performance trace (CDP Tracing, the categories DevTools' Performance panel records)
 * of the bench page loading until its first results are painted, saved for Chrome DevTools, and
 * what each long task on the main thread spent its time on. A CPU profile shows the browser's own
 * work (compiling, style, layout) as one "(program)" entry; the trace names it.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { milliseconds } from '../lib/table.js';
import type { Env } from './scenarios.js';
import { openPage, viewports } from './session.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'v8',
  // Parsing and compiling scripts (V8.ParseProgram, V8.CompileLazy …).
  'disabled-by-default-v8.compile',
  // Stack traces of forced (script-caused) style and layout.
  'disabled-by-default-devtools.timeline.stack',
];

/** Tasks at least this long are broken down. */
const longTaskMs = 30;

async function recordTrace(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await action();
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/**
 * Loads the bench page with `pageSize` results at `rate` under a trace, writes `<prefix>-load.json`
 * (open it in DevTools' Performance panel) and returns each long task's breakdown.
 */
export async function traceLoad(env: Env, rate: number, prefix: string, pageSize = 50): Promise<string[]> {
  const { page, cdp, close } = await openPage(env.browser, { origin: env.origin, path: '/health', rate, viewport: viewports.desktop, readable: env.readable });
  try {
    const events = await recordTrace(cdp, async () => {
      await page.goto(`${env.origin}/bench/search.html?page-size=${pageSize}`);
      await page.evaluate(() => window.mitmachenBench.painted(1));
      await page.waitForTimeout(300);
    });
    const file = `${prefix}-load.json`;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    return [`page load with ${pageSize} results at ${rate}×, trace written to ${file}:`, ...longTaskBreakdown(events)];
  } finally {
    await close();
  }
}

/** The renderer's main thread: where the page's scripts, style and layout run. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const named = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  // Several renderers (the blank page, the bench page): the one that ran the most tasks.
  let best: { pid: number; tid: number; count: number } | undefined;
  for (const thread of named) {
    const count = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask').length;
    if (best === undefined || count > best.count) best = { pid: thread.pid, tid: thread.tid, count };
  }
  return best;
}

/** Each long task's self time by trace event name, largest first. */
export function longTaskBreakdown(events: TraceEvent[]): string[] {
  const thread = mainThread(events);
  if (thread === undefined) return ['  no renderer main thread in the trace'];
  const complete = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const lines: string[] = [];
  const start = complete[0]?.ts ?? 0;
  for (const task of complete.filter((event) => event.name === 'RunTask' && event.dur! >= longTaskMs * 1000)) {
    const end = task.ts + task.dur!;
    const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur! <= end);
    const self = new Map<string, number>();
    // Self time: an event's duration less that of the events directly inside it.
    const stack: { event: TraceEvent; key: string; children: number }[] = [];
    const pop = () => {
      const top = stack.pop()!;
      self.set(top.key, (self.get(top.key) ?? 0) + top.event.dur! - top.children);
    };
    for (const event of inside) {
      while (stack.length > 0 && event.ts >= stack.at(-1)!.event.ts + stack.at(-1)!.event.dur!) pop();
      if (stack.length > 0) stack.at(-1)!.children += event.dur!;
      const detail = event.args?.data?.url ? ` ${event.args.data.url.replace(/^https?:\/\/[^/]+/, '')}` : '';
      stack.push({ event, key: `${event.name}${event.name === 'FunctionCall' || event.name.startsWith('v8.') ? detail : ''}`, children: 0 });
    }
    while (stack.length > 0) pop();
    const ownSelf = task.dur! - inside.filter((event) => !inside.some((outer) => outer !== event && outer.ts <= event.ts && outer.ts + outer.dur! >= event.ts + event.dur! && outer.dur! > event.dur!)).reduce((sum, event) => sum + event.dur!, 0);
    lines.push(`  task at ${milliseconds((task.ts - start) / 1000)} ms: ${milliseconds(task.dur! / 1000)} ms (untraced ${milliseconds(ownSelf / 1000)} ms)`);
    for (const [key, us] of [...self].sort(([, a], [, b]) => b - a).slice(0, 14)) {
      if (us >= 500) lines.push(`    ${milliseconds(us / 1000).padStart(6)} ms  ${key}`);
    }
  }
  return lines;
}
