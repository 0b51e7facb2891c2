/**
 * Loads `<mitmachen-alert>` (alerts by e-mail and the feed link under a search) as a chunk of its
 * own, once per page: the search's first screen carries only this call. A failed load is tried
 * again at the next render; it is not reported, because the filter panel, loaded from the same
 * place, already tells the web editor when the chunks are out of reach.
 */
let loading: Promise<unknown> | undefined;

export function loadAlert(): void {
  loading ??= import('./define.js').catch(() => (loading = undefined));
}
