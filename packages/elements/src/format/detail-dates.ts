import { dateTimeFormat } from './formatters.js';
import { LISTING_TIME_ZONE, type Lang } from './locale.js';

// The detail's dates: appointments with their times, and single days. Apart from dates.ts,
// which the cards use, so the first screen's bundle does not carry them.

/**
 * One appointment with weekday, date and times: "Sa., 14. März 2026, 10:00–14:00 Uhr";
 * English "Sat, 14 March 2026, 10:00–14:00". Without an end, the start time alone.
 */
export function formatDateTimeRange(
  range: { start: string; end?: string },
  lang: Lang,
  { timeZone = LISTING_TIME_ZONE }: { timeZone?: string } = {},
): string {
  const formatter = dateTimeFormat(lang, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
  const start = new Date(range.start);
  return range.end === undefined ? formatter.format(start) : formatter.formatRange(start, new Date(range.end));
}

/**
 * A calendar date without time: "14. März 2026" / "14 March 2026". A bare date ("2026-03-14",
 * as `expiresAt` is) names that day wherever the reader is; an instant is shown in `timeZone`.
 */
export function formatDay(iso: string, lang: Lang, { timeZone = LISTING_TIME_ZONE }: { timeZone?: string } = {}): string {
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : timeZone;
  return dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(new Date(iso));
}
