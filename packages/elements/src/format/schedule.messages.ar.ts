// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import { plural } from './plural.js';
import type { ScheduleWords } from './schedule.messages.js';
import { intlWriting } from './writing.js';

const DAYS = ['أيام الاثنين', 'أيام الثلاثاء', 'أيام الأربعاء', 'أيام الخميس', 'أيام الجمعة', 'أيام السبت', 'أيام الأحد'];

const words: ScheduleWords = {
  type: { regular: 'منتظم', 'one-time': 'لمرة واحدة', flexible: 'مرن' },
  hoursPerWeek: (hours, count) =>
    plural('ar', count, {
      one: 'ساعة واحدة أسبوعيًا',
      two: 'ساعتان أسبوعيًا',
      few: `${hours} ساعات أسبوعيًا`,
      many: `${hours} ساعة أسبوعيًا`,
      other: `${hours} ساعة أسبوعيًا`,
    }),
  onceOn: (date) => `مرة واحدة في ${date}`,
  on: (dates) => `في ${dates}`,
  moreDates: (count) =>
    plural('ar', count, {
      one: 'موعد آخر',
      two: 'موعدان آخران',
      few: `${count} مواعيد أخرى`,
      many: `${count} موعدًا آخر`,
      other: `${count} موعد آخر`,
    }),
  everyDay: (weekday, index) => DAYS[index] ?? weekday,
  write: intlWriting('ar'),
};

export { words as ar };
