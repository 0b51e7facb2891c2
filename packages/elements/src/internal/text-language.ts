import type { TextLanguage } from '@mitmachen/contract';
import { langAttributeOf } from './localize.js';

/** The languages a listing's texts can be in (see the contract's TextLanguage). */
const TEXT_LANGUAGES: readonly string[] = ['de', 'en', 'uk', 'ar', 'tr', 'ru'];

/**
 * The language to ask the API for a listing's texts in: the nearest `lang` when listings can be
 * written in it, else German. Wider than the interface's languages: a Ukrainian page gets
 * Ukrainian listings even while the elements' own words are German.
 */
export function textLanguageOf(element: Element): TextLanguage {
  const primary = langAttributeOf(element)?.trim().toLowerCase().split('-')[0] ?? 'de';
  return (TEXT_LANGUAGES.includes(primary) ? primary : 'de') as TextLanguage;
}
