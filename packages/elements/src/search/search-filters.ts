import type { FacetValue, Taxonomy } from '@mitmachen/contract';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import { LIST_FIELDS, type SearchState } from './search-state.js';

/** The state's lists that have facet counts in the API's answer. */
export type FacetField = 'categories' | 'suits' | 'schedule' | 'locationTypes' | 'ageGroups';

/** Each list's name among the API's facets. */
export const FACET_NAMES: Record<FacetField, string> = {
  categories: 'category',
  suits: 'suits',
  schedule: 'schedule',
  locationTypes: 'locationType',
  ageGroups: 'ageGroup',
};

/** Where each list's labels are in the taxonomy. */
export const TAXONOMY_OF: Record<FacetField, keyof Taxonomy> = {
  categories: 'categories',
  suits: 'targetGroups',
  schedule: 'scheduleTypes',
  locationTypes: 'locationTypes',
  ageGroups: 'ageGroups',
};

/** A value's name in the current language, or the value itself until the taxonomy is there. */
export function labelOf(view: { labels: TaxonomyLabels | undefined }, field: FacetField, value: string): string {
  return view.labels?.(TAXONOMY_OF[field], value) ?? value;
}

/** Facets of either kind of search (opportunities and offers have different ones). */
export type Facets = Readonly<Record<string, readonly FacetValue[] | undefined>>;

/** One thing the user chose that narrows the results, shown as a removable chip. */
export type ActiveFilter = { field: FacetField; value: string } | { field: 'place' };

/** What the empty state suggests removing: a whole list, the place or the text. */
export type Suggestion = { field: FacetField } | { field: 'place' } | { field: 'q' };

const FACET_FIELDS: readonly FacetField[] = LIST_FIELDS;

export function activeFilters(state: SearchState): ActiveFilter[] {
  const chosen: ActiveFilter[] = FACET_FIELDS.flatMap((field) =>
    (state[field] as readonly string[]).map((value) => ({ field, value })),
  );
  if (state.place !== undefined) chosen.push({ field: 'place' });
  return chosen;
}

/** The state with `filter` (or a whole list, or the text) removed, back on page 1. */
export function removeFilter(state: SearchState, filter: ActiveFilter | Suggestion): SearchState {
  const next: SearchState = { ...state, page: 1 };
  switch (filter.field) {
    case 'q':
      next.q = '';
      break;
    case 'place':
      next.place = undefined;
      next.radiusKm = undefined;
      if (next.sort === 'distance') next.sort = undefined;
      break;
    default: {
      const field = filter.field;
      const keep = 'value' in filter ? (value: string) => value !== filter.value : () => false;
      (next[field] as string[]) = (state[field] as string[]).filter(keep);
    }
  }
  return next;
}

/** Every filter removed; the text and the order stay, as the user typed and chose them. */
export function withoutFilters(state: SearchState): SearchState {
  return activeFilters(state).reduce(removeFilter, state);
}

/** How many results a value would have, from the facets (0 when the API did not count it). */
export function countOf(facets: Facets | undefined, field: FacetField, value: string): number {
  return facets?.[FACET_NAMES[field]]?.find((facet) => facet.value === value)?.count ?? 0;
}

/**
 * When nothing is found: the filter whose removal brings the most results back. A list's facet
 * counts ignore the list's own choice, so its largest count is at least what removing the list
 * would show. Without such a list the place, then the text, is suggested.
 */
export function narrowestFilter(state: SearchState, facets: Facets | undefined): Suggestion | undefined {
  let best: { field: FacetField; gain: number } | undefined;
  for (const field of FACET_FIELDS) {
    if (state[field].length === 0) continue;
    const gain = Math.max(0, ...(facets?.[FACET_NAMES[field]] ?? []).map((facet) => facet.count));
    if (gain > 0 && (best === undefined || gain > best.gain)) best = { field, gain };
  }
  if (best !== undefined) return { field: best.field };
  if (state.place !== undefined) return { field: 'place' };
  if (state.q.trim() !== '') return { field: 'q' };
  const anyList = FACET_FIELDS.find((field) => state[field].length > 0);
  return anyList === undefined ? undefined : { field: anyList };
}
