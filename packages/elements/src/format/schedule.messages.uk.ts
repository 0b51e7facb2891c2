// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from './plural.js';
import type { ScheduleWords } from './schedule.messages.js';
import { intlWriting } from './writing.js';

const DAYS = ['щопонеділка', 'щовівторка', 'щосереди', 'щочетверга', 'щоп’ятниці', 'щосуботи', 'щонеділі'];

const words: ScheduleWords = {
  type: {
    regular: 'регулярно',
    'one-time': 'одноразово',
    flexible: 'гнучкий графік',
  },
  hoursPerWeek: (hours) => `${hours} год. на тиждень`,
  onceOn: (date) => `один раз: ${date}`,
  on: (dates) => `дати: ${dates}`,
  moreDates: (count) =>
    plural('uk', count, {
      one: `ще ${count} дата`,
      few: `ще ${count} дати`,
      many: `ще ${count} дат`,
      other: `ще ${count} дати`,
    }),
  everyDay: (weekday, index) => DAYS[index] ?? weekday,
  write: intlWriting('uk'),
};

export { words as uk };
