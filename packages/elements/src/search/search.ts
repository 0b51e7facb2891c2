import type { MitmachenClient } from '@mitmachen/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { renderMissingApiBase, resolveClient } from '../internal/api-base.js';
import { loadAlert } from '../alerts/load.js';
import { emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { CardBatches } from './card-batches.js';
import { renderChips } from './chips-view.js';
import { FilterPanelLoader } from './filter-panel-loader.js';
import { ResultOpener } from './result-opener.js';
import { renderResults } from './results-view.js';
import { SearchField } from './search-field.js';
import { SearchLabels } from './search-labels.js';
import { SearchController, type SearchOutcome } from './search-controller.js';
import { activeFilters, removeFilter, withoutFilters, type ActiveFilter, type FacetField, type Suggestion } from './search-filters.js';
import { parsePresets, type Presets } from './search-query.js';
import type { PlaceFilter, SearchKind, SearchState } from './search-state.js';
import { searchMessages, type SearchMessages } from './search.messages.js';
import { searchStyles } from './search.styles.js';
import type { Sort } from './vocabulary.js';
import { textLanguageOf } from '../internal/text-language.js';

/** Results per page unless `page-size` says otherwise (the API allows 1–50). */
const DEFAULT_PAGE_SIZE = 12;
const MAX_PAGE_SIZE = 50;
/** Properties that change only how the search looks, not what it searches. */
const VIEW_ONLY: ReadonlySet<string> = new Set(['label', 'theme', 'filtersOpen', 'announcement']);

/**
 * The complete search: text, filters with counts, chosen filters as chips, results as cards,
 * paging, and the detail of a chosen result.
 *
 * @fires mitmachen-search - A search settled; detail `{ state, kind, total }`.
 * @fires mitmachen-select - A result was chosen; detail `{ id, kind }`. Cancel it to navigate yourself.
 * @fires mitmachen-error - A search failed; detail `{ error }` (the element shows it as well).
 */
export class MitmachenSearch extends LitElement {
  static readonly version = VERSION;
  static override styles = searchStyles;

  // Declared without decorators, as the card does: the decorator helpers would cost the first
  // screen's bundle bytes.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    region: {},
    categories: {},
    organisation: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    urlPrefix: { attribute: 'url-prefix' },
    label: {},
    kind: {},
    theme: { reflect: true },
    client: { attribute: false },
    filtersOpen: { state: true },
    announcement: { state: true },
  };

  /** The API's base URL (`https://api.example.org/v1`); else the nearest `data-mitmachen-api-base`. */
  declare apiBase: string | undefined;
  /** Districts the site covers, space-separated (`dresden meissen`); the user searches within them. */
  declare region: string | undefined;
  /** Categories the site covers, space-separated; the user's category filter chooses among them. */
  declare categories: string | undefined;
  /** Organisation ids (slugs) whose opportunities alone are shown, space-separated. */
  declare organisation: string | undefined;
  /** Results per page, 1–50. */
  declare pageSize: number;
  /** Keep the search in the page URL, so reload, Back and Forward and shared links work. */
  declare syncUrl: boolean;
  /** With `sync-url`: put before each of its URL parameters (`a-` gives `a-q`, `a-kategorie` …), so two searches on one page keep their own. */
  declare urlPrefix: string;
  /** A name for this search, added to its landmarks' names, so a page with two searches can tell them apart (`label="Sport"`). */
  declare label: string | undefined;
  /** `opportunities` (organisations' postings) or `offers` (volunteers' own offers; choosing one opens the contact form to its author). */
  declare kind: SearchKind;
  /** `light`, `dark` or `auto` give the element its own colours; without it the page's show through. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** An SDK client to use instead of one made from the API base (for a custom fetch, say). */
  declare client: MitmachenClient | undefined;

  declare private filtersOpen: boolean;
  /** What the live region says about the last search; words at render time, so a language that loads late still gets its own. */
  declare private announcement: ((msg: SearchMessages) => string) | undefined;

  readonly #localize = new LocalizeController(this, searchMessages);
  readonly #search = new SearchController(this, () => this.#config(), { settled: (...args) => this.#settled(...args) });
  readonly #field = new SearchField(this, this.#search);
  readonly #batches = new CardBatches(this);
  readonly #labels = new SearchLabels(this);
  readonly #filters = new FilterPanelLoader(this, () => this.#client, (place) => this.#choosePlace(place));
  readonly #opener = new ResultOpener(this, this.#search, this.#localize, () => this.#client);
  #client: MitmachenClient | undefined;
  #presets: Presets = { regions: [], categories: [], organisations: [] };
  #shownPlace: PlaceFilter | undefined;
  #reportedUnreachable = false;

  constructor() {
    super();
    this.pageSize = DEFAULT_PAGE_SIZE;
    this.syncUrl = false;
    this.urlPrefix = '';
    this.kind = 'opportunities';
    this.filtersOpen = false;
    this.announcement = undefined;
  }

  /** What is searched now (read-only; change it through the UI or the URL). */
  get state(): SearchState {
    return this.#search.state;
  }

  #config() {
    const size = Number.isInteger(this.pageSize) ? Math.min(Math.max(this.pageSize, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return {
      client: this.#client,
      kind: this.kind === 'offers' ? ('offers' as const) : ('opportunities' as const),
      presets: this.#presets,
      pageSize: size,
      syncUrl: this.syncUrl,
      urlPrefix: this.urlPrefix ?? '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('region') || changed.has('categories') || changed.has('organisation')) {
      this.#presets = parsePresets({
        region: this.region ?? null,
        categories: this.categories ?? null,
        organisation: this.organisation ?? null,
      });
    }
    // Every property but these few is configuration: the client, the presets, what is searched.
    if (!this.hasUpdated || [...changed.keys()].some((key) => !VIEW_ONLY.has(key as string))) {
      this.#client = resolveClient(this, this.apiBase, this.client);
      this.#search.configure();
    }
    if (!this.hasUpdated || changed.has('apiBase') || changed.has('client')) void this.#labels.load(this.#client);
    // Until the panel is there, the place is left for it to show when it comes.
    const panel = this.#filters.panel;
    if (panel !== undefined && this.#search.state.place !== this.#shownPlace) {
      this.#shownPlace = this.#search.state.place;
      panel.place.show(this.#shownPlace, this.#localize.msg.myLocation);
    }
  }

  /** Settles once every card of the current answer is rendered, not only the first batch. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.#batches.pending; pending !== undefined; pending = this.#batches.pending) {
      await pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override render() {
    const { lang, msg } = this.#localize;
    if (this.#client === undefined) return renderMissingApiBase(lang);
    const state = this.#search.state;
    const kind = this.#config().kind;
    const outcome = this.#search.outcome;
    const shownOutcome = outcome?.kind === kind ? outcome : undefined;
    const shown = this.#batches.shown(shownOutcome, shownOutcome?.result.items.length ?? 0);
    const chosen = activeFilters(state).length;
    const labels = this.#labels.labels(lang);
    const panel = this.#filters.panel;
    return html`<div class="search" part="base" ?hidden=${state.open !== undefined}>
        ${this.#field.render(msg, state.q, this.label)}
        <div class="layout">
          <div class="filters-area">
            <button
              type="button"
              class="filters-toggle secondary"
              part="button filters-toggle"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="filters"
              @click=${() => (this.filtersOpen = !this.filtersOpen)}
            >
              ${msg.filtersChosen(chosen)}
            </button>
            <div id="filters" class="filters" part="filters" ?data-open=${this.filtersOpen}>
              ${panel?.renderFilters({
                lang,
                msg,
                kind,
                state,
                presets: this.#presets,
                facets: outcome?.kind === kind ? outcome.result.facets : undefined,
                labels,
                place: panel.place,
                onToggle: this.#toggle,
                onRadius: (radiusKm) => this.#refine({ radiusKm }),
                onSort: (sort: Sort | undefined) => this.#refine({ sort }),
                textLang: textLanguageOf(this),
                onOwnLanguage: (ownLanguage) => this.#refine({ ownLanguage }),
              }) ?? nothing}
            </div>
          </div>
          <div class="main">
            ${renderChips({ msg, state, labels, onRemove: this.#removeChip, onReset: this.#reset })}
            <div class="visually-hidden" role="status" part="live">${this.announcement?.(msg) ?? ''}</div>
            ${renderResults({
              lang,
              msg,
              kind,
              state,
              outcome: shownOutcome,
              shown,
              loading: this.#search.loading,
              error: this.#search.error,
              labels,
              pageSize: this.#config().pageSize,
              name: this.label,
              href: this.#opener.href,
              onSelect: this.#opener.select,
              onRetry: () => this.#search.retry(),
              onRemove: (suggestion: Suggestion) => this.#search.change(removeFilter(this.#search.state, suggestion)),
              onPage: this.#goToPage,
            })}
            ${kind === 'opportunities' ? this.#renderAlert(state) : nothing}
          </div>
        </div>
      </div>
      ${this.#opener.render()}`;
  }

  /** "Notify me" and the feed link for the search shown: an element of its own, loaded after the first screen. */
  #renderAlert(state: SearchState) {
    loadAlert();
    return html`<mitmachen-alert .client=${this.#client} .state=${state} .presets=${this.#presets}></mitmachen-alert>`;
  }

  #settled(outcome: SearchOutcome | undefined, error: Error | undefined, state: SearchState): void {
    const answer = error === undefined ? outcome : undefined;
    if (answer !== undefined) {
      // Labels that failed to load earlier (the API was away) are worth another try now it answers.
      if (!this.#labels.loaded) void this.#labels.load(this.#client);
    } else if (error?.name === 'NetworkError' && !this.#reportedUnreachable) {
      this.#reportedUnreachable = true;
      console.error(`<${this.localName}> could not reach the mitmachen API. Check its api-base (or data-mitmachen-api-base).`, error);
    }
    this.announcement = answer === undefined ? (msg) => msg.errorTitle : (msg) => msg.found[answer.kind](answer.result.total);
    emit(this, 'mitmachen-search', { state, kind: answer?.kind ?? this.#config().kind, total: answer?.result.total });
    if (error !== undefined) emit(this, 'mitmachen-error', { error });
  }

  #toggle = (field: FacetField, value: string, chosen: boolean): void => {
    const current = this.#search.state[field] as string[];
    this.#refine({ [field]: chosen ? [...current, value] : current.filter((item) => item !== value) });
  };

  #choosePlace(place: PlaceFilter): void {
    this.#shownPlace = place;
    this.#refine({ place });
  }

  /** A changed filter or order: the search starts again from page 1. */
  #refine(change: Partial<SearchState>): void {
    this.#search.change({ ...this.#search.state, ...change, page: 1 });
  }

  /** Removing a chip moves focus to the chip now in its place, else to "reset all"'s neighbour, the count. */
  #removeChip = (filter: ActiveFilter, index: number): void => {
    this.#search.change(removeFilter(this.#search.state, filter));
    void this.updateComplete.then(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLElement>('.chip')];
      (chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#count'))?.focus();
    });
  };

  #reset = (): void => {
    this.#search.change(withoutFilters(this.#search.state));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
  };

  #goToPage = (page: number): void => {
    this.#search.change({ ...this.#search.state, page });
    void this.updateComplete.then(() => {
      const count = this.renderRoot.querySelector<HTMLElement>('#count');
      count?.focus({ preventScroll: true });
      count?.scrollIntoView({ block: 'nearest' });
    });
  };
}
