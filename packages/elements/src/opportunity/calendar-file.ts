import type { Opportunity } from '@mitmachen/contract';
import { buildIcs, icsFileName } from '../format/ics.js';
import { formatAddress } from '../format/address.js';
import { formatPlace } from '../format/place.js';

export interface CalendarFile {
  /** A blob: URL; revoke it with `URL.revokeObjectURL` when the link goes. */
  href: string;
  fileName: string;
}

/** The .ics file for a one-time listing's dates, as a download link; undefined for other schedules. */
export function calendarFile(opportunity: Opportunity, pageUrl: string): CalendarFile | undefined {
  const { schedule, location } = opportunity;
  if (schedule.type !== 'one-time') return undefined;
  const place = location.address === undefined ? formatPlace(location) : formatAddress(location.address);
  const ics = buildIcs(
    schedule.dates.map((date, index) => ({
      uid: `${opportunity.id}-${index}@mitmachen`,
      start: date.start,
      end: date.end,
      summary: opportunity.title,
      location: place,
      description: `${opportunity.summary}\n\n${opportunity.organisation.name}\n${pageUrl}`,
      url: pageUrl,
    })),
  );
  return {
    href: URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' })),
    fileName: icsFileName(opportunity.title),
  };
}
