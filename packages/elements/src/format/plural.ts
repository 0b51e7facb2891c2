import { formatter } from './formatters.js';
import type { Lang } from './locale.js';

// Apart from locale.ts: only the catalogues of languages other than German and English count
// with Intl.PluralRules, so a German page never loads this.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  other: string;
};

/**
 * The form of a word for a count, by Intl's plural categories: Arabic needs six (zero, one, two,
 * few, many, other), Ukrainian and Russian three (one, few, many), Turkish one.
 */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const rules = formatter('plural', lang, {}, (locale) => new Intl.PluralRules(locale));
  return forms[rules.select(n)] ?? forms.other;
}
