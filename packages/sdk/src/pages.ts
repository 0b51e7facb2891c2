/** The contract's limits on paging (`pageSize` maximum 50, `page` maximum 1000). */
export const MAX_PAGE_SIZE = 50;
export const MAX_PAGE = 1000;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Walks a search page by page and yields each item once. Items are keyed by id because a
 * listing that changes while we walk (a posting published in between) shifts later pages by
 * one; without the key the item at the boundary would come twice. The walk ends on the page
 * that reaches `total`, on an empty page, or at the contract's last page.
 */
export async function* walkPages<T extends { id: string }>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  first: { page?: number | undefined; pageSize?: number | undefined },
  signal?: AbortSignal,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  const pageSize = Math.min(first.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  for (let page = first.page ?? 1; page <= MAX_PAGE; page++) {
    signal?.throwIfAborted();
    const result = await fetchPage(page, pageSize);
    for (const item of result.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      yield item;
    }
    if (result.items.length === 0 || result.page * result.pageSize >= result.total) return;
  }
}
