/** The browser benchmark's tables: medians and maxima per measurement, the goals, and what caused misses. */
import { formatTable, milliseconds, type Column } from '../lib/table.js';
import type { Measurement, Metric } from './scenarios.js';

/** Issue 3's goals: no task over 50 ms at 4× CPU slowdown, layout shift under 0.01. */
export const goals = { rate: 4, taskMs: 50, cls: 0.01 } as const;

export interface Summary {
  median: number;
  max: number;
}

export function summarize(measurement: Measurement, metric: Metric): Summary | undefined {
  const values = measurement.samples.map((sample) => sample.values[metric]).filter((value): value is number => value !== undefined);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, max: sorted[sorted.length - 1]! };
}

/** 0 stands for "none reported": the APIs report no task under 50 ms and no event under 16 ms. */
const below = (limit: number) => (value: number) => (value === 0 ? `<${limit}` : milliseconds(value));
const pair = (measurement: Measurement, metric: Metric, format: (value: number) => string) => {
  const summary = summarize(measurement, metric);
  return summary === undefined ? '–' : `${format(summary.median)} / ${format(summary.max)}`;
};

const columns: Column<Measurement>[] = [
  { title: 'what', value: (m) => m.what, align: 'left' },
  { title: 'viewport', value: (m) => m.viewport, align: 'left' },
  { title: 'CPU', value: (m) => `${m.rate}×` },
  { title: 'runs', value: (m) => String(m.samples.length) },
  { title: 'time ms', value: (m) => pair(m, 'paint', milliseconds) },
  { title: 'longest task ms', value: (m) => pair(m, 'task', below(50)) },
  { title: 'interaction ms', value: (m) => pair(m, 'interaction', below(16)) },
  { title: 'CLS', value: (m) => pair(m, 'cls', (value) => value.toFixed(4)) },
  { title: 'results', value: (m) => pair(m, 'results', String) },
];

export interface Verdicts {
  /** met is null when nothing ran at the goal's slowdown. */
  task: { met: boolean | null; longest: number; where: string };
  cls: { met: boolean; worst: number; where: string };
}

export function verdicts(measurements: readonly Measurement[]): Verdicts {
  let task = { longest: 0, where: '–' };
  let cls = { worst: 0, where: '–' };
  for (const measurement of measurements) {
    const longest = summarize(measurement, 'task')?.max ?? 0;
    if (measurement.rate === goals.rate && longest > task.longest) task = { longest, where: `${measurement.what}, ${measurement.viewport}` };
    const worst = summarize(measurement, 'cls')?.max ?? 0;
    if (worst > cls.worst) cls = { worst, where: `${measurement.what}, ${measurement.viewport}, ${measurement.rate}×` };
  }
  const measured = measurements.some((measurement) => measurement.rate === goals.rate);
  return { task: { ...task, met: measured ? task.longest <= goals.taskMs : null }, cls: { ...cls, met: cls.worst < goals.cls } };
}

/** The scripts that ran in long frames at the goal's slowdown, by total time: where the long tasks come from. */
function longFrameScripts(measurements: readonly Measurement[]): string[] {
  const byScript = new Map<string, { duration: number; layout: number; count: number }>();
  for (const measurement of measurements.filter((m) => m.rate === goals.rate)) {
    for (const frame of measurement.samples.flatMap((sample) => sample.frames)) {
      for (const script of frame.scripts) {
        const key = `${measurement.id}: ${script.invoker} → ${script.function || '(anonymous)'} ${script.source}`;
        const known = byScript.get(key) ?? { duration: 0, layout: 0, count: 0 };
        byScript.set(key, { duration: known.duration + script.duration, layout: known.layout + script.forcedStyleAndLayout, count: known.count + 1 });
      }
    }
  }
  return [...byScript]
    .sort(([, a], [, b]) => b.duration / b.count - a.duration / a.count)
    .slice(0, 10)
    .map(([key, { duration, layout, count }]) => `  ${milliseconds(duration / count).padStart(5)} ms avg (forced layout ${milliseconds(layout / count)}) × ${count}  ${key}`);
}

/**
 * Where the long frames' time went at the goal's slowdown, per measurement: running script, or
 * the browser's own rendering work (style, layout, paint) that the frame ends with.
 */
function longFrameShares(measurements: readonly Measurement[]): string[] {
  const lines: string[] = [];
  for (const measurement of measurements.filter((m) => m.rate === goals.rate)) {
    const frames = measurement.samples.flatMap((sample) => sample.frames);
    if (frames.length === 0) continue;
    const average = (value: (frame: (typeof frames)[number]) => number) => milliseconds(frames.reduce((sum, frame) => sum + value(frame), 0) / frames.length);
    lines.push(
      `  ${measurement.id} (${measurement.viewport}): ${frames.length} long frames, average ${average((frame) => frame.duration)} ms: ` +
        `script ${average((frame) => frame.scripts.reduce((sum, script) => sum + script.duration, 0))} ms, ` +
        `style + layout + paint ${average((frame) => (frame.styleAndLayoutStart > 0 ? frame.start + frame.duration - frame.styleAndLayoutStart : 0))} ms`,
    );
  }
  return lines;
}

/** The elements that moved on the demo page, by their summed share of the shifts. */
function shiftSources(measurements: readonly Measurement[]): string[] {
  const byNode = new Map<string, { value: number; count: number; example: string }>();
  for (const measurement of measurements) {
    for (const shift of measurement.samples.flatMap((sample) => sample.shifts).filter((item) => !item.hadRecentInput)) {
      for (const source of shift.sources) {
        const key = `${measurement.viewport} ${measurement.rate}×: ${source.node}`;
        const known = byNode.get(key) ?? { value: 0, count: 0, example: '' };
        const [, y0, , h0] = source.previous;
        const [, y1, , h1] = source.current;
        byNode.set(key, {
          value: known.value + shift.value / shift.sources.length,
          count: known.count + 1,
          example: known.example || `y ${y0.toFixed(0)}→${y1.toFixed(0)}, height ${h0.toFixed(0)}→${h1.toFixed(0)}`,
        });
      }
    }
  }
  return [...byNode]
    .sort(([, a], [, b]) => b.value - a.value)
    .slice(0, 12)
    .map(([key, { value, count, example }]) => `  ${value.toFixed(4)} over ${count} shifts  ${key} (${example})`);
}

export function formatReport(measurements: readonly Measurement[]): string {
  const { task, cls } = verdicts(measurements);
  const lines = [
    formatTable(columns, measurements),
    '',
    'Each cell: median / max over the runs. time: from the search answer fully received (Resource Timing',
    'responseEnd) to the first frame showing the results (a task queued from that frame\'s',
    'requestAnimationFrame ran); demo page: from navigation start. First results: the answer arrives while',
    'the bundle\'s start-up task (which sent the request) still runs, so that task counts there.',
    'longest task: Long Tasks API during that stretch (page load: the whole load), "<50" when none;',
    'interaction: Event Timing, the slowest interaction (its longest event), "<16" when none took 16 ms.',
    'CLS: largest session window of shifts without recent input, from navigation until a quiet second',
    'after the results.',
    '',
    `Goal: no task over ${goals.taskMs} ms at ${goals.rate}× CPU slowdown: ` +
      (task.met === null
        ? `not measured (--rates without ${goals.rate})`
        : `${task.met ? 'met' : 'not met'} (longest ${task.longest === 0 ? `<${goals.taskMs}` : milliseconds(task.longest)} ms${task.longest === 0 ? '' : `: ${task.where}`})`),
    `Goal: layout shift < ${goals.cls}: ${cls.met ? 'met' : 'not met'} (worst CLS ${cls.worst.toFixed(4)}${cls.worst > 0 ? `: ${cls.where}` : ''})`,
  ];
  if (task.met === false) {
    lines.push(
      '',
      `Long animation frames at ${goals.rate}× (Long Animation Frames API; script: scripts of 5 ms or more):`,
      ...longFrameShares(measurements),
      '',
      'Scripts in them (average per frame, slowest first):',
      ...longFrameScripts(measurements),
    );
  }
  if (!cls.met) lines.push('', 'What moved (share of layout shift, summed over the runs):', ...shiftSources(measurements));
  return lines.join('\n');
}
