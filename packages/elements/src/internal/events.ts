import type { SearchKind, SearchState } from '../search/search-state.js';

/** `mitmachen-search`: a search settled (its results or its error are on screen). */
export interface SearchEventDetail {
  /** What was searched: the user's choices, as `search-state` describes them. */
  state: SearchState;
  kind: SearchKind;
  /** Hits over all pages; undefined when the search failed. */
  total: number | undefined;
}

/** `mitmachen-select`: the user chose a result. Cancel the event to navigate yourself. */
export interface SelectEventDetail {
  id: string;
  kind: 'opportunity' | 'offer';
}

/** `mitmachen-error`: loading failed (the element shows the error as well). */
export interface ErrorEventDetail {
  error: Error;
}

declare global {
  interface HTMLElementEventMap {
    'mitmachen-search': CustomEvent<SearchEventDetail>;
    'mitmachen-select': CustomEvent<SelectEventDetail>;
    'mitmachen-error': CustomEvent<ErrorEventDetail>;
  }
}

/** Every `mitmachen-*` event declared in `HTMLElementEventMap` (by this file or an element's own). */
export type MitmachenEventName = Extract<keyof HTMLElementEventMap, `mitmachen-${string}`>;

export type EventDetail<K extends MitmachenEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a bubbling, composed `mitmachen-*` event from `host`, so a page hears it through any
 * number of shadow roots. Returns false when a listener cancelled a cancelable event.
 */
export function emit<K extends MitmachenEventName>(
  host: EventTarget,
  name: K,
  detail: EventDetail<K>,
  { cancelable = false }: { cancelable?: boolean } = {},
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}

/** Whatever was thrown, as an Error (a library may reject with a string). */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
