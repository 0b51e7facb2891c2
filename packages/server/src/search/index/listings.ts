import { add, bitset, remove, type Bitset } from './bitset.js';
import { valueCodeBytes } from './value-codes.js';
import type { Derived } from './derived.js';
import { Grid } from './grid.js';
import { IdTable } from './ids.js';
import { appendPosting, emptyPostings, trimPostings, type Postings } from './postings.js';
import { lowerBound } from './sorted.js';
import { parseTsvector } from './tsvector.js';

/** A facet dimension as the index keeps it. */
export interface DimensionSpec {
  name: string;
  /** A listing may hold several values (categories). */
  array: boolean;
  /**
   * Many distinct values (organisations): one value id per listing instead of a bitset per
   * value, which at thousands of values would cost more memory than the listings.
   */
  wide?: boolean;
  /** Most values reported. */
  limit?: number;
}

/** One listing as loaded from the database (see snapshot.ts). */
export interface ListingRow {
  id: string;
  /** Microseconds since 1970 (exact in a double), as PostgreSQL orders timestamps. */
  created: number;
  /** Days since 1970 of the last day it is shown; null: no expiry. */
  expires: number | null;
  lat: number | null;
  lon: number | null;
  minimum_age: number | null;
  /** Start times (microseconds since 1970), ascending. */
  starts: number[] | null;
  /** Per dimension, in the spec's order. */
  values: Array<string | string[] | null>;
  /** The stored search document, as text. */
  doc: string;
}

interface Dimension {
  spec: DimensionSpec;
  ids: Map<string, number>;
  names: string[];
  /** Narrow dimensions: the listings holding each value. */
  sets: Bitset[];
  /** Wide dimensions: each slot's value id, -1 for none. */
  column: Int32Array;
}

const noExpiry = 2 ** 31 - 1;

/**
 * The published listings of one kind, column by column: slot i of every array is one listing.
 * A changed listing is written to a new slot and its old slot marked dead (postings stay sorted
 * by slot without moving anything); the engine rebuilds the whole index when too many are dead.
 */
export class Listings {
  slots = 0;
  dead = 0;
  /** The visible set, landing counts and newest order (derived.ts): built after each load (SearchIndex.prepare), then told of every put and delete. */
  derived: Derived | undefined;
  ids = new IdTable();
  live: Bitset = bitset(0);
  created = new Float64Array(0);
  expires = new Int32Array(0);
  /** The place in degrees (NaN without one); earthPoint makes ll_to_earth's point of it where a search measures. */
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  minimumAge = new Int16Array(0);
  /** First start time, NaN when undated; listings with more dates keep them in `moreStarts`. */
  firstStart = new Float64Array(0);
  readonly moreStarts = new Map<number, Float64Array>();
  docLength = new Uint16Array(0);
  readonly dimensions: Dimension[];
  readonly terms = new Map<string, Postings>();
  /** The places by cell for radius searches (grid.ts): built on the first one, then followed. */
  private placeGrid: Grid | undefined;
  private sortedTerms: string[] | undefined;
  /**
   * Being filled by a load: the columns grow by half at a time. Afterwards (trimmed to fit, or
   * restored from a snapshot file) changes come one by one and they grow by an eighth.
   */
  loading = true;

  constructor(readonly specs: readonly DimensionSpec[]) {
    this.dimensions = specs.map((spec) => ({ spec, ids: new Map(), names: [], sets: [], column: new Int32Array(0) }));
  }

  get size(): number {
    return this.slots - this.dead;
  }

  /** Adds or replaces a listing. */
  put(row: ListingRow): void {
    this.delete(row.id);
    const slot = this.slots++;
    this.reserve(this.slots);
    this.ids.set(row.id, slot);
    add(this.live, slot);
    this.created[slot] = row.created;
    this.expires[slot] = row.expires ?? noExpiry;
    const placed = row.lat !== null && row.lon !== null;
    this.lat[slot] = placed ? row.lat! : Number.NaN;
    this.lon[slot] = placed ? row.lon! : Number.NaN;
    this.minimumAge[slot] = row.minimum_age ?? -1;
    const starts = row.starts ?? [];
    this.firstStart[slot] = starts[0] ?? Number.NaN;
    if (starts.length > 1) this.moreStarts.set(slot, Float64Array.from(starts));
    row.values.forEach((value, i) => this.putValue(this.dimensions[i]!, slot, value));
    const { terms, length } = parseTsvector(row.doc);
    this.docLength[slot] = Math.min(length, 65535);
    for (const { lexeme, weights, first } of terms) {
      let postings = this.terms.get(lexeme);
      if (!postings) {
        postings = emptyPostings();
        this.terms.set(lexeme, postings);
        if (this.sortedTerms) insertSorted(this.sortedTerms, lexeme);
      }
      appendPosting(postings, slot, weights, first, this.loading);
    }
    this.derived?.added(slot);
  }

  /** Gives back the room kept for growing, once a load has put every listing. */
  trim(): void {
    this.loading = false;
    for (const postings of this.terms.values()) trimPostings(postings);
    this.resizeColumns(this.slots);
    this.ids.trim(this.slots);
  }

  delete(id: string): void {
    const slot = this.ids.get(id);
    if (slot === undefined) return;
    this.derived?.removed(slot);
    this.ids.delete(id);
    remove(this.live, slot);
    this.moreStarts.delete(slot);
    this.dead++;
  }

  /** Lexemes in code-unit order, for prefix ranges ("hundest" → "hundestaffel"). */
  lexemes(): string[] {
    this.sortedTerms ??= [...this.terms.keys()].sort();
    return this.sortedTerms;
  }

  /** The grid of places, with every slot put so far in its cell. */
  grid(): Grid {
    this.placeGrid ??= new Grid();
    this.placeGrid.follow(this);
    return this.placeGrid;
  }

  /** The listings holding any of `values` of dimension `index` (narrow dimensions). */
  valueSet(index: number, value: string): Bitset | undefined {
    const dimension = this.dimensions[index]!;
    const id = dimension.ids.get(value);
    return id === undefined ? undefined : dimension.sets[id];
  }

  /** Bytes held by the arrays and postings (strings and maps estimated). */
  bytes(): number {
    let total = this.live.byteLength + this.created.byteLength + this.expires.byteLength + 2 * this.lat.byteLength;
    total += this.minimumAge.byteLength + this.firstStart.byteLength + this.docLength.byteLength;
    total += this.ids.byteLength();
    for (const d of this.dimensions) total += d.column.byteLength + d.sets.reduce((n, s) => n + s.byteLength, 0);
    for (const [lexeme, postings] of this.terms) total += postings.bytes.byteLength + 2 * lexeme.length + 120;
    for (const starts of this.moreStarts.values()) total += starts.byteLength + 40;
    total += this.placeGrid?.bytes() ?? 0;
    total += valueCodeBytes(this);
    return total;
  }

  private putValue(dimension: Dimension, slot: number, value: string | string[] | null): void {
    const values = value === null ? [] : Array.isArray(value) ? value : [value];
    if (dimension.spec.wide) dimension.column[slot] = values[0] === undefined ? -1 : this.valueId(dimension, values[0]);
    for (const v of dimension.spec.wide ? [] : values) add(dimension.sets[this.valueId(dimension, v)]!, slot);
  }

  private valueId(dimension: Dimension, value: string): number {
    let id = dimension.ids.get(value);
    if (id === undefined) {
      id = dimension.names.length;
      dimension.ids.set(value, id);
      dimension.names.push(value);
      if (!dimension.spec.wide) dimension.sets.push(bitset(this.created.length));
    }
    return id;
  }

  private reserve(slots: number): void {
    if (this.created.length >= slots) return;
    // Half again while loading; once trimmed, a sixteenth more at a time: a quarter kept 20
    // bytes a listing spare after the first change (the columns are 80 a listing). Copying them
    // once per sixteenth of the listings changed is a pause of tens of milliseconds at a million
    // every 60,000 changes.
    this.resizeColumns(Math.max(1024, Math.ceil(this.created.length * (this.loading ? 1.5 : 1.0625)), slots));
  }

  private resizeColumns(size: number): void {
    if (this.created.length === size) return;
    this.live = resizedSet(this.live, size);
    this.created = resize(this.created, size);
    this.expires = resize(this.expires, size);
    this.lat = resize(this.lat, size);
    this.lon = resize(this.lon, size);
    this.minimumAge = resize(this.minimumAge, size);
    this.firstStart = resize(this.firstStart, size);
    this.docLength = resize(this.docLength, size);
    this.ids.reserve(size);
    for (const d of this.dimensions) {
      if (d.spec.wide) d.column = resize(d.column, size);
      else d.sets = d.sets.map((set) => resizedSet(set, size));
    }
  }
}

/**
 * Puts a new lexeme in its place in the sorted list: a change bringing one new word moves part
 * of the list (a memmove) instead of sorting the whole vocabulary again on the next prefix search.
 */
function insertSorted(sorted: string[], lexeme: string): void {
  sorted.splice(lowerBound(sorted, lexeme), 0, lexeme);
}

type Typed = Float64Array | Int32Array | Int16Array | Uint16Array;
function resize<T extends Typed>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array.length > size ? array.subarray(0, size) : array);
  return next;
}

/** A bitset with room for exactly `slots` (bits past them are never set). */
function resizedSet(set: Bitset, slots: number): Bitset {
  const next = bitset(slots);
  next.set(set.length > next.length ? set.subarray(0, next.length) : set);
  return next;
}
