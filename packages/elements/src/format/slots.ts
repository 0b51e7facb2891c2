import type { Weekday } from '@mitmachen/contract';
import { dateTimeFormat, listFormat, type Lang } from './locale.js';

/** "montags" / "Mondays": a weekday's name as "every such day". */
const EVERY_DAY: Record<Lang, (weekday: string) => string> = {
  de: (weekday) => `${weekday.toLowerCase()}s`,
  en: (weekday) => `${weekday}s`,
};

export const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** 1 January 2024 was a Monday: the reference week for weekday names. */
export const REFERENCE_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** "montags und freitags" / "Mondays and Fridays", in week order. */
export function formatDays(days: readonly Weekday[], lang: Lang): string {
  const sorted = [...days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const names = dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return listFormat(lang, { type: 'conjunction' }).format(
    sorted.map((day) => EVERY_DAY[lang](names.format(REFERENCE_MONDAY + WEEK.indexOf(day) * DAY_MS))),
  );
}
