import type { components, Schedule } from '@mitmachen/contract';
import { formatDateList, type DateOptions } from './dates.js';
import type { Lang } from './locale.js';
import { formatNumber } from './number.js';
import { scheduleMessages } from './schedule.messages.js';
import { formatDays } from './slots.js';

type Availability = components['schemas']['Availability'];

export interface ScheduleOptions extends DateOptions {
  /** Dates named before the rest is only counted ("… und an 2 weiteren Terminen"). */
  maxDates?: number;
}

/**
 * A schedule in words, as a card shows it: "regelmäßig · 2 Std./Woche", "einmalig am 14. März",
 * "am 14. und 21. März", "flexibel"; English "regular · 2 hrs/week", "one-time on 14 March",
 * "flexible" (other languages once `scheduleMessages.load(lang)` has settled; the card's
 * catalogue loads it). Weekly slots are left to `formatSchedule` (and out of the card's bundle).
 */
export function formatScheduleSummary(schedule: Schedule, lang: Lang, options: ScheduleOptions = {}): string {
  const words = scheduleMessages[lang];
  if (schedule.type === 'one-time') {
    const { maxDates, ...dateOptions } = options;
    const list = formatDateList(
      schedule.dates.map((range) => range.start),
      words.write,
      { ...dateOptions, max: maxDates ?? Infinity, more: words.moreDates },
    );
    return schedule.dates.length === 1 ? words.onceOn(list) : words.on(list);
  }
  return joinParts([words.type[schedule.type], schedule.hoursPerWeek === undefined ? '' : formatHoursPerWeek(schedule.hoursPerWeek, lang)]);
}

/** An offer's availability in the same words: "regelmäßig · 4 Std./Woche · montags und freitags". */
export function formatAvailability(availability: Availability, lang: Lang): string {
  return joinParts([
    scheduleMessages[lang].type[availability.type],
    availability.hoursPerWeek === undefined ? '' : formatHoursPerWeek(availability.hoursPerWeek, lang),
    formatDays(availability.days ?? [], lang),
  ]);
}

/** "2 Std./Woche", "1,5 Std./Woche"; "1 hr/week", "2.5 hrs/week". */
export function formatHoursPerWeek(hours: number, lang: Lang): string {
  return scheduleMessages[lang].hoursPerWeek(formatNumber(hours, lang, 1), hours);
}

/** The parts that have something to say, joined with a middle dot. */
export function joinParts(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' · ');
}
