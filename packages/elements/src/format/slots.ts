import type { Weekday } from '@mitmachen/contract';
import type { Lang } from './locale.js';
import { scheduleMessages } from './schedule.messages.js';

export const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** 1 January 2024 was a Monday: the reference week for weekday names. */
export const REFERENCE_MONDAY = Date.UTC(2024, 0, 1);

/** "montags und freitags" / "Mondays and Fridays", in week order. */
export function formatDays(days: readonly Weekday[], lang: Lang): string {
  const words = scheduleMessages[lang];
  const indices = days.map((day) => WEEK.indexOf(day)).sort((a, b) => a - b);
  return words.write.list(indices.map((index) => words.everyDay(words.write.weekday(index), index)));
}
