import type { TextLanguage } from '@mitmachen/contract';
import { langAttributeOf, pickLang } from './localize.js';

/**
 * The language to ask the API for a listing's texts in: the nearest `lang` when listings can be
 * written in it, else German. A Ukrainian page gets Ukrainian listings, and its `reading="easy"`
 * does not matter here (Leichte Sprache is the interface's, not a listing's). The listings'
 * languages (the contract's TextLanguage) are the interface's but Leichte Sprache, so `pickLang`
 * decides both (test/elements/internal/text-language.test.ts holds them equal).
 */
export function textLanguageOf(element: Element): TextLanguage {
  return pickLang(langAttributeOf(element)) as TextLanguage;
}
