// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { ScheduleWords } from './schedule.messages.js';
import { intlWriting } from './writing.js';

const DAYS = ['pazartesileri', 'salıları', 'çarşambaları', 'perşembeleri', 'cumaları', 'cumartesileri', 'pazarları'];

const words: ScheduleWords = {
  type: { regular: 'düzenli', 'one-time': 'tek seferlik', flexible: 'esnek' },
  hoursPerWeek: (hours) => `haftada ${hours} saat`,
  onceOn: (date) => `tek seferlik: ${date}`,
  on: (dates) => `tarihler: ${dates}`,
  moreDates: (count) => `${count} tarih daha`,
  everyDay: (weekday, index) => DAYS[index] ?? weekday,
  write: intlWriting('tr'),
};

export { words as tr };
