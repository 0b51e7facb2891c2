// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from './plural.js';
import type { ScheduleWords } from './schedule.messages.js';
import { intlWriting } from './writing.js';

const DAYS = ['по понедельникам', 'по вторникам', 'по средам', 'по четвергам', 'по пятницам', 'по субботам', 'по воскресеньям'];

const words: ScheduleWords = {
  type: {
    regular: 'регулярно',
    'one-time': 'однократно',
    flexible: 'гибкий график',
  },
  hoursPerWeek: (hours) => `${hours} ч в неделю`,
  onceOn: (date) => `однократно: ${date}`,
  on: (dates) => `даты: ${dates}`,
  moreDates: (count) =>
    plural('ru', count, {
      one: `ещё ${count} дата`,
      few: `ещё ${count} даты`,
      many: `ещё ${count} дат`,
      other: `ещё ${count} даты`,
    }),
  everyDay: (weekday, index) => DAYS[index] ?? weekday,
  write: intlWriting('ru'),
};

export { words as ru };
