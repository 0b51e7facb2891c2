/**
 * Each listing's values of the narrow facet dimensions, one small number per slot, beside the
 * bitsets per value the index keeps: a search that matched a few hundred listings counts its
 * facets by reading these for each match, instead of intersecting every value's bitset with
 * the matches (which reads a word of each of some fifty sets per word holding a match).
 * A single-valued dimension (region, schedule) keeps the value's id + 1 (0: none), a
 * several-valued one (categories) a bit per value id.
 *
 * Derived from the bitsets and followed like the radius grid: slots only grow and a slot's
 * values never change (a changed listing gets a new slot), so the slots put since the last
 * look are added; dead slots keep their values and are dropped by the visible set. A column is
 * rebuilt wider when a dimension outgrows it, and left out (counted by bitsets) past 32 values
 * of a several-valued dimension or 65,535 of a single-valued one.
 */
import type { Listings } from './listings.js';

export type ColumnArray = Uint8Array | Uint16Array | Uint32Array;

export interface ValueColumn {
  several: boolean;
  values: ColumnArray;
}

export class ValueColumns {
  /** Per dimension; undefined for wide dimensions (they keep a column of their own) and ones too many values. */
  columns: Array<ValueColumn | undefined> = [];
  /** Slots below this are in the columns. */
  private covered = 0;
  /** Dimensions whose slots held two values though the dimension holds one: counted by bitsets. */
  private readonly refused = new Set<number>();

  /** Adds the slots put since the last call, rebuilding a column its dimension has outgrown. */
  follow(listings: Listings): void {
    const { slots } = listings;
    let from = this.covered;
    listings.dimensions.forEach((dimension, d) => {
      const width = dimension.spec.wide || this.refused.has(d) ? undefined : widthFor(dimension.spec.array, dimension.names.length);
      const column = this.columns[d];
      if (width === undefined) {
        this.columns[d] = undefined;
        return;
      }
      if (!column || !(column.values instanceof width)) {
        // New or too narrow: every column is filled again from the first slot.
        this.columns[d] = { several: dimension.spec.array, values: new width(Math.max(slots, listings.created.length)) };
        from = 0;
      }
    });
    if (from === slots) return;
    this.columns.forEach((column, d) => {
      if (!column) return;
      if (column.values.length < slots) {
        const next = new (column.values.constructor as new (n: number) => ColumnArray)(Math.max(slots, Math.ceil(column.values.length * 1.25)));
        next.set(column.values);
        column.values = next;
      }
      if (fill(column, listings.dimensions[d]!.sets, from, slots)) return;
      this.columns[d] = undefined;
      this.refused.add(d);
    });
    this.covered = slots;
  }

  bytes(): number {
    return this.columns.reduce((n, column) => n + (column?.values.byteLength ?? 0), 0);
  }
}

/** The array type holding a dimension's values, or undefined when they do not fit one. */
function widthFor(several: boolean, values: number): (new (n: number) => ColumnArray) | undefined {
  if (several) return values <= 8 ? Uint8Array : values <= 16 ? Uint16Array : values <= 32 ? Uint32Array : undefined;
  return values < 255 ? Uint8Array : values < 65535 ? Uint16Array : undefined;
}

/**
 * Writes slots from..to-1 from the value sets. False when a single-valued dimension's slot is in
 * two sets (the bitsets then stay the only truth for it).
 */
function fill(column: ValueColumn, sets: readonly Uint32Array[], from: number, to: number): boolean {
  const { values, several } = column;
  values.fill(0, from, to);
  const firstWord = from >>> 5;
  const lastWord = (to + 31) >>> 5;
  for (let id = 0; id < sets.length; id++) {
    const set = sets[id]!;
    const bit = several ? 2 ** id : id + 1;
    const end = Math.min(lastWord, set.length);
    for (let i = firstWord; i < end; i++) {
      let w = set[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const slot = (i << 5) + 31 - Math.clz32(low);
        if (slot < from || slot >= to) continue;
        if (several) values[slot] = values[slot]! | bit;
        else if (values[slot] !== 0) return false;
        else values[slot] = bit;
      }
    }
  }
  return true;
}

const byListings = new WeakMap<Listings, ValueColumns>();

/** The value columns of `listings`, with every slot put so far. */
export function valueColumns(listings: Listings): ValueColumns {
  let columns = byListings.get(listings);
  if (!columns) byListings.set(listings, (columns = new ValueColumns()));
  columns.follow(listings);
  return columns;
}

/** Bytes the value columns of `listings` hold, once built. */
export function valueColumnBytes(listings: Listings): number {
  return byListings.get(listings)?.bytes() ?? 0;
}
