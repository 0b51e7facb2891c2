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

export async function profileRender(env: Env, rate: number, file: string): Promise<string[]> {
  const { page, cdp, close } = await openPage(env.browser, {
    origin: env.origin,
    path: '/bench/search.html?page-size=50',
    rate,
    viewport: viewports.desktop,
    readable: env.readable,
  });
  try {
    await page.evaluate(() => window.mitmachenBench.painted(1));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await cdp.send('Profiler.start');
    // A click from script: Playwright's own click would first run its actionability checks in the page, into the profile.
    await page.evaluate(() => {
      const search = document.querySelector('mitmachen-search');
      const next = search?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Nächste Seite"]');
      if (!next) throw new Error('no "Nächste Seite" button');
      next.click();
      return window.mitmachenBench.painted(2);
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    writeFileSync(file, JSON.stringify(profile));
    return topFunctions(profile);
  } finally {
    await close();
  }
}

/** Self time per function, largest first (idle and the profiler's own root left out). */
function topFunctions(profile: CpuProfile, count = 20): string[] {
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
    `busy ${milliseconds(total)} ms in the profile (clicking "next page" until the 50 results were painted); self time:`,
    ...[...self]
      .sort(([, a], [, b]) => b - a)
      .slice(0, count)
      .map(([key, ms]) => `  ${milliseconds(ms).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)} %  ${key}`),
  ];
}
