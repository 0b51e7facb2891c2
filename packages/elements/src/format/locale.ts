/**
 * The languages the elements speak. German is the default (see `pickLang`); `easy` is Leichte
 * Sprache, German in easy words (`lang="de"` with `reading="easy"`).
 */
export type Lang = 'de' | 'en' | 'uk' | 'ar' | 'tr' | 'ru' | 'easy';

/** Every language, German first. */
export const LANGS: readonly Lang[] = ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'easy'];

/**
 * The Intl locale behind each language. English uses the British conventions ("14 March",
 * 24-hour clock) because the listings are German: "2:00 PM" on a Saxon listing would surprise.
 * Arabic keeps Western digits (`-u-nu-latn`): house numbers, times and postcodes on a Saxon
 * listing are written so, and Syrian and Iraqi readers know both.
 */
const INTL_LOCALES: Partial<Record<Lang, string>> = { de: 'de-DE', en: 'en-GB', ar: 'ar-u-nu-latn', easy: 'de-DE' };

/** The Intl locale of a language: "uk", "tr" and "ru" are locales as they are. */
export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang] ?? lang;
}

/** The value of a `lang` attribute for text in `lang` (Leichte Sprache is German). */
export function htmlLang(lang: Lang): string {
  return lang === 'easy' ? 'de' : lang;
}

/** Right to left for Arabic. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The zone the listings' times are meant in. A volunteer abroad still needs the time on site,
 * so dates are shown in German time whatever the browser's zone.
 */
export const LISTING_TIME_ZONE = 'Europe/Berlin';
