import type { FacetValue } from '@mitmachen/contract';
import { andInto, count, countAnd, countAndAt, forEachSlot, has, orInto, type Bitset } from './bitset.js';
import { Derived } from './derived.js';
import { earthRadius } from './earth.js';
import type { Listings } from './listings.js';
import { BitsetPool, poolFor } from './pool.js';
import { addPostingSlots, maxWeightInto, PostingReader, type Postings } from './postings.js';
import { bestWeight } from './tsvector.js';

/** One word of the query: any alternative may match (spellings, compound parts, synonyms). */
export interface Clause {
  alternatives: Alternative[];
}

/** Lexemes that must all occur; `prefix`: the last also matches lexemes it starts. */
export interface Alternative {
  lexemes: string[];
  prefix: boolean;
}

export interface IndexSearch {
  clauses: Clause[];
  /** The query's lexemes without the prefix: listings holding them rank above the rest. */
  exact?: Clause[] | undefined;
  today: number;
  /** Microseconds since 1970, for the `start` sort. */
  now: number;
  center?: { lat: number; lon: number; radiusKm: number } | undefined;
  minimumAge?: number | undefined;
  /** Chosen values per dimension, in the listing's dimension order. */
  selected: Array<readonly string[] | undefined>;
  sort: 'relevance' | 'newest' | 'distance' | 'start';
  offset: number;
  limit: number;
  /**
   * From this many slots on, the search gives the event loop back between its phases (each a
   * few milliseconds even at a million listings), so other requests are served meanwhile; below
   * it a search is one short synchronous slice.
   */
  yieldAbove?: number;
}

/** Searches of a hundred thousand listings take a few milliseconds: no pause needed below this. */
export const defaultYieldAbove = 262_144;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IndexHit {
  id: string;
  /** Metres, when the search has a centre. */
  distance: number | null;
}

export interface IndexResult {
  total: number;
  hits: IndexHit[];
  facets: FacetValue[][];
}

/**
 * The search on one kind's listings, with the meaning of search/statement.ts: the candidates
 * (visible, text, age, radius), the disjunctive facet counts (each dimension counted over the
 * candidates that match every other dimension's choice), the total and the page.
 */
export async function searchListings(listings: Listings, search: IndexSearch): Promise<IndexResult> {
  const { slots } = listings;
  const yielding = slots >= (search.yieldAbove ?? defaultYieldAbove);
  // Scratch arrays are shared only by searches that never pause: paused ones may interleave.
  const scratch = yielding ? undefined : scratchArrays;
  const derived = Derived.of(listings, search.today);
  const landing = search.clauses.length === 0 && !search.center && search.minimumAge === undefined && search.selected.every((v) => !v?.length);
  if (landing) {
    // Kept current by every change (derived.ts): no search counts the landing answer.
    const { total, facets } = derived.landing();
    return { total, facets, hits: page(listings, search, derived.visible, undefined, derived, scratch, undefined) };
  }
  const pool = poolFor(derived.visible.length, yielding);
  try {
    return await searchCandidates(listings, search, derived, pool, yielding, scratch);
  } finally {
    // The pool's sets come back with other contents: the words found for one must be forgotten.
    wordsOf = undefined;
    pool.release();
  }
}

async function searchCandidates(listings: Listings, search: IndexSearch, derived: Derived, pool: BitsetPool, yielding: boolean, scratch: Scratch): Promise<IndexResult> {
  const { slots } = listings;
  let candidates: Bitset;
  if (search.clauses.length > 0) {
    candidates = matchClauses(listings, search.clauses, pool);
    andInto(candidates, derived.visible);
  } else {
    candidates = pool.copy(derived.visible);
  }
  const distances = search.center ? scratchArray(scratch, 'distance', slots) : undefined;
  const box = search.center ? centerPoint(search.center) : undefined;
  const { minimumAge, x, y, z } = listings;
  const age = search.minimumAge;
  // A straight line longer than the radius's chord (with room for rounding) is out without
  // the arcsine; the rest are measured exactly as earth_distance measures them.
  const chord = box ? 2 * earthRadius * Math.sin(Math.min(Math.PI / 2, box.metres / (2 * earthRadius))) * (1 + 1e-9) : 0;
  const chordSquared = chord * chord;
  let measured = false;
  if (box && distances) {
    // The cells the circle touches, unless a text search left fewer candidates than they hold.
    const cells = listings.grid().near(box.lat, box.lon, box.metres);
    let inCells = 0;
    for (const cell of cells) inCells += cell.n;
    if (search.clauses.length === 0 || count(candidates) > inCells) {
      const near = pool.take();
      for (const cell of cells) {
        const { slots: list, n, inside } = cell;
        for (let k = 0; k < n; k++) {
          const slot = list[k]!;
          const dx = x[slot]! - box.x;
          const dy = y[slot]! - box.y;
          const dz = z[slot]! - box.z;
          const squared = dx * dx + dy * dy + dz * dz;
          if (!inside && !(squared <= chordSquared)) continue;
          const metres = chordToArc(Math.sqrt(squared));
          if (!inside && !(metres <= box.metres)) continue;
          distances[slot] = metres;
          near[slot >>> 5]! |= 1 << (slot & 31);
        }
      }
      andInto(candidates, near);
      measured = true;
    }
  }
  if ((box && !measured) || age !== undefined) {
    for (let i = 0; i < candidates.length; i++) {
      let w = candidates[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const slot = (i << 5) + 31 - Math.clz32(low);
        if (age !== undefined) {
          const minimum = minimumAge[slot]!;
          if (minimum >= 0 && minimum > age) {
            candidates[i]! &= ~low;
            continue;
          }
        }
        if (box && distances && !measured) {
          const dx = x[slot]! - box.x;
          const dy = y[slot]! - box.y;
          const dz = z[slot]! - box.z;
          const squared = dx * dx + dy * dy + dz * dz;
          // NaN (no place) fails both tests.
          if (!(squared <= chordSquared)) {
            candidates[i]! &= ~low;
            continue;
          }
          const metres = chordToArc(Math.sqrt(squared));
          if (!(metres <= box.metres)) {
            candidates[i]! &= ~low;
            continue;
          }
          distances[slot] = metres;
        }
      }
    }
  }

  if (yielding) await pause();
  // Each chosen dimension's matches among the candidates.
  const chosen = search.selected.map((values, i) => (values?.length ? dimensionMatches(listings, i, values, candidates, pool) : undefined));
  const total = pool.copy(candidates);
  for (const set of chosen) if (set) andInto(total, set);
  const facets: FacetValue[][] = [];
  for (const [i, dimension] of listings.dimensions.entries()) {
    let counted = total;
    if (chosen[i]) {
      counted = pool.copy(candidates);
      chosen.forEach((set, j) => set && j !== i && andInto(counted, set));
    }
    facets.push(countValues(listings, i, counted, dimension.spec.limit));
    if (yielding) await pause();
  }
  const found = count(total);
  return { total: found, hits: page(listings, search, total, distances, derived, scratch, pool), facets };
}

/** bestWeight of each of the sixteen weight sets, looked up instead of tested per posting. */
const weightOf = Float64Array.from({ length: 16 }, (_, weights) => bestWeight(weights));

/**
 * Per-slot numbers a search needs for a moment (distances, ranks, sort keys), kept between
 * searches: a search runs synchronously, so one set suffices, and allocating megabytes per search
 * at hundreds of searches a second would keep the garbage collector busy. Only the slots a search
 * writes are read by it.
 */
const scratchArrays = new Map<string, Float64Array>();
function scratchArray(scratch: Map<string, Float64Array> | undefined, name: string, slots: number): Float64Array {
  if (!scratch) return new Float64Array(slots);
  let array = scratch.get(name);
  if (!array || array.length < slots) scratch.set(name, (array = new Float64Array(Math.max(slots, (array?.length ?? 0) * 2))));
  return array;
}
type Scratch = Map<string, Float64Array> | undefined;

function centerPoint(center: { lat: number; lon: number; radiusKm: number }) {
  // The statement rounds the centre to 1e-7 degrees too.
  const lat = ((Math.round(center.lat * 1e7) / 1e7) * Math.PI) / 180;
  const lon = ((Math.round(center.lon * 1e7) / 1e7) * Math.PI) / 180;
  return {
    lat: (lat * 180) / Math.PI,
    lon: (lon * 180) / Math.PI,
    x: earthRadius * Math.cos(lat) * Math.cos(lon),
    y: earthRadius * Math.cos(lat) * Math.sin(lon),
    z: earthRadius * Math.sin(lat),
    metres: center.radiusKm * 1000,
  };
}

/** earthdistance's sec_to_gc: the great-circle distance of a straight-line one. */
function chordToArc(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * earthRadius) > 1) return Math.PI * earthRadius;
  return 2 * earthRadius * Math.asin(chord / (2 * earthRadius));
}

/** Listings that hold every clause (a clause: any of its alternatives). */
function matchClauses(listings: Listings, clauses: readonly Clause[], pool: BitsetPool): Bitset {
  let result: Bitset | undefined;
  let spare: Bitset | undefined;
  for (const clause of clauses) {
    // The first clause is written into the result itself, the others into one set reused.
    let set: Bitset;
    if (!result) set = pool.take();
    else if (spare) (set = spare).fill(0);
    else set = spare = pool.take();
    for (const alternative of clause.alternatives) matchAlternative(listings, alternative, set, pool);
    if (result) andInto(result, set);
    else result = set;
  }
  return result ?? pool.take();
}

/**
 * Adds the listings holding every lexeme of the alternative to `into`. One lexeme, the usual
 * case, is written straight into it; several are intersected in a set of their own first.
 */
function matchAlternative(listings: Listings, alternative: Alternative, into: Bitset, pool: BitsetPool): void {
  const { lexemes } = alternative;
  if (lexemes.length === 1) {
    for (const postings of postingsOf(listings, lexemes[0]!, alternative.prefix)) addPostingSlots(postings, into);
    return;
  }
  if (lexemes.length === 0) return;
  const result = pool.take();
  const set = pool.take();
  lexemes.forEach((lexeme, i) => {
    const prefix = alternative.prefix && i === lexemes.length - 1;
    const target = i === 0 ? result : set;
    if (i > 0) set.fill(0);
    for (const postings of postingsOf(listings, lexeme, prefix)) addPostingSlots(postings, target);
    if (i > 0) andInto(result, set);
  });
  orInto(into, result);
}

/** The postings of a lexeme, or of every lexeme it starts when `prefix`. */
export function postingsOf(listings: Listings, lexeme: string, prefix: boolean): Postings[] {
  if (!prefix) {
    const postings = listings.terms.get(lexeme);
    return postings ? [postings] : [];
  }
  const sorted = listings.lexemes();
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < lexeme) lo = mid + 1;
    else hi = mid;
  }
  const found: Postings[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(lexeme); i++) found.push(listings.terms.get(sorted[i]!)!);
  return found;
}

function dimensionMatches(listings: Listings, index: number, values: readonly string[], candidates: Bitset, pool: BitsetPool): Bitset {
  const dimension = listings.dimensions[index]!;
  const set = pool.take();
  if (dimension.spec.wide) {
    const wanted = new Set(values.map((v) => dimension.ids.get(v)).filter((id) => id !== undefined));
    const { column } = dimension;
    for (let i = 0; i < candidates.length; i++) {
      let w = candidates[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        if (wanted.has(column[(i << 5) + 31 - Math.clz32(low)]!)) set[i]! |= low;
      }
    }
    return set;
  }
  for (const value of new Set(values)) {
    const values = listings.valueSet(index, value);
    if (values) orInto(set, values);
  }
  andInto(set, candidates);
  return set;
}

/**
 * The indexes of `set`'s non-empty words, in a scratch array reused by the next call. The set
 * counted for most dimensions is the same one (the total), so the last answer is kept for it.
 */
let wordScratch = new Uint32Array(0);
let wordsOf: { set: Bitset; n: number } | undefined;
function nonzeroWords(set: Bitset): { list: Uint32Array; n: number } {
  if (wordsOf?.set === set) return { list: wordScratch, n: wordsOf.n };
  if (wordScratch.length < set.length) wordScratch = new Uint32Array(set.length);
  let n = 0;
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) wordScratch[n++] = i;
  wordsOf = { set, n };
  return { list: wordScratch, n };
}

function countValues(listings: Listings, index: number, counted: Bitset, limit: number | undefined): FacetValue[] {
  const dimension = listings.dimensions[index]!;
  const tally = new Uint32Array(dimension.names.length);
  if (dimension.spec.wide) {
    const { column } = dimension;
    for (let i = 0; i < counted.length; i++) {
      let w = counted[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const id = column[(i << 5) + 31 - Math.clz32(low)]!;
        if (id >= 0) tally[id]!++;
      }
    }
  } else {
    // Only the words holding a counted listing are read, once per value: a text search's few
    // hundred matches touch a few hundred words of each value's set, not all of them. When most
    // words hold one, reading them all in order is cheaper than going through the list.
    const words = nonzeroWords(counted);
    const { sets } = dimension;
    const dense = words.n * 4 > counted.length * 3;
    for (let id = 0; id < sets.length; id++) tally[id] = dense ? countAnd(sets[id]!, counted) : countAndAt(sets[id]!, counted, words.list, words.n);
  }
  // The largest counts first, then by value; with a limit only that many are ever kept in order
  // (organisations: thousands of values, twenty shown).
  const { names } = dimension;
  const before = (a: number, b: number) => tally[a]! > tally[b]! || (tally[a] === tally[b] && names[a]! < names[b]!);
  const keep = limit ?? names.length;
  const top: number[] = [];
  for (let id = 0; id < tally.length; id++) {
    if (tally[id] === 0) continue;
    if (top.length === keep && !before(id, top[keep - 1]!)) continue;
    let at = top.length === keep ? keep - 1 : top.length;
    while (at > 0 && before(id, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = id;
  }
  return top.map((id) => ({ value: names[id]!, count: tally[id]! }));
}

/** The page's listings in the sort's order; only the first offset + limit are ever ordered. */
function page(listings: Listings, search: IndexSearch, hits: Bitset, distances: Float64Array | undefined, derived: Derived, scratch: Scratch, pool: BitsetPool | undefined): IndexHit[] {
  const { ids, created } = listings;
  const keep = search.offset + search.limit;
  if (search.sort === 'newest' || (search.sort === 'relevance' && search.clauses.length === 0)) {
    // Newest first is one order for every search, kept by derived.ts and walked until the page
    // is full, instead of ordering every hit of a wide search.
    const slots = derived.newest(hits, keep);
    return slots.slice(search.offset).map((slot) => ({ id: ids.idOf(slot), distance: distances ? distances[slot]! : null }));
  }
  let primary: Float64Array | undefined;
  let descending = false;
  if (search.sort === 'relevance' && search.clauses.length > 0) {
    primary = relevance(listings, search, hits, scratch, pool ?? new BitsetPool(hits.length));
    descending = true;
  } else if (search.sort === 'distance') {
    primary = distances;
  } else if (search.sort === 'start') {
    primary = startKeys(listings, hits, search.now, scratch);
  }
  // Ties: newest first, then id descending (distance: id ascending), as the statement orders.
  const before = (a: number, b: number): boolean => {
    if (primary) {
      const pa = primary[a]!;
      const pb = primary[b]!;
      if (pa !== pb) return descending ? pa > pb : pa < pb;
    }
    if (search.sort === 'distance') return ids.compare(a, b) < 0;
    if (created[a] !== created[b]) return created[a]! > created[b]!;
    return ids.compare(a, b) > 0;
  };
  const top = topSlots(hits, keep, before);
  return top.slice(search.offset).map((slot) => ({ id: ids.idOf(slot), distance: distances ? distances[slot]! : null }));
}

/** The `keep` first slots by `before`, in order: a bounded heap whose root is the worst kept. */
function topSlots(hits: Bitset, keep: number, before: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => before(b, a);
  forEachSlot(hits, (slot) => {
    if (heap.length < keep) {
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (keep > 0 && before(slot, heap[0]!)) {
      heap[0] = slot;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
  });
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/**
 * A rank in the spirit of the statement's ts_rank_cd(search, query, 1), divided by 1 + the log
 * of the document's length; listings without the whole last word (only a word it starts) get
 * half. One word: the best weight it occurs with (title A 1.0 … place D 0.1). Several words:
 * ts_rank_cd's covers (see `covers`) over the first position of each matching lexeme, so
 * "Erste Hilfe" written together in a summary ranks above "Hilfe" in a title with "erste"
 * three paragraphs later.
 */
function relevance(listings: Listings, search: IndexSearch, hits: Bitset, scratch: Scratch, pool: BitsetPool): Float64Array {
  const score = scratchArray(scratch, 'score', listings.slots);
  const words = search.clauses.length;
  // Several words: per hit, (position, word, weight) of each matching lexeme's first occurrence.
  const occurrences = words > 1 ? new Map<number, number[]>() : undefined;
  // One word counts once, by its best alternative: a synonym or gendered form adds recall, not rank.
  forEachSlot(hits, (slot) => {
    score[slot] = 0;
  });
  search.clauses.forEach((clause, c) => {
    for (const alternative of clause.alternatives) {
      alternative.lexemes.forEach((lexeme, i) => {
        const prefix = alternative.prefix && i === alternative.lexemes.length - 1;
        for (const postings of postingsOf(listings, lexeme, prefix)) {
          if (!occurrences) {
            maxWeightInto(postings, hits, score, weightOf);
            continue;
          }
          for (const reader = new PostingReader(postings); reader.next(); ) {
            const slot = reader.slot;
            if (!has(hits, slot)) continue;
            let list = occurrences.get(slot);
            if (!list) occurrences.set(slot, (list = []));
            list.push(reader.first, c, bestWeight(reader.weights));
          }
        }
      });
    }
  });
  if (occurrences) for (const [slot, list] of occurrences) score[slot] = covers(list, words);
  const exact = search.exact ? matchClauses(listings, search.exact, pool) : undefined;
  forEachSlot(hits, (slot) => {
    let value = score[slot]! / (1 + Math.log(Math.max(1, listings.docLength[slot]!)));
    if (exact && !has(exact, slot)) value *= 0.5;
    score[slot] = value;
  });
  return score;
}

/**
 * ts_rank_cd's sum over covers (PostgreSQL's calc_rank_cd): left to right, each shortest stretch
 * holding every word scores the harmonic mean of the weights inside it divided by 1 + the
 * positions in it that are no query word. `list` holds (position, word, weight) triples; the
 * index keeps one position per lexeme, so this sees fewer covers than the database does.
 */
function covers(list: number[], words: number): number {
  const sorted = Array.from({ length: list.length / 3 }, (_, i) => i).sort((a, b) => list[3 * a]! - list[3 * b]! || list[3 * a + 1]! - list[3 * b + 1]!);
  // A lexeme reached by two alternatives of one word (a spelling and a gendered form) counts once.
  const order = sorted.filter((i, k) => k === 0 || list[3 * i] !== list[3 * sorted[k - 1]!] || list[3 * i + 1] !== list[3 * sorted[k - 1]! + 1]);
  const n = order.length;
  const at = (i: number, field: number) => list[3 * order[i]! + field]!;
  let total = 0;
  let from = 0;
  const seen = new Uint8Array(words);
  for (;;) {
    // The first end by which every word has occurred since `from` …
    seen.fill(0);
    let missing = words;
    let end = from;
    for (; end < n && missing > 0; end++) {
      const word = at(end, 1);
      if (!seen[word]) missing--;
      seen[word] = 1;
    }
    if (missing > 0) return total;
    end--;
    // … and the latest begin before it that still holds every word.
    seen.fill(0);
    missing = words;
    let begin = end;
    for (; begin >= from; begin--) {
      const word = at(begin, 1);
      if (!seen[word] && --missing === 0) break;
      seen[word] = 1;
    }
    let inverse = 0;
    for (let i = begin; i <= end; i++) inverse += 1 / at(i, 2);
    const noise = Math.max(0, at(end, 0) - at(begin, 0) - (end - begin));
    total += (end - begin + 1) / inverse / (1 + noise);
    from = begin + 1;
  }
}

/** The next start still ahead; Infinity (last) for undated listings and those all past. */
function startKeys(listings: Listings, hits: Bitset, now: number, scratch: Scratch): Float64Array {
  const keys = scratchArray(scratch, 'start', listings.slots);
  forEachSlot(hits, (slot) => {
    const first = listings.firstStart[slot]!;
    if (Number.isNaN(first)) keys[slot] = Number.POSITIVE_INFINITY;
    else if (first >= now) keys[slot] = first;
    else {
      const later = listings.moreStarts.get(slot)?.find((s) => s >= now);
      keys[slot] = later ?? Number.POSITIVE_INFINITY;
    }
  });
  return keys;
}
