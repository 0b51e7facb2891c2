import type { AgeGroup, Category, Coordinates, LocationType, ScheduleType, TargetGroup } from '@mitmachen/contract';
import { AGE_GROUPS, CATEGORIES, LOCATION_TYPES, SCHEDULE_TYPES, SORTS, TARGET_GROUPS, type Sort } from './vocabulary.js';

// What the user chose, and its form in the page URL. Plain data and functions without the DOM,
// so the codec can be tested on its own (decodeState(encodeState(s)) equals s for every valid s).

/** What the element searches: organisations' opportunities or volunteers' own offers. */
export type SearchKind = 'opportunities' | 'offers';

/** "Near Pirna": a place name (sent as `near`), coordinates (sent as `lat`/`lon`), or both. */
export interface PlaceFilter {
  name: string | undefined;
  coordinates: Coordinates | undefined;
}

export interface SearchState {
  /** The text in the search field, as typed. */
  q: string;
  categories: Category[];
  /** Target groups (opportunities only). */
  suits: TargetGroup[];
  /** Schedule types (opportunities only). */
  schedule: ScheduleType[];
  /** On site, remote, hybrid (opportunities only). */
  locationTypes: LocationType[];
  /** Age groups (offers only). */
  ageGroups: AgeGroup[];
  place: PlaceFilter | undefined;
  /** Radius around the place; the API's default when undefined. */
  radiusKm: number | undefined;
  /** The API's default order when undefined (relevance with text, newest without). */
  sort: Sort | undefined;
  /** 1-based. */
  page: number;
  /** The id of the result shown in detail, if one is open. */
  open: string | undefined;
  /** Only listings whose texts exist in the page's language (a page in another language than German). */
  ownLanguage: boolean;
}

export function emptyState(): SearchState {
  return {
    q: '',
    categories: [],
    suits: [],
    schedule: [],
    locationTypes: [],
    ageGroups: [],
    place: undefined,
    radiusKm: undefined,
    sort: undefined,
    page: 1,
    open: undefined,
    ownLanguage: false,
  };
}

/**
 * The URL parameters the element owns; every other parameter of the page is left alone. A
 * `prefix` (the `url-prefix` attribute) goes before each name, so two searches on one page keep
 * apart (`a-q`, `b-q`).
 */
export const PARAMS = {
  q: 'q',
  categories: 'kategorie',
  suits: 'passt',
  schedule: 'zeit',
  locationTypes: 'art',
  ageGroups: 'alter',
  place: 'ort',
  coordinates: 'lage',
  radiusKm: 'umkreis',
  sort: 'sortierung',
  page: 'seite',
  open: 'angebot',
  ownLanguage: 'meinesprache',
} as const;

/** The state's lists (the filters with counts), in the order their parameters are written. */
export const LIST_FIELDS = ['categories', 'suits', 'schedule', 'locationTypes', 'ageGroups'] as const;

const OWN_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAMS));

/** Limits from the contract: text 200 characters, place names 100, radius up to 500 km, 1000 pages. */
export const LIMITS = { q: 200, place: 100, radiusKm: 500, page: 1000 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The state as URL parameters, in a fixed order; defaults (empty text, page 1) are left out. */
export function encodeState(state: SearchState): [name: string, value: string][] {
  const pairs: [string, string][] = [];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') pairs.push([name, String(value)]);
  };
  add(PARAMS.q, state.q);
  for (const field of LIST_FIELDS) for (const value of state[field]) add(PARAMS[field], value);
  add(PARAMS.place, state.place?.name);
  const at = state.place?.coordinates;
  if (at !== undefined) add(PARAMS.coordinates, `${at.lat},${at.lon}`);
  add(PARAMS.radiusKm, state.radiusKm);
  add(PARAMS.sort, state.sort);
  if (state.page > 1) add(PARAMS.page, state.page);
  add(PARAMS.open, state.open);
  if (state.ownLanguage) add(PARAMS.ownLanguage, 1);
  return pairs;
}

/**
 * Reads the state from a page's query string. Values it cannot use (an unknown category, a page
 * beyond the API's limit) are dropped rather than sent, so a hand-edited URL still searches.
 */
export function decodeState(params: URLSearchParams): SearchState {
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] => [
    ...new Set(params.getAll(name).filter((value): value is T => (allowed as readonly string[]).includes(value))),
  ];
  const name = params.get(PARAMS.place) ?? '';
  const coordinates = parseCoordinates(params.get(PARAMS.coordinates));
  const radius = Number(params.get(PARAMS.radiusKm) ?? Number.NaN);
  const page = Number(params.get(PARAMS.page) ?? 1);
  const sort = params.get(PARAMS.sort) ?? '';
  const open = params.get(PARAMS.open) ?? '';
  return {
    q: (params.get(PARAMS.q) ?? '').slice(0, LIMITS.q),
    categories: list(PARAMS.categories, CATEGORIES),
    suits: list(PARAMS.suits, TARGET_GROUPS),
    schedule: list(PARAMS.schedule, SCHEDULE_TYPES),
    locationTypes: list(PARAMS.locationTypes, LOCATION_TYPES),
    ageGroups: list(PARAMS.ageGroups, AGE_GROUPS),
    place:
      name === '' && coordinates === undefined ? undefined : { name: name === '' ? undefined : name.slice(0, LIMITS.place), coordinates },
    radiusKm: radius > 0 && radius <= LIMITS.radiusKm ? radius : undefined,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= LIMITS.page ? page : 1,
    open: UUID.test(open) ? open : undefined,
    ownLanguage: params.get(PARAMS.ownLanguage) === '1',
  };
}

function parseCoordinates(value: string | null): Coordinates | undefined {
  const [lat, lon, ...rest] = (value ?? '').split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (lat === undefined || lon === undefined || rest.length > 0) return undefined;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return undefined;
  return { lat, lon };
}

/**
 * The page's query string (`location.search`) with the element's parameters replaced by `state`.
 * Other parameters keep their position and their exact spelling; the element's own are written
 * readably (`ort=Pirna&lage=50.96,13.94`, spaces as `+`).
 */
export function writeState(search: string, state: SearchState, prefix = ''): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !OWN_PARAMS.has(unprefixed(paramName(pair), prefix)));
  const ours = encodeState(state).map(([name, value]) => `${formEncode(prefix + name)}=${formEncode(value)}`);
  const all = [...kept, ...ours];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+').replace(/%2C/gi, ',');
}

/** Reads the state from a page's query string (`location.search`); with a prefix, from the parameters that carry it. */
export function readState(search: string, prefix = ''): SearchState {
  const params: [string, string][] = [];
  for (const [name, value] of new URLSearchParams(search)) params.push([unprefixed(name, prefix), value]);
  return decodeState(new URLSearchParams(params));
}

/** A parameter's name without the prefix, or '' (no name of ours) when it lacks the prefix. */
function unprefixed(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : '';
}
