import type { Writing } from './writing.js';

export interface DateOptions {
  /** "Today", for deciding whether a year is worth naming; the current time by default. */
  now?: Date;
}

const HOUR = 36e5;

/** The last Sunday of `month` (0-based) at 01:00 UTC, when Germany's clocks change. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return +last - last.getUTCDay() * 24 * HOUR;
}

/**
 * The day, month (0-based) and year of `date` in German time, where the listings are, whatever
 * the reader's zone. Summer time as the EU has it since 1996: from the last Sunday of March to
 * the last Sunday of October, 01:00 UTC both. Without Intl, which a German page's load does not
 * touch (format/german.ts says why); test/elements/format/german.browser.test.ts checks every hour
 * of several years against Intl's Europe/Berlin.
 */
export function germanDay(date: Date): [day: number, month: number, year: number] {
  const year = date.getUTCFullYear();
  const summer = +date >= lastSunday(year, 2) && +date < lastSunday(year, 9);
  const local = new Date(+date + (summer ? 2 : 1) * HOUR);
  return [local.getUTCDate(), local.getUTCMonth(), local.getUTCFullYear()];
}

/**
 * The dates of a one-time listing in words, in German time, days of one month sharing the month
 * name: "14. März", "14. und 21. März", "28. Februar, 7. und 14. März"; English "14 and 21 March".
 * The year is named only when it is not the current one. Over `max` dates, the rest is counted
 * by `more(n)` ("und 3 weitere Termine"). `write` is the language's (`ScheduleWords.write`).
 */
export function formatDateList(
  isoDates: readonly string[],
  write: Writing,
  { now = new Date(), max = Infinity, more }: DateOptions & {
    max?: number;
    more?: (count: number) => string;
  } = {},
): string {
  const currentYear = germanDay(now)[2];
  const days = isoDates.slice(0, max).map((iso) => germanDay(new Date(iso)));
  const words = days.map(([day, month, year], index) => {
    const next = days[index + 1];
    if (next !== undefined && next[1] === month && next[2] === year) return write.day(day);
    return write.date(day, month, year === currentYear ? undefined : year);
  });
  const rest = isoDates.length - days.length;
  if (rest > 0 && more !== undefined) words.push(more(rest));
  return write.list(words);
}
