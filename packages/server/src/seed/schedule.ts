import type { Schedule, ScheduleType } from '@mitmachen/contract';
import { DAY_MS, germanDateTime, weekday } from './calendar.js';
import { weightedKeys, type Random } from './prng.js';
import type { ScheduleSpec } from './theme.js';

const DEFAULT_EVENT_TIMES = [['10:00', '14:00']] as const;
const FLEXIBLE_NOTES = [
  'Ganz nach Ihrer Zeit – sprechen Sie uns einfach an.',
  'Am liebsten nachmittags oder am Wochenende.',
  'Einsätze stimmen wir jeweils kurzfristig per Telefon oder Messenger ab.',
  'Auch einzelne Termine helfen uns weiter.',
];
/** How far ahead one-time dates lie: between one week and five months. */
const FIRST_EVENT_DAYS = { min: 7, max: 150 } as const;

const typePickers = new WeakMap<ScheduleSpec, (random: Random) => ScheduleType>();

/** A schedule of the kind the spec describes; one-time dates lie ahead of `today`. */
export function drawSchedule(spec: ScheduleSpec, random: Random, today: number): Schedule {
  let pickType = typePickers.get(spec);
  if (!pickType) {
    pickType = weightedKeys(spec.types);
    typePickers.set(spec, pickType);
  }
  const type = pickType(random);
  const note = spec.notes && random.chance(0.3) ? random.pick(spec.notes) : undefined;

  if (type === 'one-time') {
    const count = random.chance(0.7) ? 1 : random.chance(0.65) ? 2 : 3;
    const [from, to] = random.pick(spec.eventTimes ?? DEFAULT_EVENT_TIMES);
    let day = today + random.int(FIRST_EVENT_DAYS.min, FIRST_EVENT_DAYS.max) * DAY_MS;
    if (spec.weekends) day += ((6 - weekday(day) + 7) % 7) * DAY_MS;
    const withEnd = random.chance(0.9);
    const dates = [];
    for (let i = 0; i < count; i++) {
      const lastDay = day + ((spec.durationDays ?? 1) - 1) * DAY_MS;
      dates.push(withEnd ? { start: germanDateTime(day, from), end: germanDateTime(lastDay, to) } : { start: germanDateTime(day, from) });
      day = (spec.durationDays ? lastDay : day) + (spec.weekends ? 7 : random.int(1, 14)) * DAY_MS;
    }
    return note ? { type, dates, note } : { type, dates };
  }

  if (type === 'regular') {
    const schedule: Schedule = { type, hoursPerWeek: random.pick(spec.hours ?? [2]) };
    if (spec.slots && random.chance(0.85)) {
      const pattern = random.pick(spec.slots);
      schedule.slots = pattern.days.map((day) => ({ day, from: pattern.from, to: pattern.to }));
    }
    if (note) schedule.note = note;
    return schedule;
  }

  const schedule: Schedule = { type };
  if (spec.hours && random.chance(0.6)) schedule.hoursPerWeek = random.pick(spec.hours);
  const flexibleNote = note ?? (random.chance(0.4) ? random.pick(FLEXIBLE_NOTES) : undefined);
  if (flexibleNote) schedule.note = flexibleNote;
  return schedule;
}

/** The day the last one-time date ends, which is when such a posting expires. */
export function lastEventDay(schedule: Schedule): string | undefined {
  if (schedule.type !== 'one-time') return undefined;
  const last = schedule.dates[schedule.dates.length - 1];
  return (last?.end ?? last?.start)?.slice(0, 10);
}
