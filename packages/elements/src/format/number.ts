import { intlLocale, LANGS, type Lang } from './locale.js';

// Intl's separators for each language, in LANGS' order (de en uk ar tr ru easy; Arabic with Western
// digits): test/elements/format/number.browser.test.ts compares with Intl, so they cannot drift.
const DECIMAL = ',.,.,,,';
const GROUP = '.,\u00a0,.\u00a0.';

/**
 * "1.234,5" / "1,234.5": what `Intl.NumberFormat` with `maximumFractionDigits: digits` writes (its
 * default is 3), without making one. The first Intl number formatter of a page loads the locale's
 * number data, 50 ms of a slow phone's main thread, and the first results only need counts, hours
 * and distances. Rounds as Intl does, half away from zero on the shortest decimal ("2.05" → "2.1").
 * Negative numbers (Arabic marks their direction), -0 and very large or small ones go to Intl.
 */
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  const scaled = Math.round(Number(`${value}e${digits}`));
  // Below 10^15 the quotient's shortest form is the rounded decimal, trailing zeros dropped.
  if (!(1 / value > 0 && scaled < 1e15)) return value.toLocaleString(intlLocale(lang), { maximumFractionDigits: digits });
  const at = LANGS.indexOf(lang);
  const [whole, fraction] = String(scaled / 10 ** digits).split('.');
  return whole!.replace(/\B(?=(\d{3})+$)/g, GROUP[at]!) + (fraction ? DECIMAL[at]! + fraction : '');
}
