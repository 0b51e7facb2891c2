/** The service area's time zone: expiry days are Saxon calendar days (see `service_today()`). */
export const serviceTimeZone = 'Europe/Berlin';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: serviceTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2026-03-14`: the calendar day in Saxony at that instant. */
export function serviceDate(instant: Date): string {
  return dayFormat.format(instant);
}
