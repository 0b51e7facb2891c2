import type { Lang } from './locale.js';
import { formatNumber } from './number.js';

/** Below this distance one decimal is worth showing ("3,4 km"); above it, whole km ("27 km"). */
const DECIMAL_BELOW_KM = 10;

/** Intl's short unit where it is not "km" (test/elements/format/number.browser.test.ts compares). */
const KILOMETRE: Partial<Record<Lang, string>> = { uk: 'км', ru: 'км', ar: 'كم' };

/** "3,4 km" / "3.4 km"; "27 km": Intl's `unit` style, without making an Intl formatter (number.ts says why). */
export function formatDistance(km: number, lang: Lang): string {
  return `${formatNumber(km, lang, km < DECIMAL_BELOW_KM ? 1 : 0)} ${KILOMETRE[lang] ?? 'km'}`;
}
