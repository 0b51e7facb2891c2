import { intlLocale, type Lang } from './locale.js';

// Intl's formatters, apart from locale.ts so that the first screen, which writes German without
// Intl (format/german.ts), does not carry them: the chunks that format with Intl share them.

const formatters = new Map<string, unknown>();

/**
 * One formatter per kind, language and options, made on first use. Making an Intl formatter costs
 * far more than using one (tens of milliseconds for the first on a slow phone), and a result list
 * formats the same kinds of dates for every card.
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

export const listFormat = (lang: Lang, options: Intl.ListFormatOptions) =>
  formatter('list', lang, options, (locale) => new Intl.ListFormat(locale, options));
