import { LIMITS } from './search-state.js';

/** Pages shown on each side of the current one before an ellipsis. */
const PAGE_NEIGHBOURS = 1;

/** How many pages `total` results fill, at most as many as the API serves. */
export function pageCount(total: number, pageSize: number): number {
  return Math.min(Math.ceil(total / pageSize), LIMITS.page);
}

/** 1 … 5 [6] 7 … 17: the first, the last and the current page's neighbours; undefined is a gap. */
export function pageList(current: number, pages: number): (number | undefined)[] {
  const shown = new Set([1, pages]);
  for (let page = current - PAGE_NEIGHBOURS; page <= current + PAGE_NEIGHBOURS; page++) {
    if (page >= 1 && page <= pages) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    // A gap of a single page shows that page: an ellipsis would hide no more than a number.
    return page === previous + 2 ? [previous + 1, page] : [undefined, page];
  });
}
