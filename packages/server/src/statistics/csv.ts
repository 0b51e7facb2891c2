/** The figures as CSV: one header row, then `rows`, then `totals` (region `all`). */
import type { Statistics, StatisticsRow } from '@mitmachen/contract';

const columns: (keyof StatisticsRow)[] = [
  'period',
  'from',
  'to',
  'region',
  'newListings',
  'publishedListings',
  'expiredListings',
  'contactRequests',
  'replies',
  'placements',
  'noReply',
  'activeOrganisations',
  'medianReviewHours',
  'medianFirstReplyHours',
];

export function statisticsCsv(figures: Statistics): string {
  const line = (row: StatisticsRow, region: string) =>
    columns.map((column) => (column === 'region' ? region : cell(row[column]))).join(',');
  return [
    columns.join(','),
    ...figures.rows.map((row) => line(row, row.region ?? '')),
    ...figures.totals.map((row) => line(row, 'all')),
  ].join('\r\n') + '\r\n';
}

/** Every value here is a number, a date or a fixed id; quoting keeps that true should one change. */
function cell(value: StatisticsRow[keyof StatisticsRow]): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
