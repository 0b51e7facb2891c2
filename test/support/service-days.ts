/**
 * Days as the server counts them: calendar days in Saxony (Europe/Berlin; `service_today()`,
 * `serviceDate()`). "In 10 days" in a test must mean ten Berlin days, not 240 hours from now:
 * from 23:00 UTC (22:00 in summer) Berlin is on the next day already, and a span that crosses a
 * change of summer time near midnight ends on the day before or after the one counted.
 *
 * Only `Intl` and `Date`, no Node imports and nothing of the server's: browser tests use this too,
 * and the days a test expects are not computed by the code it checks.
 */

export const dayMs = 86_400_000;
const hourMs = 3_600_000;

const berlinFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2026-12-07`: the Berlin calendar day at that moment (ms since the epoch). */
export function berlinDay(at: number): string {
  return berlinFormat.format(new Date(at));
}

/** The calendar day `days` after `date` (both `YYYY-MM-DD`; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from one calendar day to the other. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / dayMs);
}

/** The Berlin day `offset` days after the one `from` falls on (default: now). */
export function serviceDay(offset: number, from: number = Date.now()): string {
  return addDays(berlinDay(from), offset);
}

/**
 * A clock `days` Berlin days on from `from`: `days` × 24 hours, except where that lands on
 * another day (near midnight across a change of summer time, when a day has 23 or 25 hours),
 * then an hour more or less. So its day is `serviceDay(days, from)`, and it stays as close as can
 * be to the rules the server counts in hours.
 */
export function daysLater(from: number, days: number): number {
  const moved = from + days * dayMs;
  const wanted = serviceDay(days, from);
  const reached = berlinDay(moved);
  if (reached === wanted) return moved;
  return reached < wanted ? moved + hourMs : moved - hourMs;
}
