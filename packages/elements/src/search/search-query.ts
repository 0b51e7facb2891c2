import type { Category, OfferQuery, OpportunityQuery, Region } from '@mitmachen/contract';
import type { SearchKind, SearchState } from './search-state.js';
import { CATEGORIES, REGIONS, SLUG } from './vocabulary.js';

/** What the site fixed with attributes: the user searches within it. */
export interface Presets {
  regions: Region[];
  categories: Category[];
  organisations: string[];
}

/**
 * Reads a list attribute (`region="dresden meissen"`, commas work too), keeping the values the
 * API knows. Unknown ones are named in the console once per call, so a typo in a CMS is found.
 */
export function parsePresets(
  attributes: { region: string | null; categories: string | null; organisation: string | null },
  warn: (message: string) => void = console.warn,
): Presets {
  const split = (value: string | null) => (value ?? '').split(/[\s,]+/).filter((item) => item !== '');
  const keep = <T extends string>(name: string, values: string[], valid: (value: string) => value is T): T[] => {
    const unknown = values.filter((value) => !valid(value));
    if (unknown.length > 0) warn(`<mitmachen-search>: ignoring unknown ${name} ${unknown.map((v) => `"${v}"`).join(', ')}`);
    return [...new Set(values.filter(valid))];
  };
  return {
    regions: keep('region', split(attributes.region), (value): value is Region => (REGIONS as readonly string[]).includes(value)),
    categories: keep('categories', split(attributes.categories), (value): value is Category =>
      (CATEGORIES as readonly string[]).includes(value),
    ),
    organisations: keep('organisation', split(attributes.organisation), (value): value is string => SLUG.test(value)),
  };
}

/**
 * The state without what does not apply: filters the other kind has, categories outside the
 * site's preset, a distance order without a place. Used on state read from a URL, which may
 * have been written by hand or by the other kind of search.
 */
export function applicableState(state: SearchState, kind: SearchKind, presets: Presets): SearchState {
  const offers = kind === 'offers';
  const sort =
    (state.sort === 'distance' && state.place === undefined) || (offers && state.sort === 'start') ? undefined : state.sort;
  return {
    ...state,
    categories:
      presets.categories.length === 0 ? state.categories : state.categories.filter((c) => presets.categories.includes(c)),
    suits: offers ? [] : state.suits,
    schedule: offers ? [] : state.schedule,
    locationTypes: offers ? [] : state.locationTypes,
    ageGroups: offers ? state.ageGroups : [],
    radiusKm: state.place === undefined ? undefined : state.radiusKm,
    sort,
  };
}

interface CommonQuery {
  q?: string;
  category?: Category[];
  region?: Region[];
  near?: string;
  lat?: number;
  lon?: number;
  radiusKm?: number;
  page: number;
  pageSize: number;
}

function commonQuery(state: SearchState, presets: Presets, pageSize: number): CommonQuery {
  const query: CommonQuery = { page: state.page, pageSize };
  const q = state.q.trim();
  if (q !== '') query.q = q;
  // The user's categories narrow the preset; without a choice the preset applies whole.
  const categories = state.categories.length > 0 ? state.categories : presets.categories;
  if (categories.length > 0) query.category = categories;
  if (presets.regions.length > 0) query.region = presets.regions;
  const place = state.place;
  if (place?.coordinates !== undefined) {
    query.lat = place.coordinates.lat;
    query.lon = place.coordinates.lon;
  } else if (place?.name !== undefined) {
    query.near = place.name;
  }
  if (place !== undefined && state.radiusKm !== undefined) query.radiusKm = state.radiusKm;
  return query;
}

export function opportunityQuery(state: SearchState, presets: Presets, pageSize: number): OpportunityQuery {
  const query: OpportunityQuery = commonQuery(state, presets, pageSize);
  if (state.suits.length > 0) query.suits = state.suits;
  if (state.schedule.length > 0) query.schedule = state.schedule;
  if (state.locationTypes.length > 0) query.locationType = state.locationTypes;
  if (presets.organisations.length > 0) query.organisation = presets.organisations;
  if (state.sort !== undefined && (state.sort !== 'distance' || state.place !== undefined)) query.sort = state.sort;
  return query;
}

export function offerQuery(state: SearchState, presets: Presets, pageSize: number): OfferQuery {
  const query: OfferQuery = commonQuery(state, presets, pageSize);
  if (state.ageGroups.length > 0) query.ageGroup = state.ageGroups;
  const sort = state.sort;
  if (sort !== undefined && sort !== 'start' && (sort !== 'distance' || state.place !== undefined)) query.sort = sort;
  return query;
}
