import type { ScheduleWords } from './schedule.messages.js';
import { intlWriting } from './writing.js';

const english: ScheduleWords = {
  type: { regular: 'regular', 'one-time': 'one-time', flexible: 'flexible' },
  hoursPerWeek: (hours, count) => `${hours} ${count === 1 ? 'hr' : 'hrs'}/week`,
  onceOn: (date) => `one-time on ${date}`,
  on: (dates) => `on ${dates}`,
  moreDates: (count) => (count === 1 ? '1 more date' : `${count} more dates`),
  everyDay: (weekday) => `${weekday}s`,
  write: intlWriting('en'),
};

export { english as en };
