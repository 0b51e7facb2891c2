import { LISTING_TIME_ZONE } from '../format/locale.js';

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: LISTING_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Minutes German time is ahead of UTC at the instant `utc` (60 in winter, 120 in summer). */
function offsetMinutes(utc: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(new Date(utc)).map((part) => [part.type, part.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - utc) / 60_000);
}

/**
 * A wall-clock date and time on site (`2026-05-01`, `15:00`) as an ISO instant with Germany's
 * offset then (`2026-05-01T15:00:00+02:00`): an organisation types the time of its event, not
 * the time where the browser happens to be.
 */
export function berlinInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC is right except within hours of a switch; the
  // second look settles those.
  let offset = offsetMinutes(wall - offsetMinutes(wall) * 60_000);
  offset = offsetMinutes(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
