import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildIcs, escapeText, foldLine, icsFileName, utcDateTime } from '../../../packages/elements/src/format/ics.js';

const now = new Date('2026-01-10T12:34:56.789Z');

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

describe('iCalendar file', () => {
  const ics = buildIcs(
    [
      {
        uid: 'abc-1@mitmachen',
        start: '2026-03-14T10:00:00+01:00',
        end: '2026-03-14T14:00:00+01:00',
        summary: 'Frühjahrsputz im Park; mit Kaffee, Kuchen',
        location: 'Markt 1, 01796 Pirna',
        description: 'Erste Zeile\nzweite Zeile mit \\ Backslash',
        url: 'https://example.org/angebot?id=1',
      },
      { uid: 'abc-2@mitmachen', start: '2026-03-21T09:00:00Z', summary: 'Zweiter Termin' },
    ],
    { now },
  );
  const lines = unfold(ics).split('\r\n');

  it('is a calendar with one event per date, lines ending in CRLF', () => {
    assert.ok(ics.endsWith('\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    assert.deepEqual(lines.slice(0, 2), ['BEGIN:VCALENDAR', 'VERSION:2.0']);
    assert.ok(lines.some((line) => line.startsWith('PRODID:')));
    assert.equal(lines.filter((line) => line === 'BEGIN:VEVENT').length, 2);
    assert.equal(lines.filter((line) => line === 'END:VEVENT').length, 2);
    assert.equal(lines.at(-2), 'END:VCALENDAR');
  });

  it('writes UID, DTSTAMP and times in UTC', () => {
    assert.ok(lines.includes('UID:abc-1@mitmachen'));
    assert.equal(lines.filter((line) => line === 'DTSTAMP:20260110T123456Z').length, 2);
    assert.ok(lines.includes('DTSTART:20260314T090000Z'));
    assert.ok(lines.includes('DTEND:20260314T130000Z'));
    assert.ok(lines.includes('DTSTART:20260321T090000Z'));
    assert.equal(lines.filter((line) => line.startsWith('DTEND')).length, 1, 'no end invented for the second date');
  });

  it('escapes text values', () => {
    assert.ok(lines.includes('SUMMARY:Frühjahrsputz im Park\\; mit Kaffee\\, Kuchen'));
    assert.ok(lines.includes('LOCATION:Markt 1\\, 01796 Pirna'));
    assert.ok(lines.includes('DESCRIPTION:Erste Zeile\\nzweite Zeile mit \\\\ Backslash'));
    assert.ok(lines.includes('URL:https://example.org/angebot?id=1'));
    assert.equal(escapeText('a\r\nb\rc'), 'a\\nb\\nc');
  });

  it('folds long lines at 75 octets without cutting a character', () => {
    const line = `DESCRIPTION:${'Größenwahn € 🎉 '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 3);
    for (const [index, part] of parts.entries()) {
      assert.ok(Buffer.byteLength(part, 'utf8') <= 75, `line ${index} has ${Buffer.byteLength(part)} octets`);
      if (index > 0) assert.ok(part.startsWith(' '));
      assert.doesNotMatch(part, /\uFFFD/);
    }
    assert.equal(unfold(folded), line);
    assert.equal(foldLine('kurz'), 'kurz');
    assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75));
    assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  });

  it('folds every long line of a file', () => {
    const long = buildIcs([{ uid: 'u', start: '2026-03-14T09:00:00Z', summary: 'Ä'.repeat(200) }], { now });
    for (const line of long.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    assert.ok(unfold(long).includes(`SUMMARY:${'Ä'.repeat(200)}`));
  });

  it('converts instants with offsets to UTC', () => {
    assert.equal(utcDateTime('2026-07-01T08:15:00+02:00'), '20260701T061500Z');
  });

  it('names the file after the title', () => {
    assert.equal(icsFileName('Frühjahrsputz im Park: Pirna!'), 'Frühjahrsputz-im-Park-Pirna.ics');
    assert.equal(icsFileName('***'), 'termin.ics');
  });
});
