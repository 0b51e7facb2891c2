// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { germanWriting } from './german.js';
import type { ScheduleWords } from './schedule.messages.js';

const words: ScheduleWords = {
  type: {
    regular: 'regelmäßig',
    'one-time': 'nur einmal',
    flexible: 'wann Sie wollen',
  },
  hoursPerWeek: (hours, count) => (count === 1 ? '1 Stunde in der Woche' : `${hours} Stunden in der Woche`),
  onceOn: (date) => `nur am ${date}`,
  on: (dates) => `am ${dates}`,
  moreDates: (count) => (count === 1 ? 'an 1 anderen Tag' : `an ${count} anderen Tagen`),
  everyDay: (weekday) => `jeden ${weekday}`,
  write: germanWriting,
};

export { words as easy };
