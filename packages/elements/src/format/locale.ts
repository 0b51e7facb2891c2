/** The languages the elements speak. German is the default (see `pickLang`). */
export type Lang = 'de' | 'en';

/**
 * The Intl locale behind each language. English uses the British conventions ("14 March",
 * 24-hour clock) because the listings are German: "2:00 PM" on a Saxon listing would surprise.
 */
const INTL_LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang];
}

/**
 * The zone the listings' times are meant in. A volunteer abroad still needs the time on site,
 * so dates are shown in German time whatever the browser's zone.
 */
export const LISTING_TIME_ZONE = 'Europe/Berlin';
