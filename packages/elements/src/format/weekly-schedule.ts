import type { components, Schedule, Weekday } from '@mitmachen/contract';
import { dateTimeFormat } from './formatters.js';
import type { Lang } from './locale.js';
import { formatScheduleSummary, joinParts, type ScheduleOptions } from './schedule.js';
import { formatDays, REFERENCE_MONDAY, WEEK } from './slots.js';

// The whole schedule with its weekly time slots, as the detail shows it. Apart from the card's
// summary (schedule.ts, slots.ts), so the first screen's bundle does not carry it.

type TimeSlot = components['schemas']['TimeSlot'];

interface TimeWords {
  from: (time: string) => string;
  until: (time: string) => string;
  /** Whole hours in German read "15–16 Uhr"; English keeps minutes so 15 is not read as a count. */
  hourOnly: boolean;
}

// Translations other than German and English need a native speaker's review (docs/translating.md).
const WORDS: Record<Lang, TimeWords> = {
  de: { from: (time) => `ab ${time}`, until: (time) => `bis ${time}`, hourOnly: true },
  en: { from: (time) => `from ${time}`, until: (time) => `until ${time}`, hourOnly: false },
  uk: { from: (time) => `з ${time}`, until: (time) => `до ${time}`, hourOnly: false },
  ar: { from: (time) => `من ${time}`, until: (time) => `حتى ${time}`, hourOnly: false },
  tr: { from: (time) => `${time} itibarıyla`, until: (time) => `${time} saatine kadar`, hourOnly: false },
  ru: { from: (time) => `с ${time}`, until: (time) => `до ${time}`, hourOnly: false },
  easy: { from: (time) => `ab ${time}`, until: (time) => `bis ${time}`, hourOnly: true },
};

/**
 * The whole schedule in words, weekly slots included:
 * "regelmäßig · 2 Std./Woche · mittwochs 15–16 Uhr"; English "regular · 2 hrs/week · Wednesdays 15:00–16:00".
 * The free-text note is not part of it.
 */
export function formatSchedule(schedule: Schedule, lang: Lang, options: ScheduleOptions = {}): string {
  const summary = formatScheduleSummary(schedule, lang, options);
  return schedule.type === 'regular' ? joinParts([summary, formatSlots(schedule.slots ?? [], lang)]) : summary;
}

/**
 * Weekly time slots, days with the same hours together:
 * "montags und mittwochs 15–16 Uhr, freitags ab 10 Uhr".
 */
export function formatSlots(slots: readonly TimeSlot[], lang: Lang): string {
  const groups = new Map<string, { slot: TimeSlot; days: Weekday[] }>();
  for (const slot of [...slots].sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day))) {
    const key = `${slot.from ?? ''}-${slot.to ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { slot, days: [slot.day] });
    else if (!group.days.includes(slot.day)) group.days.push(slot.day);
  }
  return [...groups.values()]
    .map(({ slot, days }) => {
      const time = formatTimeSpan(slot, lang);
      return time === '' ? formatDays(days, lang) : `${formatDays(days, lang)} ${time}`;
    })
    .join(', ');
}

/** "15–16 Uhr", "15:30–17:00 Uhr", "ab 15 Uhr", "bis 16 Uhr"; English "15:00–16:00", "from 15:00". */
export function formatTimeSpan({ from, to }: { from?: string; to?: string }, lang: Lang): string {
  const words = WORDS[lang];
  const times = [from, to].filter((time): time is string => time !== undefined);
  if (times.length === 0) return '';
  const hourOnly = words.hourOnly && times.every((time) => time.endsWith(':00'));
  const formatter = dateTimeFormat(lang, {
    hour: hourOnly ? 'numeric' : '2-digit',
    minute: hourOnly ? undefined : '2-digit',
    timeZone: 'UTC',
  });
  if (from !== undefined && to !== undefined) return formatter.formatRange(clockTime(from), clockTime(to));
  return from === undefined ? words.until(formatter.format(clockTime(to!))) : words.from(formatter.format(clockTime(from)));
}

/** A wall-clock "HH:MM" as an instant on the reference day in UTC, only for Intl to format. */
function clockTime(time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(REFERENCE_MONDAY + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
}
