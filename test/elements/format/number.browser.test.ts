/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { formatDistance } from '../../../packages/elements/src/format/distance.js';
import { intlLocale, LANGS } from '../../../packages/elements/src/format/locale.js';
import { formatNumber } from '../../../packages/elements/src/format/number.js';

// Counts, pages, hours a week and distances as the cards and the search show them, the places where
// rounding goes up or down ("2.05" is 2.0499… in binary, Intl still writes 2.1), and numbers a
// separator table could get wrong: the thousands, millions, and a few of every size, fixed so a
// failure can be repeated.
const values = [
  0, 1, 2, 9, 10, 12, 99, 100, 999, 1000, 1001, 1234, 9999, 10000, 12345, 99999, 100000, 123456, 999999, 1000000, 1234567, 123456789, 2 ** 40,
  0.04, 0.05, 0.06, 0.5, 0.95, 1.05, 1.25, 1.45, 1.5, 2.05, 2.15, 2.25, 2.5, 3.45, 9.94, 9.95, 9.96, 9.99, 12.5, 99.95, 999.95, 999.96, 1234.56, 1000.05,
  0.0004, 0.0005, 0.1234, 1.0005, 2.3456, 1.2345, 1234.5678, 12345.6785,
];
let seed = 17;
const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
for (let i = 0; i < 200; i++) values.push(Math.round(next() * 10 ** (1 + (i % 7))) / 10 ** (i % 4), next() * 10 ** (i % 6));

const intl = (lang: (typeof LANGS)[number], options: Intl.NumberFormatOptions) => new Intl.NumberFormat(intlLocale(lang), options);

describe('numbers without an Intl formatter', function () {
  for (const lang of LANGS) {
    it(`writes ${lang}'s numbers as Intl.NumberFormat does, whole and with up to one or three decimals`, () => {
      for (const digits of [0, 1, 3]) {
        const reference = intl(lang, { maximumFractionDigits: digits });
        for (const value of values) expect(formatNumber(value, lang, digits), `${value}, ${digits} digits`).to.equal(reference.format(value));
      }
      const byDefault = intl(lang, {});
      for (const value of values) expect(formatNumber(value, lang), `${value}`).to.equal(byDefault.format(value));
    });

    it(`writes ${lang}'s distances as Intl's kilometre unit does`, () => {
      for (const km of values) {
        const reference = intl(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 });
        expect(formatDistance(km, lang), `${km} km`).to.equal(reference.format(km));
      }
    });
  }

  it('leaves negative, very large and very small numbers to Intl', () => {
    for (const lang of LANGS) {
      for (const value of [-1, -0, -0.04, -1234.5, 1e21, 1.5e300, 5e-7, Number.MAX_SAFE_INTEGER]) {
        expect(formatNumber(value, lang, 1), `${value}`).to.equal(intl(lang, { maximumFractionDigits: 1 }).format(value));
      }
    }
  });
});
