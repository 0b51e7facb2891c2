import { dateTimeFormat, listFormat, LISTING_TIME_ZONE, type Lang } from './locale.js';

export interface DateOptions {
  /** The zone dates are shown in; the listings' own (German) time by default. */
  timeZone?: string;
  /** "Today", for deciding whether a year is worth naming; the current time by default. */
  now?: Date;
}

/** The calendar fields of an instant in a zone, for comparing days, months and years. */
function calendarParts(date: Date, lang: Lang, timeZone: string) {
  const parts = dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(date);
  const value = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return { parts, day: value('day'), month: value('month'), year: value('year') };
}

/**
 * The dates of a one-time listing in words, days of one month sharing the month name:
 * "14. März", "14. und 21. März", "28. Februar, 7. und 14. März"; English "14 and 21 March".
 * The year is named only when it is not the current one. Over `max` dates, the rest is counted
 * by `more(n)` ("und 3 weitere Termine").
 */
export function formatDateList(
  isoDates: readonly string[],
  lang: Lang,
  { timeZone = LISTING_TIME_ZONE, now = new Date(), max = Infinity, more }: DateOptions & {
    max?: number;
    more?: (count: number) => string;
  } = {},
): string {
  const currentYear = calendarParts(now, lang, timeZone).year;
  const shown = isoDates.slice(0, max).map((iso) => new Date(iso));
  // Each date formatted once: a card renders in the task that paints the answer.
  const calendar = shown.map((date) => calendarParts(date, lang, timeZone));
  const words = calendar.map(({ parts, month, year }, index) => {
    const next = calendar[index + 1];
    const sameMonthFollows = next !== undefined && next.month === month && next.year === year;
    if (sameMonthFollows) return dayOnly(parts);
    return year === currentYear ? withoutYear(parts) : parts.map((part) => part.value).join('');
  });
  const rest = isoDates.length - shown.length;
  if (rest > 0 && more !== undefined) words.push(more(rest));
  return listFormat(lang, { type: 'conjunction' }).format(words);
}

/** "14." in German, "14" in English: the day with whatever punctuation the locale puts after it. */
function dayOnly(parts: Intl.DateTimeFormatPart[]): string {
  const index = parts.findIndex((part) => part.type === 'day');
  const after = parts[index + 1]?.type === 'literal' ? parts[index + 1]!.value : '';
  return `${parts[index]!.value}${after}`.trim();
}

/** The date parts without the year and the punctuation that led to it. */
function withoutYear(parts: Intl.DateTimeFormatPart[]): string {
  const index = parts.findIndex((part) => part.type === 'year');
  const kept = index === -1 ? parts : parts.slice(0, index);
  return kept
    .map((part) => part.value)
    .join('')
    .replace(/[\s,]+$/, '');
}
