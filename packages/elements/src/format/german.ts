import type { Writing } from './writing.js';

// A German page's first results are written without Intl: the page's first Intl formatter of any
// kind loads ICU's locale data, one task of 57–150 ms on a phone at 4× CPU slowdown that nothing
// can split, the longest of the whole load. test/elements/format/german.browser.test.ts compares
// every date form, weekday and list length with Intl's de-DE, so this cannot drift from it.

const MONTHS = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
const WEEKDAYS = 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag'.split(' ');

/** German (and Leichte Sprache) dates and lists as Intl's de-DE writes them. */
export const germanWriting: Writing = {
  date: (day, month, year) => `${day}. ${MONTHS[month]}${year === undefined ? '' : ` ${year}`}`,
  day: (day) => `${day}.`,
  weekday: (index) => WEEKDAYS[index]!,
  list(words) {
    const last = words.length - 1;
    return last < 1 ? words.join('') : `${words.slice(0, last).join(', ')} und ${words[last]}`;
  },
};
