import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatAvailability } from '../../../packages/elements/src/format/schedule.js';
import { formatSchedule } from '../../../packages/elements/src/format/weekly-schedule.js';
import { scheduleMessages } from '../../../packages/elements/src/format/schedule.messages.js';

// Words other than German are a module of their own, loaded as a card does before it speaks them.
for (const lang of ['en', 'uk', 'ar', 'ru', 'tr', 'easy'] as const) await scheduleMessages.load(lang);

const now = new Date('2026-01-10T12:00:00Z');
const oneTime = (...starts: string[]) => ({ type: 'one-time' as const, dates: starts.map((start) => ({ start })) });

describe('schedule in words', () => {
  it('names a regular schedule with hours and a slot', () => {
    const schedule = { type: 'regular' as const, hoursPerWeek: 2, slots: [{ day: 'we' as const, from: '15:00', to: '16:00' }] };
    assert.equal(formatSchedule(schedule, 'de'), 'regelmäßig · 2 Std./Woche · mittwochs 15–16 Uhr');
    assert.equal(formatSchedule(schedule, 'en'), 'regular · 2 hrs/week · Wednesdays 15:00–16:00');
  });

  it('groups days that share their hours and keeps minutes when there are some', () => {
    const schedule = {
      type: 'regular' as const,
      hoursPerWeek: 1.5,
      slots: [
        { day: 'we' as const, from: '15:00', to: '16:00' },
        { day: 'sa' as const, from: '09:30', to: '12:00' },
        { day: 'mo' as const, from: '15:00', to: '16:00' },
        { day: 'fr' as const, from: '18:00' },
        { day: 'th' as const, to: '12:00' },
        { day: 'su' as const },
      ],
    };
    assert.equal(
      formatSchedule(schedule, 'de'),
      'regelmäßig · 1,5 Std./Woche · montags und mittwochs 15–16 Uhr, donnerstags bis 12 Uhr, freitags ab 18 Uhr, samstags 09:30–12:00 Uhr, sonntags',
    );
    assert.equal(
      formatSchedule(schedule, 'en'),
      'regular · 1.5 hrs/week · Mondays and Wednesdays 15:00–16:00, Thursdays until 12:00, Fridays from 18:00, Saturdays 09:30–12:00, Sundays',
    );
  });

  it('says "hr" for one hour in English', () => {
    assert.equal(formatSchedule({ type: 'regular', hoursPerWeek: 1 }, 'en'), 'regular · 1 hr/week');
    assert.equal(formatSchedule({ type: 'regular', hoursPerWeek: 1 }, 'de'), 'regelmäßig · 1 Std./Woche');
  });

  it('names a single date as one-time', () => {
    assert.equal(formatSchedule(oneTime('2026-03-14T09:00:00Z'), 'de', { now }), 'einmalig am 14. März');
    assert.equal(formatSchedule(oneTime('2026-03-14T09:00:00Z'), 'en', { now }), 'one-time on 14 March');
  });

  it('lets days of one month share the month name', () => {
    const schedule = oneTime('2026-03-14T09:00:00Z', '2026-03-21T09:00:00Z');
    assert.equal(formatSchedule(schedule, 'de', { now }), 'am 14. und 21. März');
    assert.equal(formatSchedule(schedule, 'en', { now }), 'on 14 and 21 March');
  });

  it('names the month of each run of dates and the year when it is not this one', () => {
    const schedule = oneTime('2026-02-28T09:00:00Z', '2026-03-07T09:00:00Z', '2026-03-14T09:00:00Z', '2027-01-16T09:00:00Z');
    assert.equal(formatSchedule(schedule, 'de', { now }), 'am 28. Februar, 7., 14. März und 16. Januar 2027');
    assert.equal(formatSchedule(schedule, 'en', { now }), 'on 28 February, 7, 14 March and 16 January 2027');
  });

  it('counts the dates beyond the limit', () => {
    const schedule = oneTime('2026-03-07T09:00:00Z', '2026-03-14T09:00:00Z', '2026-03-21T09:00:00Z', '2026-03-28T09:00:00Z');
    assert.equal(formatSchedule(schedule, 'de', { now, maxDates: 2 }), 'am 7., 14. März und an 2 weiteren Terminen');
    assert.equal(formatSchedule(schedule, 'de', { now, maxDates: 3 }), 'am 7., 14., 21. März und an einem weiteren Termin');
    assert.equal(formatSchedule(schedule, 'en', { now, maxDates: 3 }), 'on 7, 14, 21 March and 1 more date');
  });

  it('gives the day in German time, whatever zone the data was written in', () => {
    // 23:30 UTC on 14 March is 00:30 on 15 March in Berlin.
    assert.equal(formatSchedule(oneTime('2026-03-14T23:30:00Z'), 'de', { now }), 'einmalig am 15. März');
  });

  it('calls a flexible schedule flexible, with hours when given', () => {
    assert.equal(formatSchedule({ type: 'flexible' }, 'de'), 'flexibel');
    assert.equal(formatSchedule({ type: 'flexible' }, 'en'), 'flexible');
    assert.equal(formatSchedule({ type: 'flexible', hoursPerWeek: 3 }, 'de'), 'flexibel · 3 Std./Woche');
  });

  it('describes an offer’s availability with its days in week order', () => {
    const availability = { type: 'regular' as const, hoursPerWeek: 4, days: ['fr' as const, 'mo' as const] };
    assert.equal(formatAvailability(availability, 'de'), 'regelmäßig · 4 Std./Woche · montags und freitags');
    assert.equal(formatAvailability(availability, 'en'), 'regular · 4 hrs/week · Mondays and Fridays');
    assert.equal(formatAvailability({ type: 'one-time' }, 'de'), 'einmalig');
  });
});
