/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { germanDay } from '../../../packages/elements/src/format/dates.js';
import { germanWriting } from '../../../packages/elements/src/format/german.js';
import { intlWriting } from '../../../packages/elements/src/format/writing.js';

// German dates and lists are written by hand on a German page's first screen (format/german.ts);
// here they are held to what Intl writes, so they cannot drift from it.

const berlin = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', year: 'numeric', month: 'numeric', day: 'numeric' });
const intlDay = (instant: number): [number, number, number] => {
  const parts = berlin.formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)!.value);
  return [value('day'), value('month') - 1, value('year')];
};

describe('German dates without Intl', function () {
  it('gives the day in German time at every hour and half hour of 2024 to 2037', () => {
    // Every clock change of these years, both ways, falls on a full hour in UTC; the half hours
    // catch an offset that is wrong by the half.
    for (let instant = Date.UTC(2024, 0, 1); instant < Date.UTC(2038, 0, 1); instant += 18e5) {
      const [day, month, year] = germanDay(new Date(instant));
      const [intlDate, intlMonth, intlYear] = intlDay(instant);
      if (day !== intlDate || month !== intlMonth || year !== intlYear) {
        expect([day, month, year], new Date(instant).toISOString()).to.deep.equal([intlDate, intlMonth, intlYear]);
      }
    }
  });

  it('gives the day in German time on both sides of midnight and of each clock change', () => {
    const cases: Array<[string, [number, number, number]]> = [
      ['2026-03-14T22:59:59Z', [14, 2, 2026]],
      ['2026-03-14T23:00:00Z', [15, 2, 2026]],
      ['2026-03-29T00:59:59Z', [29, 2, 2026]], // 01:59 CET, the last minute before summer time
      ['2026-06-30T21:59:59Z', [30, 5, 2026]],
      ['2026-06-30T22:00:00Z', [1, 6, 2026]],
      ['2026-10-25T00:59:59Z', [25, 9, 2026]], // 02:59 CEST, then 02:00 CET again
      ['2026-12-31T23:00:00Z', [1, 0, 2027]],
    ];
    for (const [iso, expected] of cases) {
      expect(germanDay(new Date(iso)), iso).to.deep.equal(expected);
      expect(intlDay(Date.parse(iso)), `${iso} (Intl)`).to.deep.equal(expected);
    }
  });

  it('writes every day of every month, with and without the year, as Intl de-DE does', () => {
    const intl = intlWriting('de');
    for (const year of [2027, 2028]) {
      for (let month = 0; month < 12; month++) {
        for (let day = 1; day <= new Date(Date.UTC(year, month + 1, 0)).getUTCDate(); day++) {
          expect(germanWriting.date(day, month), `${day}.${month + 1}.`).to.equal(intl.date(day, month));
          expect(germanWriting.date(day, month, year), `${day}.${month + 1}.${year}`).to.equal(intl.date(day, month, year));
        }
      }
    }
    expect(germanWriting.date(14, 2, 2027)).to.equal('14. März 2027');
    for (let day = 1; day <= 31; day++) expect(germanWriting.day(day)).to.equal(intl.day(day));
  });

  it('names the weekdays and joins lists of every length as Intl de-DE does', () => {
    const intl = intlWriting('de');
    for (let index = 0; index < 7; index++) expect(germanWriting.weekday(index)).to.equal(intl.weekday(index));
    const words = ['montags', 'mittwochs', 'freitags', 'samstags', 'sonntags'];
    for (let length = 0; length <= words.length; length++) {
      expect(germanWriting.list(words.slice(0, length))).to.equal(intl.list(words.slice(0, length)));
    }
    expect(germanWriting.list(['14.', '21. März'])).to.equal('14. und 21. März');
  });
});
