/**
 * The days the tests count (test/support/service-days.ts) are Berlin calendar days at any hour:
 * in the hour after midnight in Berlin, when the UTC date is a day behind, and near midnight
 * across a change of summer time, where "now + N × 24 hours" lands on the day before or after.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, berlinDay, dayMs, daysBetween, daysLater, serviceDay } from '../support/service-days.js';

const at = (iso: string) => Date.parse(iso);

describe('the test days', () => {
  it('are Berlin days when the UTC date is a day behind (after midnight in Berlin, winter and summer)', () => {
    assert.equal(serviceDay(0, at('2026-12-06T23:30:00Z')), '2026-12-07');
    assert.equal(serviceDay(10, at('2026-12-06T23:30:00Z')), '2026-12-17');
    assert.equal(serviceDay(0, at('2027-07-01T22:30:00Z')), '2027-07-02');
    assert.equal(serviceDay(0, at('2027-07-01T21:59:59Z')), '2027-07-01');
  });

  it('count calendar days across the change to summer time at 23:30 in Berlin', () => {
    const from = at('2027-03-25T22:30:00Z'); // Thursday 23:30 CET; summer time from Sunday
    assert.equal(berlinDay(from + 30 * dayMs), '2027-04-25', '30 × 24 hours is 31 days on');
    assert.equal(serviceDay(30, from), '2027-04-24');
    assert.equal(new Date(daysLater(from, 30)).toISOString(), '2027-04-24T21:30:00.000Z', '23:30 CEST, the same time of day');
  });

  it('count calendar days across the change back to winter time at 00:30 in Berlin', () => {
    const from = at('2027-10-28T22:30:00Z'); // Friday 00:30 CEST; winter time from Sunday
    assert.equal(berlinDay(from + 31 * dayMs), '2027-11-28', '31 × 24 hours is 30 days on');
    assert.equal(serviceDay(31, from), '2027-11-29');
    assert.equal(new Date(daysLater(from, 3)).toISOString(), '2027-10-31T23:30:00.000Z', '00:30 CET, the same time of day');
  });

  it('move a clock 24 hours a day where that reaches the day', () => {
    assert.equal(daysLater(at('2026-12-06T12:00:00Z'), 10), at('2026-12-16T12:00:00Z'));
    // Across the change at noon: 24-hour days still reach the day; the server's hour-counted rules stay exact.
    assert.equal(daysLater(at('2027-03-25T12:00:00Z'), 90), at('2027-03-25T12:00:00Z') + 90 * dayMs);
  });

  it('cross month, year and leap days', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
    assert.equal(daysBetween('2026-12-25', '2027-01-04'), 10);
    assert.equal(serviceDay(1, at('2026-12-31T23:30:00Z')), '2027-01-02');
  });
});
