import { dateTimeFormat, listFormat } from './formatters.js';
import type { Lang } from './locale.js';
import { REFERENCE_MONDAY } from './slots.js';

/**
 * How a language writes the parts of a schedule line: part of its words (`ScheduleWords.write`),
 * so German's, written by hand (format/german.ts), keeps Intl off a German page's load, and the
 * Intl-based writing of every other language comes with that language's words.
 */
export interface Writing {
  /** A day of a month (0-based), with the year when given: "14. März", "14 March 2027". */
  date(day: number, month: number, year?: number): string;
  /** The day alone, before the next day of the same month: "14." in "14. und 21. März". */
  day(day: number): string;
  /** The name of a weekday, 0 being Monday: "Montag", "Monday". */
  weekday(index: number): string;
  /** "a, b und c" / "a, b and c". */
  list(words: readonly string[]): string;
}

/** The writing of `lang` by Intl's formatters (made once per language and kind; see `formatter`). */
export function intlWriting(lang: Lang): Writing {
  // Any year does for the day and month alone: none of the languages inflects them by the year.
  const parts = (day: number, month: number, year = 2000) =>
    dateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(year, month, day));
  return {
    date(day, month, year) {
      const all = parts(day, month, year);
      // Without the year, also without the punctuation that led to it ("14 March", not "14 March,").
      const at = year === undefined ? all.findIndex((part) => part.type === 'year') : -1;
      return (at === -1 ? all : all.slice(0, at))
        .map((part) => part.value)
        .join('')
        .replace(/[\s,]+$/, '');
    },
    day(day) {
      // The day with whatever punctuation the language puts after it: "14." in German, "14" in English.
      const all = parts(day, 0);
      const at = all.findIndex((part) => part.type === 'day');
      return `${all[at]!.value}${all[at + 1]?.type === 'literal' ? all[at + 1]!.value : ''}`.trim();
    },
    weekday: (index) => dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(REFERENCE_MONDAY + index * 864e5),
    list: (words) => listFormat(lang, { type: 'conjunction' }).format(words),
  };
}
