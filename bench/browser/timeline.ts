/** Reading the probe's records: what happened between two moments, and layout shift as CLS counts it. */
import type { LongFrame, ProbeSnapshot, Shift, Span } from './probe.js';

export interface Stretch {
  /** The longest task that overlaps the stretch; 0 when none took over 50 ms (the Long Tasks API reports no shorter ones). */
  longestTask: number;
  longTasks: number;
  /** Long animation frames (≥ 50 ms) that overlap the stretch. */
  frames: LongFrame[];
  /** The slowest interaction that began in the stretch: its longest event; 0 when none took 16 ms or more. */
  worstInteraction: number;
  /** Interactions with an event of 16 ms or more. */
  slowInteractions: number;
}

const overlaps = (span: Span, from: number, to: number) => span.start < to && span.start + span.duration > from;

export function stretch(snapshot: ProbeSnapshot, from: number, to: number, events?: (name: string) => boolean): Stretch {
  const tasks = snapshot.longTasks.filter((task) => overlaps(task, from, to));
  // INP's definition: an interaction lasts as long as the longest of its events.
  const interactions = new Map<number, number>();
  for (const event of snapshot.events) {
    if (event.interactionId === 0 || event.start < from || event.start >= to || (events && !events(event.name))) continue;
    interactions.set(event.interactionId, Math.max(interactions.get(event.interactionId) ?? 0, event.duration));
  }
  return {
    longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
    longTasks: tasks.length,
    frames: snapshot.longFrames.filter((frame) => overlaps(frame, from, to)),
    worstInteraction: Math.max(0, ...interactions.values()),
    slowInteractions: interactions.size,
  };
}

/**
 * Cumulative Layout Shift as Core Web Vitals defines it: shifts without recent input, grouped
 * into session windows (a gap of at most 1 s, at most 5 s long); the largest window counts.
 */
export function cumulativeLayoutShift(shifts: readonly Shift[]): { cls: number; total: number } {
  let cls = 0;
  let total = 0;
  let window = { start: -Infinity, last: -Infinity, value: 0 };
  for (const shift of shifts.filter((item) => !item.hadRecentInput).sort((a, b) => a.start - b.start)) {
    total += shift.value;
    if (shift.start - window.last > 1000 || shift.start - window.start > 5000) window = { start: shift.start, last: shift.start, value: 0 };
    window.value += shift.value;
    window.last = shift.start;
    cls = Math.max(cls, window.value);
  }
  return { cls, total };
}
