import type { MitmachenClient } from '@mitmachen/sdk';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { findApiBase } from '../internal/api-base.js';
import { emit } from '../internal/events.js';
import type { Lang } from '../internal/localize.js';
import { renderDetail, renderInPlaceOfResults } from './detail-view.js';
import type { renderOfferContact } from './offer-contact.js';
import type { SearchController } from './search-controller.js';
import { writeState, type SearchKind } from './search-state.js';
import type { SearchMessages } from './search.messages.js';

/** The search element, as far as the opener reads it. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    renderRoot: HTMLElement | DocumentFragment;
    hasUpdated: boolean;
    kind: SearchKind;
    syncUrl: boolean;
    urlPrefix: string | undefined;
    apiBase: string | undefined;
  };

/**
 * A chosen result in place of the results: the card's link (a deep link with `sync-url`), the
 * choice itself (`mitmachen-select`, cancellable), the view shown (an opportunity's detail, or
 * the contact form to an offer's author), and where focus and scroll go on the way in and out.
 * Which result is open lives in the search's state (`open`), so the URL, Back and Forward open
 * and close it as well; this controller follows that state after each update.
 */
export class ResultOpener implements ReactiveController {
  readonly #host: Host;
  readonly #search: SearchController;
  readonly #words: { msg: SearchMessages; lang: Lang };
  readonly #client: () => MitmachenClient | undefined;
  #shownOpen: string | undefined;
  #scrollBeforeDetail: number | undefined;
  /** The offers' contact view, once its module (with the contact form) has loaded. */
  #offerContact: typeof renderOfferContact | undefined;

  constructor(host: Host, search: SearchController, words: { msg: SearchMessages; lang: Lang }, client: () => MitmachenClient | undefined) {
    this.#host = host;
    this.#search = search;
    this.#words = words;
    this.#client = client;
    host.addController(this);
  }

  /** Where a card leads: the deep link with `sync-url`, else nowhere (the card is a button). */
  readonly href = (id: string): string | undefined => {
    const { syncUrl, urlPrefix } = this.#host;
    if (!syncUrl) return undefined;
    return `${location.pathname}${writeState(location.search, { ...this.#search.state, open: id }, urlPrefix)}`;
  };

  readonly select = (id: string, event: Event): void => {
    // Ctrl-, Shift- or middle-click on a link opens the deep link in a new tab, as links do.
    if (event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return;
    event.preventDefault();
    const kind = this.#host.kind === 'offers' ? 'offer' : 'opportunity';
    if (!emit(this.#host, 'mitmachen-select', { id, kind }, { cancelable: true })) return;
    this.#scrollBeforeDetail = window.scrollY;
    this.#search.open(id);
  };

  /** The open result's view, or nothing while the results show. */
  render() {
    const id = this.#search.state.open;
    if (id === undefined) return nothing;
    const { msg, lang } = this.#words;
    const view = { msg, id, apiBase: findApiBase(this.#host, this.#host.apiBase), client: this.#client(), onBack: () => this.#search.close() };
    if (this.#host.kind !== 'offers') return renderDetail(view);
    const outcome = this.#search.outcome;
    const offer = outcome?.kind === 'offers' ? outcome.result.items.find((item) => item.id === id) : undefined;
    return renderInPlaceOfResults(view, this.#offerContact?.({ ...view, lang, offer }));
  }

  hostUpdated(): void {
    // Controllers hear of the first update before the host counts it as done.
    const first = !this.#host.hasUpdated;
    const open = this.#search.state.open;
    if (open === this.#shownOpen) return;
    const closed = this.#shownOpen;
    this.#shownOpen = open;
    // A detail open from the start (a deep link) does not take focus: the page has just loaded.
    if (open !== undefined) void this.#show(!first);
    else if (closed !== undefined) this.#returnToResults(closed);
  }

  async #show(focus: boolean): Promise<void> {
    const root = this.#host.renderRoot;
    if (this.#host.kind === 'offers') {
      // An offer opens its contact form; focus goes to its first field, as the detail's own contact button does.
      this.#offerContact ??= (await import('./offer-contact.js')).renderOfferContact;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      const form = root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('mitmachen-interest-form');
      await form?.updateComplete;
      if (focus) form?.focus();
      return;
    }
    await import('../opportunity/define.js');
    await this.#host.updateComplete;
    if (focus) root.querySelector<HTMLElement>('mitmachen-opportunity')?.focus();
  }

  #returnToResults(closedId: string): void {
    const root = this.#host.renderRoot;
    const card = root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(closedId)}"] .link`);
    (card ?? root.querySelector<HTMLElement>('#count'))?.focus({ preventScroll: true });
    if (this.#scrollBeforeDetail !== undefined) window.scrollTo({ top: this.#scrollBeforeDetail });
    else card?.scrollIntoView({ block: 'center' });
    this.#scrollBeforeDetail = undefined;
  }
}
