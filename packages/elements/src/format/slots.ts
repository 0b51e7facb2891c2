import type { components, Weekday } from '@mitmachen/contract';
import { dateTimeFormat, listFormat, type Lang } from './locale.js';

type TimeSlot = components['schemas']['TimeSlot'];

interface SlotWords {
  everyDay: (weekday: string) => string;
  from: (time: string) => string;
  until: (time: string) => string;
  /** Whole hours in German read "15–16 Uhr"; English keeps minutes so 15 is not read as a count. */
  hourOnly: boolean;
}

const WORDS: Record<Lang, SlotWords> = {
  de: {
    everyDay: (weekday) => `${weekday.toLowerCase()}s`,
    from: (time) => `ab ${time}`,
    until: (time) => `bis ${time}`,
    hourOnly: true,
  },
  en: {
    everyDay: (weekday) => `${weekday}s`,
    from: (time) => `from ${time}`,
    until: (time) => `until ${time}`,
    hourOnly: false,
  },
};

const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
/** 1 January 2024 was a Monday: the reference week for weekday names. */
const REFERENCE_MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

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

/** "montags und freitags" / "Mondays and Fridays", in week order. */
export function formatDays(days: readonly Weekday[], lang: Lang): string {
  const sorted = [...days].sort((a, b) => WEEK.indexOf(a) - WEEK.indexOf(b));
  const names = dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  return listFormat(lang, { type: 'conjunction' }).format(
    sorted.map((day) => WORDS[lang].everyDay(names.format(REFERENCE_MONDAY + WEEK.indexOf(day) * DAY_MS))),
  );
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
