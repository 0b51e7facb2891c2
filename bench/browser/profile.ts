/**
 * `--profile`: a CPU profile (CDP Profiler) of the search painting its next 50 results at the
 * goal's slowdown, saved for Chrome DevTools, and the functions that took the most time in it.
 */
import { writeFileSync } from 'node:fs';
import { milliseconds } from '../lib/table.js';
import type { Env } from './scenarios.js';
import { openPage, viewports } from './session.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds between samples: fine enough for tasks of tens of milliseconds. */
const samplingIntervalUs = 100;

/**
 * Two profiles of the bench page with 50 results: its load until the first results are painted,
 * and clicking "next page" until those are. Written to `<prefix>-load.cpuprofile` and
 * `<prefix>-next-page.cpuprofile`; returns the report lines.
 */
export async function profileRender(env: Env, rate: number, prefix: string): Promise<string[]> {
  const { page, cdp, close } = await openPage(env.browser, { origin: env.origin, path: '/health', rate, viewport: viewports.desktop, readable: env.readable });
  const record = async (name: string, what: string, action: () => Promise<void>) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await cdp.send('Profiler.start');
    await action();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const file = `${prefix}-${name}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    return [`${what} at ${rate}×, written to ${file}:`, ...topFunctions(profile)];
  };
  try {
    const load = await record('load', 'page load until 50 results are painted', async () => {
      await page.goto(`${env.origin}/bench/search.html?page-size=50`);
      await page.evaluate(() => window.mitmachenBench.painted(1));
    });
    // A click from script: Playwright's own click would first run its actionability checks in the page, into the profile.
    const next = await record('next-page', 'clicking "next page" until its 50 results are painted', () =>
      page.evaluate(() => {
        const search = document.querySelector('mitmachen-search');
        const button = search?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Nächste Seite"]');
        if (!button) throw new Error('no "Nächste Seite" button');
        button.click();
        return window.mitmachenBench.painted(2);
      }),
    );
    return [...load, '', ...next];
  } finally {
    await close();
  }
}

/** Self time per function, largest first (idle and the profiler's own root left out). */
function topFunctions(profile: CpuProfile, count = 15): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (frame === undefined || frame.functionName === '(idle)' || frame.functionName === '(root)') return;
    const where = frame.url ? ` ${frame.url.replace(/^https?:\/\/[^/]+/, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  });
  return [
    `  busy ${milliseconds(total)} ms; self time ("(program)": the browser's own work, such as style, layout and paint):`,
    ...[...self]
      .sort(([, a], [, b]) => b - a)
      .slice(0, count)
      .map(([key, ms]) => `    ${milliseconds(ms).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)} %  ${key}`),
  ];
}
