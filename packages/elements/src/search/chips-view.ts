import { html, nothing, type TemplateResult } from 'lit';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import { activeFilters, labelOf, type ActiveFilter } from './search-filters.js';
import type { SearchState } from './search-state.js';
import type { SearchMessages } from './search.messages.js';
import { DEFAULT_RADIUS_KM } from './vocabulary.js';

export interface ChipsView {
  msg: SearchMessages;
  state: SearchState;
  labels: TaxonomyLabels | undefined;
  onRemove: (filter: ActiveFilter, index: number) => void;
  onReset: () => void;
}

/** What a chip says: the value's name, or the place with its radius. */
export function chipLabel(view: Pick<ChipsView, 'msg' | 'state' | 'labels'>, filter: ActiveFilter): string {
  if (filter.field !== 'place') return labelOf(view, filter.field, filter.value);
  const { msg, state } = view;
  return msg.placeChip(state.place?.name ?? msg.myLocation, msg.km(state.radiusKm ?? DEFAULT_RADIUS_KM));
}

/** The chosen filters as removable chips, and "reset all"; nothing when none is chosen. */
export function renderChips(view: ChipsView): TemplateResult | typeof nothing {
  const filters = activeFilters(view.state);
  if (filters.length === 0) return nothing;
  return html`<div class="chips" part="chips">
    <ul aria-label=${view.msg.chosenFilters}>
      ${filters.map((filter, index) => {
        const label = chipLabel(view, filter);
        return html`<li>
          <button type="button" class="chip" part="chip" aria-label=${view.msg.removeFilter(label)} @click=${() => view.onRemove(filter, index)}>
            ${label} <span aria-hidden="true">×</span>
          </button>
        </li>`;
      })}
    </ul>
    <button type="button" class="secondary" part="button reset-button" @click=${view.onReset}>${view.msg.resetAll}</button>
  </div>`;
}
