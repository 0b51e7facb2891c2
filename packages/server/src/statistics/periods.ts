/**
 * The periods a statistics request covers: calendar months (cut to the range at its ends) or
 * one period for the whole range. Days are local days in Europe/Berlin, where agencies count.
 */
import type { StatisticsInterval } from '@mitmachen/contract';
import { invalidParameter } from '../errors.js';

export const statisticsTimeZone = 'Europe/Berlin';
/** The longest range one request may cover, in months. */
export const maximumMonths = 120;

export interface Period {
  label: string;
  from: string;
  to: string;
}

/** Today's date in Europe/Berlin, as `YYYY-MM-DD`. */
export function localDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: statisticsTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The range asked for, with its defaults: the last 12 months including this one. */
export function statisticsRange(from: string | undefined, to: string | undefined, now: Date): { from: string; to: string } {
  const end = to ?? localDate(now);
  let start = from;
  if (start === undefined) {
    const [year, month] = end.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(year, month - 1 - 11, 1));
    start = `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`;
  }
  if (start > end) throw invalidParameter('from', `must not be after to (${end})`);
  if (months(start, end) > maximumMonths) throw invalidParameter('to', `the range may cover at most ${maximumMonths} months`);
  return { from: start, to: end };
}

function months(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

export function periodsOf(range: { from: string; to: string }, interval: StatisticsInterval): Period[] {
  if (interval === 'total') return [{ label: `${range.from}/${range.to}`, from: range.from, to: range.to }];
  const periods: Period[] = [];
  let [year, month] = range.from.split('-').map(Number) as [number, number];
  for (;;) {
    const label = `${year}-${pad(month)}`;
    if (label > range.to.slice(0, 7)) break;
    const first = `${label}-01`;
    const last = `${label}-${pad(lastDay(year, month))}`;
    periods.push({ label, from: first < range.from ? range.from : first, to: last > range.to ? range.to : last });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return periods;
}
