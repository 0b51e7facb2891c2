/**
 * The alerts' mails, in German and English (like the other mails to people without an account:
 * whoever reads it understands one of the two). Plain text, no images, nothing that tracks.
 */
import type { AlertSearch, OpportunityListItem } from '@mitmachen/contract';
import type { Message } from '../mail/messages.js';
import { labels } from '../taxonomy.js';

const footer = `-- 
mitmachen – Engagementangebote in Ihrer Nähe / volunteering near you`;

export function confirmLink(origin: string, secret: string): string {
  return `${origin}/alerts/confirm/${secret}`;
}

export function unsubscribeLink(origin: string, secret: string): string {
  return `${origin}/alerts/unsubscribe/${secret}`;
}

/** "„Hund“, Tierschutz, in Pirna (10 km)": what the search follows, in the words of the search form. */
export function describeSearch(search: AlertSearch): string {
  const parts = [
    search.q ? `„${search.q}“` : '',
    (search.category ?? []).map((category) => labels.categories[category].de).join(', '),
    search.near ? `in ${search.near}${search.radiusKm ? ` (${search.radiusKm} km)` : ''}` : (search.region ?? []).map((region) => labels.regions[region].de).join(', '),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'alle Angebote / all listings';
}

const every = { daily: { de: 'täglich', en: 'daily' }, weekly: { de: 'wöchentlich', en: 'weekly' } } as const;

export function confirmMessage(to: string, search: AlertSearch, frequency: 'daily' | 'weekly', origin: string, secret: string, validDays: number): Message {
  return {
    topic: 'alert',
    to,
    subject: 'Bitte bestätigen: Benachrichtigung über neue Angebote / Please confirm your alert',
    body: [
      'Guten Tag,',
      '',
      `Sie möchten ${every[frequency].de} per E-Mail erfahren, welche Engagementangebote neu sind zu: ${describeSearch(search)}.`,
      'Bitte bestätigen Sie das über diesen Link:',
      '',
      confirmLink(origin, secret),
      '',
      `Ohne Bestätigung schicken wir nichts, und Ihre Adresse wird nach ${validDays} Tagen gelöscht.`,
      'Wenn Sie das nicht waren, müssen Sie nichts tun.',
      '',
      `You asked for a ${every[frequency].en} e-mail about new volunteering listings. Please confirm with the link above.`,
      `Without confirmation nothing is sent and your address is deleted after ${validDays} days. If it was not you, do nothing.`,
      '',
      footer,
    ].join('\n'),
  };
}

function listingLines(item: OpportunityListItem): string[] {
  const where = item.location.type === 'remote' ? 'online' : (item.location.place ?? '');
  return [`* ${item.title}`, `  ${item.organisation.name}${where ? ` – ${where}` : ''}`, `  ${item.summary}`, ''];
}

/**
 * The digest: the new listings, then how to stop. RFC 8058's headers let a mail program offer
 * "unsubscribe" itself; the link in the text does the same for everyone else.
 */
export function digestMessage(
  to: string,
  search: AlertSearch,
  items: OpportunityListItem[],
  more: number,
  origin: string,
  unsubscribeSecret: string,
): Message {
  const unsubscribe = unsubscribeLink(origin, unsubscribeSecret);
  const count = items.length + more;
  return {
    topic: 'alert',
    to,
    subject: `${count === 1 ? '1 neues Angebot' : `${count} neue Angebote`} / ${count === 1 ? '1 new listing' : `${count} new listings`}: ${describeSearch(search)}`,
    body: [
      `Neu seit der letzten Nachricht / new since the last message: ${describeSearch(search)}`,
      '',
      ...items.flatMap(listingLines),
      ...(more > 0 ? [`… und ${more} weitere / and ${more} more.`, ''] : []),
      'Abbestellen / unsubscribe (ein Klick, dann „Abbestellen“ / one click, then “Unsubscribe”):',
      unsubscribe,
      '',
      footer,
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
