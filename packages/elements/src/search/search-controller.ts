import type { MitmachenClient, OfferSearchResult, OpportunitySearchResult } from '@mitmachen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asError } from '../internal/events.js';
import { applicableState, offerQuery, opportunityQuery, type Presets } from './search-query.js';
import { emptyState, readState, writeState, type SearchKind, type SearchState } from './search-state.js';
import { textLanguageOf } from '../internal/text-language.js';

/** Milliseconds after the last keystroke before the text is searched. */
export const TYPING_DELAY_MS = 300;
/** Milliseconds after the last keystroke before the text gets its place in the browser history. */
export const HISTORY_DELAY_MS = 1000;

export interface SearchConfig {
  client: MitmachenClient | undefined;
  kind: SearchKind;
  presets: Presets;
  pageSize: number;
  syncUrl: boolean;
  /** Goes before each of the search's URL parameters (`url-prefix`), so several searches keep apart. */
  urlPrefix: string;
}

/** An answer together with the question, so nothing shows results of one search under another's state. */
export type SearchOutcome =
  | { kind: 'opportunities'; state: SearchState; result: OpportunitySearchResult }
  | { kind: 'offers'; state: SearchState; result: OfferSearchResult };

export interface SearchCallbacks {
  /** A search finished (not one that a newer search replaced). */
  settled(outcome: SearchOutcome | undefined, error: Error | undefined, state: SearchState): void;
}


/** Our mark on the history entries we push, so closing a detail we opened can go back instead. */
const DETAIL_ENTRY = 'mitmachen-detail';

/**
 * The search: the user's state, when it is searched, and its place in the page URL.
 *
 * Typing searches after a pause; everything else at once. With `syncUrl`, each settled change
 * becomes one history entry: typing writes nothing until it pauses for HISTORY_DELAY_MS (or the
 * field loses focus, or Enter), and further typing in the same session replaces that entry rather
 * than adding one per word. Back and Forward restore the state and search again without writing.
 * A newer search aborts the older one, and only the latest answer is kept.
 */
export class SearchController implements ReactiveController {
  state: SearchState = emptyState();
  /** The last answer that arrived; it stays while a newer search loads or fails. */
  outcome: SearchOutcome | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #config: () => SearchConfig;
  readonly #callbacks: SearchCallbacks;
  /** The request of the newest search; an older one is aborted, and its answer or error dropped. */
  #request: AbortController | undefined;
  #status: 'idle' | 'pending' | 'complete' | 'error' = 'idle';
  #error: unknown;
  #lastRun: { client: MitmachenClient; key: string } | undefined;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #historyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The current history entry was pushed by the typing session still going on. */
  #typingEntry = false;
  #listening = false;
  #prefix = '';
  #disconnected = false;

  constructor(host: ReactiveControllerHost, config: () => SearchConfig, callbacks: SearchCallbacks) {
    this.#host = host;
    this.#config = config;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  get loading(): boolean {
    return this.#status === 'pending';
  }

  /** Why the latest search failed; undefined while it loads or after it succeeded. */
  get error(): Error | undefined {
    return this.#status === 'error' && !isAbort(this.#error) ? (this.#error as Error) : undefined;
  }

  /**
   * Sends one search, aborting the one before (what @lit/task's Task does, in the few lines the
   * search needs: the first screen's bundle is smaller without it).
   */
  async #run(client: MitmachenClient, kind: SearchKind, state: SearchState, presets: Presets, pageSize: number): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const first = this.#status === 'idle';
    this.#status = 'pending';
    this.#host.requestUpdate();
    const { signal } = request;
    let outcome: SearchOutcome | undefined;
    let error: unknown;
    try {
      // The first search leaves in a task after the one that defines and first renders the element:
      // at 4x CPU the SDK's first request (its code's first run) made that task one of 50-80 ms.
      // With the page's preload the answer is on its way already; without, it leaves a moment later.
      if (first) {
        await new Promise((resolve) => setTimeout(resolve));
        signal.throwIfAborted();
      }
      // Listings in the page's language where they have a translation; German pages ask as before.
      const lang = this.#host instanceof Element ? textLanguageOf(this.#host) : 'de';
      const language = lang === 'de' ? {} : state.ownLanguage ? { lang, available: [lang] } : { lang };
      const result = await (kind === 'offers'
        ? client.offers.search({ ...offerQuery(state, presets, pageSize), ...language }, { signal })
        : client.opportunities.search({ ...opportunityQuery(state, presets, pageSize), ...language }, { signal }));
      outcome = { kind, state, result } as SearchOutcome;
    } catch (failure) {
      error = failure;
    }
    if (request !== this.#request) return;
    this.#status = outcome === undefined ? 'error' : 'complete';
    this.#error = error;
    if (outcome !== undefined) this.outcome = outcome;
    // The update is requested before the host hears of the answer, so its `updateComplete` then
    // (awaited by listeners of its events) includes painting this answer.
    this.#host.requestUpdate();
    if (outcome !== undefined) this.#callbacks.settled(outcome, undefined, outcome.state);
    else if (!isAbort(error)) this.#callbacks.settled(this.outcome, asError(error), this.state);
  }

  /** Takes the host's configuration: call on first update and whenever it changes. */
  configure(): void {
    const { syncUrl, kind, presets, urlPrefix } = this.#config();
    if (syncUrl && (!this.#listening || urlPrefix !== this.#prefix)) {
      this.#prefix = urlPrefix;
      this.state = readState(location.search, urlPrefix);
      window.addEventListener('popstate', this.#onPopState);
      this.#listening = true;
    } else if (!syncUrl && this.#listening) {
      window.removeEventListener('popstate', this.#onPopState);
      this.#listening = false;
    }
    this.state = applicableState(this.state, kind, presets);
    this.#host.requestUpdate();
    this.search();
  }

  hostConnected(): void {
    if (!this.#disconnected) return;
    this.#disconnected = false;
    this.configure();
  }

  hostDisconnected(): void {
    this.#disconnected = true;
    window.removeEventListener('popstate', this.#onPopState);
    this.#listening = false;
    clearTimeout(this.#typingTimer);
    clearTimeout(this.#historyTimer);
    this.#lastRun = undefined;
    this.#request?.abort();
  }

  /** Runs the search for the current state, unless that exact search is already shown or loading. */
  search({ force = false }: { force?: boolean } = {}): void {
    clearTimeout(this.#typingTimer);
    const { client, kind, presets, pageSize } = this.#config();
    if (client === undefined) return;
    const { open: _open, ...searched } = this.state;
    const key = JSON.stringify([kind, searched, presets, pageSize]);
    const same = this.#lastRun?.client === client && this.#lastRun.key === key;
    if (same && !force && this.#status !== 'error') return;
    this.#lastRun = { client, key };
    void this.#run(client, kind, this.state, presets, pageSize);
  }

  /** The user typed: search after a pause, and remember it in the history after a longer one. */
  type(q: string): void {
    this.state = { ...this.state, q, page: 1 };
    this.#host.requestUpdate();
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.search(), TYPING_DELAY_MS);
    if (!this.#config().syncUrl) return;
    clearTimeout(this.#historyTimer);
    this.#historyTimer = setTimeout(() => this.#write('typing'), HISTORY_DELAY_MS);
  }

  /** Enter in the field: search now, and end the typing session. */
  submit(): void {
    this.search();
    this.endTyping();
  }

  /** The field lost focus: what was typed gets its history entry now, and the session ends. */
  endTyping(): void {
    if (this.#historyTimer !== undefined) this.#write('typing');
    this.#typingEntry = false;
  }

  /** Any other change (a filter, the page, the order): search and write history at once. */
  change(next: SearchState): void {
    const { kind, presets } = this.#config();
    this.state = applicableState(next, kind, presets);
    this.#host.requestUpdate();
    this.search();
    this.#write('push');
  }

  /** Searches the same state again, after an error. */
  retry(): void {
    this.search({ force: true });
  }

  /** Shows one result in detail; with syncUrl it gets its own history entry (Back closes it). */
  open(id: string): void {
    this.state = { ...this.state, open: id };
    this.#host.requestUpdate();
    this.#write('detail');
  }

  /** Back to the results: through the history when we opened the detail, so Forward reopens it. */
  close(): void {
    const entry = history.state as Record<string, unknown> | null;
    if (this.#listening && entry?.[DETAIL_ENTRY] === this.state.open) {
      history.back();
      return;
    }
    this.state = { ...this.state, open: undefined };
    this.#host.requestUpdate();
    this.#write('replace');
  }

  #write(mode: 'typing' | 'push' | 'detail' | 'replace'): void {
    clearTimeout(this.#historyTimer);
    this.#historyTimer = undefined;
    if (!this.#listening) return;
    const search = writeState(location.search, this.state, this.#prefix);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (mode === 'replace' || (mode === 'typing' && this.#typingEntry)) {
      history.replaceState(history.state, '', url);
    } else {
      history.pushState(mode === 'detail' ? { [DETAIL_ENTRY]: this.state.open } : null, '', url);
    }
    this.#typingEntry = mode === 'typing';
  }

  readonly #onPopState = (): void => {
    clearTimeout(this.#historyTimer);
    this.#historyTimer = undefined;
    this.#typingEntry = false;
    const { kind, presets } = this.#config();
    this.state = applicableState(readState(location.search, this.#prefix), kind, presets);
    this.#host.requestUpdate();
    this.search();
  };
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
