import { intlLocale } from '../format/locale.js';
import { today } from '../forms/validate.js';
import type { Lang } from '../internal/localize.js';
import type { ManageAction } from './manage-api.js';
import type { ManageMessages } from './manage.messages.js';

/** How far ahead a "filled until" may be (the server's limit too). */
const maximumFillDays = 365;
/** How long a filled listing may still be shown as filled (the server's limit too). */
export const maximumShowFilledDays = 30;

/** The calendar day `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** What is wrong with the date the author gave, checked before sending (the server checks again). */
export function checkDate(action: ManageAction, date: string | undefined, msg: ManageMessages): string | undefined {
  if (action === 'extend' || action === 'renew') return date === undefined || date < today() ? msg.dateInvalid : undefined;
  if (action === 'fill' && date !== undefined && (date <= today() || date > addDays(today(), maximumFillDays))) return msg.fillUntilInvalid;
  return undefined;
}

/** "Shown as filled until": optional; after today, within 30 days, before "filled until". */
export function checkShowDate(date: string | undefined, show: string | undefined, msg: ManageMessages): string | undefined {
  if (show === undefined) return undefined;
  const bad = show <= today() || show > addDays(today(), maximumShowFilledDays) || (date !== undefined && show >= date);
  return bad ? msg.showFilledInvalid : undefined;
}

/** A day (`YYYY-MM-DD`) in the page's language; "no end" when there is none. */
export function formatDay(date: string | undefined, lang: Lang, msg: ManageMessages): string {
  if (date === undefined) return msg.noEnd;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
