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

const formatters = new Map<string, unknown>();

/**
 * One formatter per kind, language and options, made on first use. Making an Intl formatter costs
 * far more than using one (tens of milliseconds for the first on a slow phone), and a result list
 * formats the same kinds of dates and numbers for every card.
 */
export function formatter<T>(kind: string, lang: Lang, options: object, make: (locale: string) => T): T {
  const key = `${kind} ${lang} ${JSON.stringify(options)}`;
  let found = formatters.get(key) as T | undefined;
  if (found === undefined) {
    found = make(intlLocale(lang));
    formatters.set(key, found);
  }
  return found;
}

export const dateTimeFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  formatter('date', lang, options, (locale) => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions = {}) =>
  formatter('number', lang, options, (locale) => new Intl.NumberFormat(locale, options));

export const listFormat = (lang: Lang, options: Intl.ListFormatOptions) =>
  formatter('list', lang, options, (locale) => new Intl.ListFormat(locale, options));
