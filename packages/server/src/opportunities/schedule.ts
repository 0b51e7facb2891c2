import type { Schedule } from '@mitmachen/contract';
import { invalidField } from '../errors.js';
import { serviceDate } from '../search/service-day.js';

/** The parts of a schedule the search filters and sorts by. */
export interface ScheduleColumns {
  type: Schedule['type'];
  /** Start times of a one-time schedule, ascending (ISO 8601). */
  startDates: string[];
  nextStart: string | null;
}

/** The schedule types, for a last check of data the HTTP layer should have validated. */
const scheduleTypes: ReadonlySet<unknown> = new Set<Schedule['type']>(['one-time', 'regular', 'flexible']);

export function scheduleColumns(schedule: Schedule): ScheduleColumns {
  if (!scheduleTypes.has((schedule as Partial<Schedule> | null)?.type)) {
    throw invalidField('/schedule', 'must be a one-time, regular or flexible schedule');
  }
  if (schedule.type !== 'one-time') return { type: schedule.type, startDates: [], nextStart: null };
  const starts = schedule.dates.map((date) => new Date(date.start)).sort((a, b) => a.getTime() - b.getTime());
  const startDates = starts.map((start) => start.toISOString());
  return { type: 'one-time', startDates, nextStart: startDates[0] ?? null };
}

/**
 * The expiry day a posting gets: the one given, or for a one-time schedule the day of its last
 * date, so past events leave the search by themselves. A day already past is refused, as are
 * dates that end before they start or lie wholly in the past.
 */
export function postingExpiry(schedule: Schedule, expiresAt: string | undefined, now: Date): string | null {
  const today = serviceDate(now);
  if (expiresAt !== undefined && expiresAt < today) throw invalidField('/expiresAt', 'must not be in the past');
  if (schedule.type !== 'one-time') return expiresAt ?? null;
  let lastDay = '';
  schedule.dates.forEach((date, i) => {
    const start = new Date(date.start);
    const end = date.end === undefined ? start : new Date(date.end);
    if (end < start) throw invalidField(`/schedule/dates/${i}/end`, 'must not be before the start');
    const day = serviceDate(end);
    if (day > lastDay) lastDay = day;
  });
  if (lastDay < today) throw invalidField('/schedule/dates', 'every date is in the past');
  return expiresAt ?? lastDay;
}
