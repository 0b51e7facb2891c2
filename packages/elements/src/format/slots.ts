import type { Weekday } from '@mitmachen/contract';
import { dateTimeFormat, listFormat, type Lang } from './locale.js';
import { scheduleMessages } from './schedule.messages.js';

export const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** 1 January 2024 was a Monday: the reference week for weekday names. */
export const REFERENCE_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** "montags und freitags" / "Mondays and Fridays", in week order. */
export function formatDays(days: readonly Weekday[], lang: Lang): string {
  const sorted = [...days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const names = dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return listFormat(lang, { type: 'conjunction' }).format(
    sorted.map((day) => scheduleMessages[lang].everyDay(names.format(REFERENCE_MONDAY + WEEK.indexOf(day) * DAY_MS), WEEK.indexOf(day))),
  );
}
