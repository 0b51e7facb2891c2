import { html, nothing, type TemplateResult } from 'lit';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import { formatNumber } from '../format/number.js';
import type { Lang } from '../internal/localize.js';
import type { TextLanguage } from '@mitmachen/contract';
import type { PlaceField } from './place-field.js';
import { countOf, labelOf, type FacetField, type Facets } from './search-filters.js';
import type { Presets } from './search-query.js';
import type { SearchKind, SearchState } from './search-state.js';
import type { SearchMessages } from './search.messages.js';
import { AGE_GROUPS, CATEGORIES, DEFAULT_RADIUS_KM, LOCATION_TYPES, RADII, SCHEDULE_TYPES, SORTS, TARGET_GROUPS, type Sort } from './vocabulary.js';

const VALUES: Record<FacetField, readonly string[]> = {
  categories: CATEGORIES,
  suits: TARGET_GROUPS,
  schedule: SCHEDULE_TYPES,
  locationTypes: LOCATION_TYPES,
  ageGroups: AGE_GROUPS,
};

/** The filter lists each kind of search has, in display order. */
export const FIELDS_OF: Record<SearchKind, readonly FacetField[]> = {
  opportunities: ['categories', 'suits', 'schedule', 'locationTypes'],
  offers: ['categories', 'ageGroups'],
};

export interface FiltersView {
  lang: Lang;
  msg: SearchMessages;
  kind: SearchKind;
  state: SearchState;
  presets: Presets;
  facets: Facets | undefined;
  labels: TaxonomyLabels | undefined;
  place: PlaceField;
  onToggle: (field: FacetField, value: string, chosen: boolean) => void;
  onRadius: (km: number) => void;
  onSort: (sort: Sort | undefined) => void;
  /** The language the page asks listings in; the "in my language" filter shows when it is not German. */
  textLang: TextLanguage;
  onOwnLanguage: (only: boolean) => void;
}

/** The filter lists with their counts, the place with radius, and the order. */
export function renderFilters(view: FiltersView): TemplateResult {
  return html`${renderOwnLanguage(view)} ${FIELDS_OF[view.kind].map((field) => renderList(view, field))} ${renderPlace(view)} ${renderSort(view)}`;
}

/** "Only listings in my language", with how many there are; German pages have every listing in theirs. */
function renderOwnLanguage(view: FiltersView): TemplateResult | typeof nothing {
  const { textLang, facets, msg } = view;
  if (textLang === 'de') return nothing;
  const count = facets?.available?.find((facet) => facet.value === textLang)?.count ?? 0;
  return html`<div class="group" part="filter-group">
    <label class="option">
      <input
        type="checkbox"
        .checked=${view.state.ownLanguage}
        @change=${(event: Event) => view.onOwnLanguage((event.target as HTMLInputElement).checked)}
      />
      <span>${msg.ownLanguage}</span>
      ${facets === undefined ? nothing : html`<span class="facet-count">(${formatNumber(count, view.lang)})</span>`}
    </label>
  </div>`;
}

function renderList(view: FiltersView, field: FacetField): TemplateResult {
  const chosen = view.state[field] as readonly string[];
  const values = field === 'categories' && view.presets.categories.length > 0 ? view.presets.categories : VALUES[field];
  return html`<fieldset class="group" part="filter-group">
    <legend>${view.msg[field]}</legend>
    <ul class="options">
      ${values.map((value) => {
        const checked = chosen.includes(value);
        return html`<li>
          <label class="option">
            <input
              type="checkbox"
              .checked=${checked}
              @change=${(event: Event) => view.onToggle(field, value, (event.target as HTMLInputElement).checked)}
            />
            <span>${labelOf(view, field, value)}</span>
            ${view.facets === undefined
              ? nothing
              : html`<span class="facet-count">(${formatNumber(countOf(view.facets, field, value), view.lang)})</span>`}
          </label>
        </li>`;
      })}
    </ul>
  </fieldset>`;
}

function renderPlace(view: FiltersView): TemplateResult {
  const { msg, state } = view;
  const radius = state.radiusKm ?? DEFAULT_RADIUS_KM;
  const radii = (RADII as readonly number[]).includes(radius) ? RADII : [...RADII, radius].sort((a, b) => a - b);
  return html`<div class="group" part="filter-group">
    ${view.place.render(msg)}
    <div class="radius">
      <label for="radius">${msg.radius}</label>
      <select
        id="radius"
        part="select"
        ?disabled=${state.place === undefined}
        @change=${(event: Event) => view.onRadius(Number((event.target as HTMLSelectElement).value))}
      >
        ${radii.map((km) => html`<option value=${km} ?selected=${km === radius}>${msg.km(km)}</option>`)}
      </select>
    </div>
    <button type="button" class="secondary" part="button location-button" ?disabled=${view.place.locating} @click=${view.place.locate}>
      ${view.place.locating ? msg.locating : msg.useLocation}
    </button>
    ${view.place.locationFailed ? html`<p class="hint" role="alert">${msg.locationFailed}</p>` : nothing}
  </div>`;
}

function renderSort(view: FiltersView): TemplateResult {
  const { msg, state, kind } = view;
  const usable = (sort: Sort) =>
    (sort !== 'relevance' || state.q.trim() !== '') &&
    (sort !== 'distance' || state.place !== undefined) &&
    (sort !== 'start' || kind === 'opportunities');
  return html`<div class="group sort">
    <label for="sort">${msg.sort}</label>
    <select
      id="sort"
      part="select"
      @change=${(event: Event) => view.onSort(((event.target as HTMLSelectElement).value || undefined) as Sort | undefined)}
    >
      <option value="" ?selected=${state.sort === undefined}>${msg.sortDefault}</option>
      ${SORTS.filter((sort) => usable(sort) || sort === state.sort).map(
        (sort) => html`<option value=${sort} ?selected=${sort === state.sort}>${msg.sorts[sort]}</option>`,
      )}
    </select>
  </div>`;
}
