import { text, type Values } from './field-spec.js';
import type { Option } from './render-fields.js';

/** The languages a listing can be translated into (the contract's TranslationLanguage). */
export const TRANSLATION_LANGUAGES = ['en', 'uk', 'ar', 'tr', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The translation language chosen in a posting form's values; undefined for none. */
export function translationLanguage(values: Values): TranslationLanguage | undefined {
  const lang = text(values, 'translationLang');
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(lang) ? (lang as TranslationLanguage) : undefined;
}

/** Each language named in itself ("Українська"): the person who can write it reads that name best. */
export function languageOptions(): Option[] {
  return TRANSLATION_LANGUAGES.map((code) => {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return { value: code, label: name.charAt(0).toLocaleUpperCase(code) + name.slice(1), lang: code };
  });
}
