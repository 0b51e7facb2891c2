import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import type { Lang } from '../internal/localize.js';
import { renderOfferCard, renderOpportunityCard } from '../opportunity-card/render-card.js';
import type { SearchOutcome } from './search-controller.js';
import { labelOf, narrowestFilter, type Suggestion } from './search-filters.js';
import { pageCount, pageList } from './paging.js';
import type { SearchKind, SearchState } from './search-state.js';
import { named, type SearchMessages } from './search.messages.js';

export interface ResultsView {
  lang: Lang;
  msg: SearchMessages;
  kind: SearchKind;
  state: SearchState;
  outcome: SearchOutcome | undefined;
  loading: boolean;
  error: Error | undefined;
  labels: TaxonomyLabels | undefined;
  pageSize: number;
  /** The search's own name (its `label`), added to the paging's landmark name. */
  name: string | undefined;
  /** How many of the answer's cards to render now; the rest hold placeholders (see CardBatches). */
  shown: number;
  /** Where a card leads (a deep link), or undefined for a button. */
  href: (id: string) => string | undefined;
  onSelect: (id: string, event: Event) => void;
  onRetry: () => void;
  onRemove: (suggestion: Suggestion) => void;
  onPage: (page: number) => void;
}

/** The count, the error (if any), the cards or their placeholders or the empty state, and paging. */
export function renderResults(view: ResultsView): TemplateResult {
  const { msg, outcome } = view;
  const heading = outcome === undefined ? msg.loading : msg.found[view.kind](outcome.result.total);
  return html`<section class="results" part="results" aria-labelledby="count" aria-busy=${view.loading ? 'true' : 'false'}>
    <div class="progress" part="progress" ?hidden=${!view.loading || outcome === undefined}></div>
    <h2 id="count" class="count" part="count" tabindex="-1">${outcome === undefined && view.error ? msg.results : heading}</h2>
    ${view.error === undefined ? nothing : renderError(view, view.error)} ${renderBody(view)} ${renderPaging(view)}
  </section>`;
}

function renderBody(view: ResultsView): unknown {
  const { outcome } = view;
  if (outcome === undefined) return view.error === undefined ? renderSkeletons(view.pageSize) : nothing;
  if (outcome.result.items.length === 0) return renderEmpty(view, outcome);
  // The cards change only with the answer, the language, the labels and the batch: typing, the
  // filters' counts and the progress bar re-render the search, not every card. Their links are
  // those of the search that found them.
  return guard([outcome, view.lang, view.labels, view.shown], () => renderCards(view, outcome));
}

function renderCards(view: ResultsView, outcome: SearchOutcome): TemplateResult {
  const { lang, labels } = view;
  const card = (index: number): TemplateResult => {
    const options = { lang, taxonomyLabels: labels, headingLevel: 3 as const, onSelect: view.onSelect, href: view.href(outcome.result.items[index]!.id) };
    return outcome.kind === 'offers' ? renderOfferCard(outcome.result.items[index]!, options) : renderOpportunityCard(outcome.result.items[index]!, options);
  };
  // Each card is made once per answer, language and labels, not again for every later batch.
  const items: readonly { id: string }[] = outcome.result.items;
  return html`<ol class="grid" part="list">
    ${items.map((item, index) =>
      index < view.shown ? html`<li data-id=${item.id}>${guard([item, lang, labels], () => card(index))}</li>` : placeholder(index),
    )}
  </ol>`;
}

/**
 * Placeholders drawn as a card's outline: a phone's first screen (390 px: three under the search
 * field, as many as the answer's first batch of cards). Past them a placeholder is an empty list
 * item: it holds the same place (every `.grid > li` has a card's minimum height) with one node
 * instead of six, so the first render, in the task that defines the element, creates and lays
 * out fewer nodes (a slow phone's longest start-up task was ~15 % shorter with three than twelve).
 */
const DRAWN_PLACEHOLDERS = 3;
const skeleton = html`<li aria-hidden="true"><div class="card skeleton"><div class="card-body"><span></span><span></span><span></span></div></div></li>`;
const emptyPlace = html`<li aria-hidden="true"></li>`;

/** A card-sized placeholder, for a card still loading or one whose batch has not come yet. */
const placeholder = (index: number) => (index < DRAWN_PLACEHOLDERS ? skeleton : emptyPlace);

/** Placeholders in the space the results will take, so nothing jumps when they come. */
function renderSkeletons(count: number): TemplateResult {
  return html`<ol class="grid" part="list" aria-hidden="true">
    ${Array.from({ length: count }, (_, index) => placeholder(index))}
  </ol>`;
}

function renderEmpty(view: ResultsView, outcome: SearchOutcome): TemplateResult {
  const { msg, state } = view;
  if (outcome.result.total > 0) {
    return html`<div class="empty" part="empty">
      <p>${msg.pastLastPage}</p>
      <button type="button" part="button" @click=${() => view.onPage(1)}>${msg.firstPage}</button>
    </div>`;
  }
  const suggestion = narrowestFilter(state, outcome.result.facets);
  if (suggestion === undefined) return html`<div class="empty" part="empty"><p>${msg.found[view.kind](0)}</p></div>`;
  const [text, action] = suggestionText(view, suggestion);
  return html`<div class="empty" part="empty">
    <p>${text}</p>
    <button type="button" part="button suggestion-button" @click=${() => view.onRemove(suggestion)}>${action}</button>
  </div>`;
}

function suggestionText({ msg, state, labels }: ResultsView, suggestion: Suggestion): [text: string, action: string] {
  switch (suggestion.field) {
    case 'q':
      return [msg.suggestText(state.q.trim()), msg.removeText];
    case 'place':
      return [msg.suggestPlace(state.place?.name ?? msg.myLocation), msg.removePlace];
    default: {
      const field = suggestion.field;
      const values = (state[field] as readonly string[]).map((value) => labelOf({ labels }, field, value)).join(', ');
      const name = `${msg[field]}: ${values}`;
      return [msg.suggestRemove(name), msg.removeSuggested(name)];
    }
  }
}

function renderError({ msg, outcome, onRetry }: ResultsView, error: Error): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p><strong>${msg.errorTitle}</strong> ${errorReason(msg, error)}</p>
    ${outcome === undefined ? nothing : html`<p>${msg.errorKept}</p>`}
    <button type="button" part="button retry-button" @click=${onRetry}>${msg.retry}</button>
  </div>`;
}

/** Read off the error's name and status rather than by `instanceof`, which breaks across SDK copies. */
function errorReason(msg: SearchMessages, error: Error): string {
  const status = (error as { status?: unknown }).status;
  if (error.name === 'NetworkError') return msg.errorNetwork;
  if (error.name === 'TimeoutError') return msg.errorTimeout;
  if (status === 429 || status === 503) return msg.errorBusy;
  if (typeof status === 'number') return msg.errorOther(status);
  return msg.errorUnknown;
}

function renderPaging(view: ResultsView): TemplateResult | typeof nothing {
  const { msg, outcome } = view;
  if (outcome === undefined) return nothing;
  const pages = pageCount(outcome.result.total, view.pageSize);
  if (pages <= 1) return nothing;
  const current = outcome.state.page;
  return html`<nav class="paging" part="paging" aria-label=${named(msg.paging, view.name)}>
    <p class="page-of">${msg.pageOf(current, pages)}</p>
    <ul>
      <li>${pageButton(view, current - 1, '‹', msg.previous, current <= 1)}</li>
      ${pageList(current, pages).map(
        (page) =>
          html`<li>
            ${page === undefined
              ? html`<span class="gap" aria-hidden="true">…</span>`
              : page === current
                ? html`<button type="button" class="page" part="page page-current" aria-current="page" aria-label=${msg.page(page)}>
                    ${page}
                  </button>`
                : pageButton(view, page, String(page), msg.page(page), false)}
          </li>`,
      )}
      <li>${pageButton(view, current + 1, '›', msg.next, current >= pages)}</li>
    </ul>
  </nav>`;
}

function pageButton(view: ResultsView, page: number, text: string, label: string, disabled: boolean): TemplateResult {
  return html`<button type="button" class="page" part="page" aria-label=${label} ?disabled=${disabled} @click=${() => view.onPage(page)}>
    ${text}
  </button>`;
}
