import type { FacetValue } from '@mitmachen/contract';
import { andInto, count, forEachSlot, has, orInto, type Bitset } from './bitset.js';
import { Derived } from './derived.js';
import { earthPoint, earthRadius } from './earth.js';
import type { Listings } from './listings.js';
import { BitsetPool } from './pool.js';
import { countFacets, forgetWords } from './facets.js';
import { nearestMetres, offsetMargin, offsetUnit, type NearCell } from './grid.js';
import { matchClauses, type Clause } from './match.js';
import { matchScored, rank, RankScratch } from './rank.js';
import { inTurn, quickInTurn } from './turns.js';

export type { Alternative, Clause } from './match.js';

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
   * few milliseconds even at a million listings), so other requests are served meanwhile, and
   * waits for its turn behind the other large searches (turns.ts); below it a search is one
   * short synchronous slice.
   */
  yieldAbove?: number;
}

/** Searches of a hundred thousand listings take a few milliseconds: no pause needed below this. */
export const defaultYieldAbove = 262_144;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IndexHit {
  id: string;
  /** Where the listing is in the index's columns (its card is kept by it, cards.ts). */
  slot: number;
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
  const landing = search.clauses.length === 0 && !search.center && search.minimumAge === undefined && search.selected.every((v) => !v?.length);
  if (landing) {
    // Kept current by every change (derived.ts): no search counts the landing answer. One
    // synchronous slice at any size, so it needs no turn; its scratch is its own.
    const derived = Derived.of(listings, search.today);
    const { total, facets } = derived.landing();
    return { total, facets, hits: page(listings, search, derived.visible, total, undefined, derived, workspaces.landing, undefined) };
  }
  if (listings.slots < (search.yieldAbove ?? defaultYieldAbove)) return quickInTurn(() => searchIn(listings, search, workspaces.quick, undefined));
  // Its derived data is taken when its turn comes: changes applied while it waited are in it.
  return inTurn(() => searchIn(listings, search, workspaces.large, pause));
}

/** The search in `workspace`, pausing between phases with `pausing` (the large searches, one at a time). */
async function searchIn(listings: Listings, search: IndexSearch, workspace: Workspace, pausing: (() => Promise<void>) | undefined): Promise<IndexResult> {
  const derived = Derived.of(listings, search.today);
  const pool = poolOf(workspace, derived.visible.length);
  try {
    return await searchCandidates(listings, search, derived, pool, pausing, workspace);
  } finally {
    forgetWords();
    workspace.rank.forgetScored();
    pool.release();
  }
}

async function searchCandidates(listings: Listings, search: IndexSearch, derived: Derived, pool: BitsetPool, pausing: (() => Promise<void>) | undefined, scratch: Workspace): Promise<IndexResult> {
  const { slots } = listings;
  let candidates: Bitset;
  if (search.clauses.length > 0) {
    // Ranked by relevance: a one-word query scores its matches while matching them (rank.ts),
    // into the workspace's score array the ranking reads.
    const scored = search.sort === 'relevance' ? matchScored(listings, search.clauses, search.exact, pool, scratchArray(scratch, 'score', slots), scratch.rank) : undefined;
    candidates = scored ?? matchClauses(listings, search.clauses, pool);
    andInto(candidates, derived.visible);
  } else {
    candidates = pool.copy(derived.visible);
  }
  const distances = search.center ? scratchArray(scratch, 'distance', slots) : undefined;
  const box = search.center ? centerPoint(search.center) : undefined;
  const { minimumAge } = listings;
  const age = search.minimumAge;
  // A straight line longer than the radius's chord (with room for rounding) is out without
  // the arcsine; the rest are measured exactly as earth_distance measures them.
  const chord = box ? 2 * earthRadius * Math.sin(Math.min(Math.PI / 2, box.metres / (2 * earthRadius))) * (1 + 1e-9) : 0;
  const chordSquared = chord * chord;
  let measured = false;
  let cells: NearCell[] | undefined;
  if (box && distances) {
    cells = listings.grid().near(box.lat, box.lon, box.metres);
    let inCells = 0;
    for (const cell of cells) inCells += cell.n;
    const text = search.clauses.length > 0;
    if (!text || count(candidates) * cellReadsPerCandidate > inCells) {
      narrowToCells(listings, cells, box, chord, candidates, text, pool);
      measured = true;
    }
  }
  // The grid leaves the hits' distances unmeasured: the page measures those it needs.
  const place = box && distances ? { box, distances, cells: measured ? cells : undefined } : undefined;
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
          const squared = squaredChord(listings, box, slot);
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

  if (pausing) await pausing();
  // Each chosen dimension's matches among the candidates.
  const chosen = search.selected.map((values, i) => (values?.length ? dimensionMatches(listings, i, values, candidates, pool) : undefined));
  const total = pool.copy(candidates);
  for (const set of chosen) if (set) andInto(total, set);
  const found = count(total);
  const facets = await countFacets(listings, candidates, chosen, total, found, pool, pausing);
  return { total: found, hits: page(listings, search, total, found, place, derived, scratch, pool), facets };
}

/**
 * A text search's candidates are measured one by one unless the circle's cells hold more than
 * this many listings per candidate: a cell is read in order (a slot and three offsets a
 * listing), a candidate's place from anywhere in two arrays of 8 MB at a million listings and
 * made a point by four sines and cosines. Measured there: 5.6 ns a listing of the cells, 72 ns
 * a candidate.
 */
const cellReadsPerCandidate = 12;

/**
 * Narrows `candidates` to the listings of `cells` within the circle: a cell inside it is taken
 * whole, a cell its edge crosses is measured listing by listing from the cell's own offsets
 * (grid.ts), and only a listing within a metre of the edge is measured again from its own
 * latitude and longitude, with the arithmetic the full scan uses, so the answer is the same to
 * the last bit. With `onlyCandidates` (a text search's matches), listings not among them are
 * not measured.
 */
function narrowToCells(listings: Listings, cells: readonly NearCell[], box: Place['box'], chord: number, candidates: Bitset, onlyCandidates: boolean, pool: BitsetPool): void {
  const chordSquared = chord * chord;
  const exactChord = chord / (1 + 1e-9);
  // Within `surely` the listing is inside by any rounding; beyond `maybe` outside.
  const surely = exactChord > offsetMargin ? (exactChord - offsetMargin) ** 2 : -1;
  const maybe = (chord + offsetMargin) ** 2;
  const near = pool.take();
  for (const cell of cells) {
    const { slots: list, n, inside, offsets } = cell;
    if (inside) {
      for (let k = 0; k < n; k++) near[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
      continue;
    }
    const ox = cell.origin[0]! - box.x;
    const oy = cell.origin[1]! - box.y;
    const oz = cell.origin[2]! - box.z;
    for (let k = 0; k < n; k++) {
      const slot = list[k]!;
      if (onlyCandidates && (candidates[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
      const dx = ox + offsets[3 * k]! * offsetUnit;
      const dy = oy + offsets[3 * k + 1]! * offsetUnit;
      const dz = oz + offsets[3 * k + 2]! * offsetUnit;
      const roughly = dx * dx + dy * dy + dz * dz;
      if (roughly > maybe) continue;
      if (roughly > surely) {
        const squared = squaredChord(listings, box, slot);
        if (!(squared <= chordSquared) || !(chordToArc(Math.sqrt(squared)) <= box.metres)) continue;
      }
      near[slot >>> 5]! |= 1 << (slot & 31);
    }
  }
  andInto(candidates, near);
}

/**
 * A radius search's centre and the hits' distances: measured for every candidate, or, when the
 * grid found them (`cells`), only for the listings the page reads.
 */
interface Place {
  box: ReturnType<typeof centerPoint>;
  distances: Float64Array;
  cells: NearCell[] | undefined;
}

/** The distance of `slot` from the centre in metres, as earth_distance measures it. */
function measure(listings: Listings, box: Place['box'], slot: number): number {
  return chordToArc(Math.sqrt(squaredChord(listings, box, slot)));
}

const point = new Float64Array(3);

/** The square of the straight line from the centre to the place of `slot` (NaN without one), as cube_distance sums it. */
function squaredChord(listings: Listings, box: Place['box'], slot: number): number {
  earthPoint(listings.lat[slot]!, listings.lon[slot]!, point);
  const dx = point[0]! - box.x;
  const dy = point[1]! - box.y;
  const dz = point[2]! - box.z;
  return dx * dx + dy * dy + dz * dz;
}

/**
 * What a search works in for a moment: its bitsets (pool.ts), per-slot numbers (distances, ranks,
 * sort keys) and the ranking's scratch, kept between searches, since allocating megabytes per
 * search at hundreds of searches a second would keep the garbage collector busy. Only the slots
 * a search writes are read by it. Three: the quick searches' and the large searches' (each kind
 * one at a time by its turns, turns.ts; quick searches run between a large one's phases, so they
 * must not share it), and the landing search's page (one synchronous slice, which may come
 * between a quick search's phases).
 */
interface Workspace {
  arrays: Map<string, Float64Array>;
  rank: RankScratch;
  /** Bitset pools by set size: an instance's opportunities and offers differ, and sizes grow with the slots. */
  pools: Map<number, BitsetPool>;
}
const workspace = (): Workspace => ({ arrays: new Map(), rank: new RankScratch(), pools: new Map() });
const workspaces = { quick: workspace(), large: workspace(), landing: workspace() };

/** The workspace's pool for sets of `words` words: two sizes are kept (opportunities, offers), one outgrown is dropped. */
function poolOf(workspace: Workspace, words: number): BitsetPool {
  let pool = workspace.pools.get(words);
  if (!pool) {
    if (workspace.pools.size >= 2) workspace.pools.delete(workspace.pools.keys().next().value!);
    workspace.pools.set(words, (pool = new BitsetPool(words)));
  }
  return pool;
}

function scratchArray(workspace: Workspace, name: string, slots: number): Float64Array {
  let array = workspace.arrays.get(name);
  if (!array || array.length < slots) workspace.arrays.set(name, (array = new Float64Array(Math.max(slots, (array?.length ?? 0) * 2))));
  return array;
}

function centerPoint(center: { lat: number; lon: number; radiusKm: number }) {
  // The statement rounds the centre to 1e-7 degrees too.
  const lat = Math.round(center.lat * 1e7) / 1e7;
  const lon = Math.round(center.lon * 1e7) / 1e7;
  const point = new Float64Array(3);
  earthPoint(lat, lon, point);
  return { lat, lon, x: point[0]!, y: point[1]!, z: point[2]!, metres: center.radiusKm * 1000 };
}

/** earthdistance's sec_to_gc: the great-circle distance of a straight-line one. */
function chordToArc(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * earthRadius) > 1) return Math.PI * earthRadius;
  return 2 * earthRadius * Math.asin(chord / (2 * earthRadius));
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

/** The page's listings in the sort's order; only the first offset + limit are ever ordered. */
function page(
  listings: Listings,
  search: IndexSearch,
  hits: Bitset,
  found: number,
  place: Place | undefined,
  derived: Derived,
  scratch: Workspace,
  pool: BitsetPool | undefined,
): IndexHit[] {
  const { ids, created } = listings;
  const keep = search.offset + search.limit;
  const distance = (slot: number): number | null => (!place ? null : place.cells ? measure(listings, place.box, slot) : place.distances[slot]!);
  const hit = (slot: number): IndexHit => ({ id: ids.idOf(slot), slot, distance: distance(slot) });
  if (search.sort === 'distance' && place?.cells) return nearest(listings, place, place.cells, hits, keep).slice(search.offset).map(hit);
  const newest = search.sort === 'newest' || (search.sort === 'relevance' && search.clauses.length === 0);
  if (newest && !fewHits(derived, hits, found, keep)) {
    // Newest first is one order for every search, kept by derived.ts and walked until the page
    // is full, instead of ordering every hit of a wide search.
    const slots = derived.newest(hits, keep);
    return slots.slice(search.offset).map(hit);
  }
  let primary: Float64Array | undefined;
  let descending = false;
  if (search.sort === 'relevance' && search.clauses.length > 0) {
    primary = scratchArray(scratch, 'score', listings.slots);
    rank(listings, search, hits, primary, scratch.rank, pool ?? new BitsetPool(hits.length));
    descending = true;
  } else if (search.sort === 'distance') {
    primary = place?.distances;
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
  const top = topSlots(hits, keep, before, primary, descending);
  return top.slice(search.offset).map(hit);
}

/**
 * Whether the hits are so few that a heap over them (a pass over the bitset's words and one step
 * per hit) finds the newest page sooner than walking the newest order, which meets a hit only
 * every visible / found entries: a narrow filter's page was a walk through most of the order.
 */
function fewHits(derived: Derived, hits: Bitset, found: number, keep: number): boolean {
  const visible = derived.total;
  const walked = found === 0 ? visible : Math.min(visible, (keep * visible) / found);
  return walked > hits.length + 8 * found;
}

/**
 * The `keep` first slots by `before`, in order. With the primary key `before` compares first, a
 * hit strictly behind the worst kept is passed over without a call: most hits of a wide search.
 * The bits are walked here, not by forEachSlot: its call per hit measured 4–5 % of "kinder".
 */
function topSlots(hits: Bitset, keep: number, before: (a: number, b: number) => boolean, primary?: Float64Array, descending = false): number[] {
  const top = new Top(keep, before);
  for (let i = 0; i < hits.length; i++) {
    let w = hits[i]!;
    while (w !== 0) {
      const low = w & -w;
      w ^= low;
      const slot = (i << 5) + 31 - Math.clz32(low);
      if (primary && top.full()) {
        const key = primary[slot]!;
        const worst = primary[top.worst()!]!;
        if (descending ? key < worst : key > worst) continue;
      }
      top.offer(slot);
    }
  }
  return top.sorted();
}

/**
 * The `keep` hits nearest the centre, nearest first (ties: id ascending, as the statement
 * orders), reading the grid's cells in the order of how near they can be and stopping at the
 * first that cannot hold one nearer than the farthest kept: a page of a 30 km circle measures a
 * few cells' listings, not every hit in it.
 */
function nearest(listings: Listings, place: Place, cells: readonly NearCell[], hits: Bitset, keep: number): number[] {
  if (keep === 0) return [];
  const { box, distances } = place;
  const bound = cells.map((cell) => nearestMetres(cell, box.lat, box.lon));
  const order = cells.map((_, i) => i).sort((a, b) => bound[a]! - bound[b]!);
  const top = new Top(keep, (a, b) => (distances[a] !== distances[b] ? distances[a]! < distances[b]! : listings.ids.compare(a, b) < 0));
  for (const i of order) {
    // A listing exactly as far as the farthest kept may still come first by its id.
    const worst = top.worst();
    if (worst !== undefined && top.full() && bound[i]! > distances[worst]!) break;
    const { slots, n } = cells[i]!;
    for (let k = 0; k < n; k++) {
      const slot = slots[k]!;
      if (!has(hits, slot)) continue;
      distances[slot] = measure(listings, box, slot);
      top.offer(slot);
    }
  }
  return top.sorted();
}

/** The `keep` first of the slots offered by `before`: a bounded heap whose root is the worst kept. */
class Top {
  private readonly heap: number[] = [];

  constructor(
    private readonly keep: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {}

  full(): boolean {
    return this.heap.length === this.keep;
  }

  /** The worst slot kept. */
  worst(): number | undefined {
    return this.heap[0];
  }

  offer(slot: number): void {
    const { heap, keep, before } = this;
    // The root is the worst kept: a parent is never before its children.
    if (heap.length < keep) {
      heap.push(slot);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent]!, heap[i]!)) break;
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
        if (l < heap.length && before(heap[m]!, heap[l]!)) m = l;
        if (r < heap.length && before(heap[m]!, heap[r]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
  }

  sorted(): number[] {
    const { before } = this;
    return [...this.heap].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
}

/** The next start still ahead; Infinity (last) for undated listings and those all past. */
function startKeys(listings: Listings, hits: Bitset, now: number, scratch: Workspace): Float64Array {
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
