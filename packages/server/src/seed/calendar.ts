/** Date arithmetic for the demo data, on whole UTC days so that output depends only on the day. */

export const DAY_MS = 86_400_000;

/** Midnight UTC of the day `date` falls on. */
export function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** `2026-03-14` */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `2026-03-14T09:30:00.000Z` */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Day of the week, 0 = Sunday. */
export function weekday(dayMs: number): number {
  return new Date(dayMs).getUTCDay();
}

function lastSundayOf(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - weekday(lastDay) * DAY_MS;
}

/**
 * A local time in Germany as ISO 8601 with its offset (`2026-07-04T10:00:00+02:00`). Summer time
 * runs from the last Sunday of March to the last Sunday of October (EU rule); the hours the
 * demo uses (daytime) never fall into the switching hour.
 */
export function germanDateTime(dayMs: number, time: string): string {
  const year = new Date(dayMs).getUTCFullYear();
  const summer = dayMs >= lastSundayOf(year, 2) && dayMs < lastSundayOf(year, 9);
  return `${isoDate(dayMs)}T${time}:00${summer ? '+02:00' : '+01:00'}`;
}
