import { numberFormat, type Lang } from './locale.js';

/** Below this distance one decimal is worth showing ("3,4 km"); above it, whole km ("27 km"). */
const DECIMAL_BELOW_KM = 10;

/** "3,4 km" / "3.4 km"; "27 km". */
export function formatDistance(km: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < DECIMAL_BELOW_KM ? 1 : 0,
  }).format(km);
}
