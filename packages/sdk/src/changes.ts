import type { ChangeFeedPage } from '@mitmachen/contract';

export interface ChangesOptions {
  /** A `cursor` saved from an earlier page; absent to read the feed from its beginning. */
  since?: string | undefined;
  /** Changes per page, 1–500 (server default 100). */
  limit?: number | undefined;
}

/**
 * Follows the change feed's cursor page by page until it has caught up (`hasMore` false).
 * Each page is yielded whole so the caller applies it and then saves `page.cursor`: a copy
 * that stops anywhere resumes from its last saved cursor without missing or repeating a page.
 */
export async function* followChanges(
  fetchPage: (since: string | undefined) => Promise<ChangeFeedPage>,
  since: string | undefined,
  signal?: AbortSignal,
): AsyncGenerator<ChangeFeedPage, void, undefined> {
  let cursor = since;
  for (;;) {
    signal?.throwIfAborted();
    const page = await fetchPage(cursor);
    yield page;
    if (!page.hasMore || page.cursor === cursor) return;
    cursor = page.cursor;
  }
}
