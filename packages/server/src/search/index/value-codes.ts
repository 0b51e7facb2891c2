/**
 * Each listing's values of the narrow facet dimensions packed into a few 16-bit codes per slot,
 * beside the bitsets per value the index keeps: a search that matched a few thousand listings
 * counts its facets by reading these for each match (facets.ts), instead of intersecting every
 * value's bitset with the matches (which reads a word of each of some fifty sets per word
 * holding a match).
 *
 * A dimension is a field of bits in one code: a single-valued one (region, schedule) holds the
 * value's id + 1 (0: none), a several-valued one (categories) a bit per value id, split over
 * fields of at most 16 values. Fields fill the codes first-fit, so an opportunity's seven
 * dimensions take three codes, six bytes a listing. A slot's codes lie side by side: counting
 * reads one cache line per match, where a byte from each of six columns of a megabyte each
 * missed the cache six times at a million listings.
 *
 * Derived from the bitsets and followed like the radius grid: slots only grow and a slot's
 * values never change (a changed listing gets a new slot), so the slots put since the last
 * look are added; dead slots keep their values and are dropped by the visible set. The codes
 * are laid out again when a dimension gains a value that needs another bit. A single-valued
 * dimension with more than 65,535 values, or whose slot held two values, is left out (counted
 * by bitsets).
 */
import type { Listings } from './listings.js';

/** Bits in a code. */
const codeBits = 16;

/** Where one dimension's values (or, for a several-valued one, sixteen of them) are in a slot's codes. */
export interface Field {
  dimension: number;
  /** Which of the slot's codes. */
  code: number;
  shift: number;
  bits: number;
  several: boolean;
  /** Several-valued: the value id of the field's lowest bit. */
  first: number;
}

export class ValueCodes {
  /** Codes per slot. */
  stride = 0;
  /** The slots' codes, `stride` a slot. */
  codes = new Uint16Array(0);
  fields: Field[] = [];
  /** Per dimension, whether its values are in the codes (wide dimensions keep a column of their own). */
  packed: boolean[] = [];
  /** Slots below this are in the codes. */
  private covered = 0;
  /** Per dimension, the values its fields were laid out for (-1: left out). */
  private laidOutFor: number[] = [];
  /** Dimensions whose slots held two values though the dimension holds one: counted by bitsets. */
  private readonly refused = new Set<number>();

  /** Adds the slots put since the last call, laying the codes out again when a dimension outgrew its field. */
  follow(listings: Listings): void {
    const { slots } = listings;
    const wanted = listings.dimensions.map((d, i) => (d.spec.wide || this.refused.has(i) || (!d.spec.array && d.names.length >= 2 ** codeBits) ? -1 : fieldBits(d.spec.array, d.names.length)));
    if (wanted.some((bits, i) => bits !== this.laidOutFor[i])) {
      this.layOut(listings, wanted);
      this.codes = new Uint16Array(Math.max(slots, listings.created.length) * this.stride);
      this.covered = 0;
    }
    if (this.covered === slots) return;
    if (this.codes.length < slots * this.stride) {
      const next = new Uint16Array(Math.max(slots, Math.ceil((this.codes.length / this.stride) * 1.0625)) * this.stride);
      next.set(this.codes);
      this.codes = next;
    }
    const from = this.covered;
    this.codes.fill(0, from * this.stride, slots * this.stride);
    for (const field of this.fields) {
      if (!fill(this.codes, this.stride, field, listings.dimensions[field.dimension]!.sets, from, slots)) {
        // Laid out again without it, and filled from the first slot.
        this.refused.add(field.dimension);
        this.laidOutFor = [];
        this.follow(listings);
        return;
      }
    }
    this.covered = slots;
  }

  bytes(): number {
    return this.codes.byteLength;
  }

  private layOut(listings: Listings, wanted: number[]): void {
    const free: number[] = [];
    const place = (bits: number): { code: number; shift: number } => {
      let code = free.findIndex((left) => left >= bits);
      if (code < 0) code = free.push(codeBits) - 1;
      const shift = codeBits - free[code]!;
      free[code]! -= bits;
      return { code, shift };
    };
    this.fields = [];
    wanted.forEach((bits, dimension) => {
      if (bits < 0) return;
      const several = listings.dimensions[dimension]!.spec.array;
      // A several-valued dimension in fields of up to sixteen values; a single-valued one in one.
      for (let first = 0; first < Math.max(1, several ? bits : 1); first += codeBits) {
        const width = several ? Math.min(codeBits, bits - first) : bits;
        if (width === 0) continue;
        this.fields.push({ dimension, ...place(width), bits: width, several, first });
      }
    });
    this.stride = Math.max(1, free.length);
    this.packed = listings.dimensions.map((_, i) => wanted[i]! >= 0);
    this.laidOutFor = wanted;
  }
}

/** Bits a dimension's field takes: a bit per value, or enough for the largest id + 1. */
function fieldBits(several: boolean, values: number): number {
  return several ? values : 32 - Math.clz32(values);
}

/**
 * Writes the field's values of slots from..to-1 from the value sets. False when a single-valued
 * dimension's slot is in two sets (the bitsets then stay the only truth for it).
 */
function fill(codes: Uint16Array, stride: number, field: Field, sets: readonly Uint32Array[], from: number, to: number): boolean {
  const firstWord = from >>> 5;
  const lastWord = (to + 31) >>> 5;
  const values = field.several ? Math.min(field.bits, sets.length - field.first) : sets.length;
  for (let k = 0; k < values; k++) {
    const id = field.several ? field.first + k : k;
    const set = sets[id]!;
    const bits = (field.several ? 1 << k : id + 1) << field.shift;
    const end = Math.min(lastWord, set.length);
    for (let i = firstWord; i < end; i++) {
      let w = set[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const slot = (i << 5) + 31 - Math.clz32(low);
        if (slot < from || slot >= to) continue;
        const at = slot * stride + field.code;
        if (!field.several && ((codes[at]! >>> field.shift) & ((1 << field.bits) - 1)) !== 0) return false;
        codes[at] = codes[at]! | bits;
      }
    }
  }
  return true;
}

const byListings = new WeakMap<Listings, ValueCodes>();

/** The value codes of `listings`, with every slot put so far. */
export function valueCodes(listings: Listings): ValueCodes {
  let codes = byListings.get(listings);
  if (!codes) byListings.set(listings, (codes = new ValueCodes()));
  codes.follow(listings);
  return codes;
}

/** Bytes the value codes of `listings` hold, once built. */
export function valueCodeBytes(listings: Listings): number {
  return byListings.get(listings)?.bytes() ?? 0;
}
