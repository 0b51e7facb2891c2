import type { ScheduleType } from '@mitmachen/contract';
import { defineMessages } from '../internal/localize.js';
import { germanWriting } from './german.js';
import type { Writing } from './writing.js';

/** Words a schedule line is built from; plurals are functions of the count. */
export interface ScheduleWords {
  type: Record<ScheduleType, string>;
  hoursPerWeek: (hours: string, count: number) => string;
  onceOn: (date: string) => string;
  on: (dates: string) => string;
  moreDates: (count: number) => string;
  /** "montags" / "Mondays": a weekday's name from Intl as "every such day"; `index` 0 is Monday. */
  everyDay: (weekday: string, index: number) => string;
  /** How the language writes dates, weekdays and lists (German by hand, the others with Intl). */
  write: Writing;
}

const german: ScheduleWords = {
  type: { regular: 'regelmäßig', 'one-time': 'einmalig', flexible: 'flexibel' },
  hoursPerWeek: (hours) => `${hours} Std./Woche`,
  onceOn: (date) => `einmalig am ${date}`,
  on: (dates) => `am ${dates}`,
  moreDates: (count) => (count === 1 ? 'an einem weiteren Termin' : `an ${count} weiteren Terminen`),
  everyDay: (weekday) => `${weekday.toLowerCase()}s`,
  write: germanWriting,
};

/** The card's schedule line; every language but German in a module of its own. */
export const scheduleMessages = defineMessages({
  de: german,
  shared: 'schedule',
});
