/** Results per page when the client names none, and the most it may ask for. */
export const defaultPageSize = 20;
export const maximumPageSize = 50;
/** Deeper pages are refused by the contract; clamped here too so no query scans past them. */
export const maximumPage = 1000;

export interface Paging {
  page: number;
  pageSize: number;
  offset: number;
}

/**
 * Page and page size as used by the queries. The HTTP layer rejects out-of-range values; this
 * clamps them anyway, so a caller that skips validation still cannot ask for a million rows.
 */
export function paging(page: number | undefined, pageSize: number | undefined): Paging {
  const size = clamp(pageSize ?? defaultPageSize, 1, maximumPageSize);
  const number = clamp(page ?? 1, 1, maximumPage);
  return { page: number, pageSize: size, offset: (number - 1) * size };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
