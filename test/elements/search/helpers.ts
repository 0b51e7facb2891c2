/**
 * Shared steps of the search's browser tests: a client whose requests the test can count, hold
 * and break while they still go to the real server, and readers for what the element shows.
 */
import { createClient, type MitmachenClient } from '@mitmachen/sdk';
import { fixture, type html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../packages/elements/src/search/define.js';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import type { SearchEventDetail } from '../../../packages/elements/src/internal/events.js';

/**
 * The API base of the real server the test runner started for this run. Imported by a computed
 * specifier so the type check needs no mapping for this runner-only module.
 */
const API_MODULE = '/__mitmachen__/api.js';
export const { apiBase } = (await import(API_MODULE)) as { apiBase: string };

export interface ControlledClient {
  client: MitmachenClient;
  /** Every search request (opportunities or offers) in the order sent. */
  searches: Request[];
  /** Holds the search requests sent from now on; a held request ignores its abort, as a slow network would. */
  hold(): void;
  /** Lets requests sent from now on through; those held stay held. */
  passThrough(): void;
  /** Lets every held request go on, and those sent from now on through. */
  release(): void;
  /** The next `n` search requests fail as a lost connection would. */
  failNext(n?: number): void;
  /** Settles when every released request has had its response. */
  drained(): Promise<void>;
}

export function controlledClient(apiBase: string): ControlledClient {
  const searches: Request[] = [];
  let gate: Promise<void> | undefined;
  const gates: (() => void)[] = [];
  let failures = 0;
  const inFlight = new Set<Promise<unknown>>();
  const fetchThrough: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!/\/(opportunities|offers)\?|\/(opportunities|offers)$/.test(request.url)) return fetch(request);
    searches.push(request);
    if (failures > 0) {
      failures--;
      throw new TypeError('Failed to fetch');
    }
    if (gate === undefined) return fetch(request);
    const held = gate.then(() => fetch(new Request(request, { signal: null })));
    inFlight.add(held);
    void held.finally(() => inFlight.delete(held)).catch(() => {});
    return held;
  };
  return {
    client: createClient({ baseUrl: apiBase, fetch: fetchThrough, retry: 0 }),
    searches,
    hold() {
      gate = new Promise((resolve) => gates.push(resolve));
    },
    passThrough() {
      gate = undefined;
    },
    release() {
      gate = undefined;
      for (const open of gates.splice(0)) open();
    },
    failNext(n = 1) {
      failures = n;
    },
    async drained() {
      await Promise.allSettled([...inFlight]);
      await nextFrame();
    },
  };
}

/** The search parameters of a request, as the server got them. */
export function paramsOf(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

/** Waits, frame by frame, until `predicate` holds (the test's own timeout is the only limit). */
export async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await nextFrame();
}

/** The next settled search of `element` (its `mitmachen-search` event). */
export async function settled(element: MitmachenSearch): Promise<SearchEventDetail> {
  const event: CustomEvent<SearchEventDetail> = await oneEvent(element, 'mitmachen-search');
  await element.updateComplete;
  return event.detail;
}

/**
 * The next settled search of `element` that `matches`: on a busy machine keys come slowly, and the
 * pause after part of a word may settle a search for that part first.
 */
export async function settledWhere(element: MitmachenSearch, matches: (detail: SearchEventDetail) => boolean): Promise<SearchEventDetail> {
  for (;;) {
    const detail = await settled(element);
    if (matches(detail)) return detail;
  }
}

/**
 * The element's first search settled, whether that happened before this call or after: waiting
 * only for the next `mitmachen-search` event would wait for ever if the answer came first (a
 * quick one on an idle machine, while the caller still awaited its fixture).
 */
export async function firstSettled(element: MitmachenSearch): Promise<void> {
  if (element.shadowRoot!.querySelector('.grid:not([aria-hidden]), .empty') === null) await settled(element);
  await element.updateComplete;
}

/** A search element, with its first search settled. */
export async function searchFixture(
  template: ReturnType<typeof html>,
  { wait = true }: { wait?: boolean } = {},
): Promise<MitmachenSearch> {
  const container = await fixture<HTMLElement>(template);
  const element = container.localName === 'mitmachen-search' ? (container as MitmachenSearch) : container.querySelector('mitmachen-search')!;
  if (!wait) return element;
  await firstSettled(element);
  // The filter panel is loaded after the first render, and its labels come from the API's
  // taxonomy: either may arrive after the first results.
  await until(() => {
    const label = $(element, 'label.option span')?.textContent.trim();
    return label !== undefined && label !== 'kinder-jugend';
  });
  await element.updateComplete;
  return element;
}

export const $ = <T extends Element = HTMLElement>(element: MitmachenSearch, selector: string): T | null =>
  element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: MitmachenSearch, selector: string): T[] => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** The heading over the results ("23 Angebote gefunden"). */
export const heading = (element: MitmachenSearch) => $(element, '#count')!.textContent.trim();
/** The ids of the results shown, in order. */
export const shownIds = (element: MitmachenSearch) => $$(element, '.grid:not([aria-hidden]) > li').map((li) => li.dataset.id!);
/** The titles of the results shown. */
export const shownTitles = (element: MitmachenSearch) => $$(element, '.grid .link').map((link) => link.textContent.trim());

/** The checkbox of a filter value, found by its visible label. */
export function checkbox(element: MitmachenSearch, legend: string, label: string): HTMLInputElement {
  const group = $$(element, 'fieldset').find((fieldset) => fieldset.querySelector('legend')!.textContent.trim() === legend);
  const option = [...(group?.querySelectorAll('label.option') ?? [])].find(
    (candidate) => candidate.querySelector('span')!.textContent.trim() === label,
  );
  if (option === undefined) throw new Error(`No option "${label}" under "${legend}"`);
  return option.querySelector('input')!;
}

/** The number a filter value shows next to its label. */
export function facetCount(element: MitmachenSearch, legend: string, label: string): number {
  const text = checkbox(element, legend, label).closest('label')!.querySelector('.facet-count')!.textContent;
  return Number(text.replace(/[^\d]/g, ''));
}

/** The element whose focus is deepest, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks a checkbox (as a user would) and returns the search it causes. */
export async function choose(element: MitmachenSearch, box: HTMLInputElement): Promise<SearchEventDetail> {
  const done = settled(element);
  box.click();
  return done;
}

/** The total hits in a heading like "1.234 Angebote gefunden". */
export function totalIn(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}
