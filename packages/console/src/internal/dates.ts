import type { Lang } from './localize.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "4. Dez. 2026, 09:30" in the staff's language and the platform's time zone (Berlin). */
export function formatDateTime(iso: string, lang: Lang): string {
  const key = `${lang}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`, no time zone of its own) as "24. Dez. 2026" / "24 Dec 2026". */
export function formatDay(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const relative = new Map<Lang, Intl.RelativeTimeFormat>();

/** "vor 3 Tagen" / "3 days ago": how long an item has been waiting. */
export function formatAge(iso: string, lang: Lang, now: number = Date.now()): string {
  let format = relative.get(lang);
  if (format === undefined) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    relative.set(lang, format);
  }
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
