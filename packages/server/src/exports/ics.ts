/**
 * The dates of one-time listings as an iCalendar feed (RFC 5545): CRLF line ends, lines folded
 * at 75 octets without cutting a character, TEXT escaped. Times in UTC, so no VTIMEZONE is
 * needed. A UID per listing and date stays the same across requests, so a subscribed calendar
 * updates its events instead of adding them again. (The detail element builds its download the
 * same way, in packages/elements/src/format/ics.ts; the server does not depend on the elements.)
 */
import type { Opportunity } from '@mitmachen/contract';
import { labels } from '../taxonomy.js';
import { plainText } from './page.js';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

export interface IcsOptions {
  origin: string;
  title: string;
  now: Date;
}

export function buildIcs(opportunities: Opportunity[], options: IcsOptions): string {
  const stamp = utc(options.now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//mitmachen//server//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(options.title)}`,
    'X-WR-TIMEZONE:Europe/Berlin',
  ];
  for (const opportunity of opportunities) {
    if (opportunity.schedule.type !== 'one-time') continue;
    const url = `${options.origin}/v1/opportunities/${opportunity.id}`;
    const { address, place, region } = opportunity.location;
    const location = address ? [address.street, `${address.postalCode} ${address.city}`].filter(Boolean).join(', ') : (place ?? labels.regions[region].de);
    opportunity.schedule.dates.forEach((date, index) => {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${opportunity.id}-${index + 1}@mitmachen`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${utc(date.start)}`,
        ...(date.end === undefined ? [] : [`DTEND:${utc(date.end)}`]),
        `SUMMARY:${text(opportunity.title)}`,
        `DESCRIPTION:${text(`${opportunity.summary}\n\n${plainText(opportunity.description)}\n\n${opportunity.organisation.name}`)}`,
        `LOCATION:${text(location)}`,
        ...(opportunity.location.coordinates ? [`GEO:${opportunity.location.coordinates.lat};${opportunity.location.coordinates.lon}`] : []),
        `CATEGORIES:${opportunity.categories.map((category) => text(labels.categories[category].de)).join(',')}`,
        `URL:${url}`,
        `LAST-MODIFIED:${utc(opportunity.updatedAt)}`,
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}

/** Any ISO instant → `20260314T090000Z`. */
function utc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TEXT escaping (§3.3.11): backslash, semicolon, comma, line breaks. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** Lines longer than 75 octets of UTF-8 continue on the next line after one space (§3.1). */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}
