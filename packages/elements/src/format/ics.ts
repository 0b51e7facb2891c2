/*
 * An iCalendar file (RFC 5545) for the dates of a one-time listing, one VEVENT per date, so a
 * volunteer can put them into any calendar app. Times are written in UTC, which every app
 * converts to the reader's zone, so no VTIMEZONE is needed.
 */

export interface CalendarEvent {
  /** Stable across downloads, so importing the file twice updates instead of duplicating. */
  uid: string;
  start: string;
  end?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

export function buildIcs(events: readonly CalendarEvent[], { now = new Date() }: { now?: Date } = {}): string {
  const stamp = utcDateTime(now.toISOString());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//mitmachen//elements//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push('BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${stamp}`, `DTSTART:${utcDateTime(event.start)}`);
    // Without DTEND an event with a start time lasts no time at all (§3.6.1), which is honest
    // when the listing names no end.
    if (event.end !== undefined) lines.push(`DTEND:${utcDateTime(event.end)}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // A URI value is not TEXT: it is not escaped, but it may not break the line either.
    if (event.url !== undefined && !/[\r\n]/.test(event.url)) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "2026-03-14T09:00:00.000Z" (or any ISO instant with offset) → "20260314T090000Z". */
export function utcDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TEXT escaping (§3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/**
 * Splits a content line into lines of at most 75 octets of UTF-8, each continuation starting
 * with one space (§3.1). A character is never cut in two, as a byte-wise split would do.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
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

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** A file name from a title: "Vorlesen-im-Kinderhaus.ics" (letters of any language kept). */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base === '' ? 'termin' : base}.ics`;
}
