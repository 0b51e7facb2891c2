/**
 * Sets of listing slots as bit arrays (32 slots a word): what facet values, filters and the
 * matches of a query are, so that counting a facet is an AND and a population count per word,
 * the way Meilisearch counts facets on bitmaps instead of reading rows.
 */
export type Bitset = Uint32Array;

export function bitset(slots: number): Bitset {
  return new Uint32Array((slots + 31) >>> 5);
}

/** A copy with room for `slots`. */
export function grown(set: Bitset, slots: number): Bitset {
  const words = (slots + 31) >>> 5;
  if (set.length >= words) return set;
  const next = new Uint32Array(Math.max(words, set.length * 2));
  next.set(set);
  return next;
}

export function add(set: Bitset, slot: number): void {
  set[slot >>> 5]! |= 1 << (slot & 31);
}

export function remove(set: Bitset, slot: number): void {
  set[slot >>> 5]! &= ~(1 << (slot & 31));
}

export function has(set: Bitset, slot: number): boolean {
  return ((set[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}

/** `into` becomes `into ∧ other` (words past `other`'s end count as empty). */
export function andInto(into: Bitset, other: Bitset): void {
  const n = Math.min(into.length, other.length);
  for (let i = 0; i < n; i++) into[i]! &= other[i]!;
  into.fill(0, n);
}

/** `into` becomes `into ∨ other`. */
export function orInto(into: Bitset, other: Bitset): void {
  const n = Math.min(into.length, other.length);
  for (let i = 0; i < n; i++) into[i]! |= other[i]!;
}

export function popcount32(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(set: Bitset): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) if (set[i]) n += popcount32(set[i]!);
  return n;
}

/** |a ∧ b| without building it. */
export function countAnd(a: Bitset, b: Bitset): number {
  const n = Math.min(a.length, b.length);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = a[i]! & b[i]!;
    if (w) total += popcount32(w);
  }
  return total;
}

/** |a ∧ b| over the words listed in the first `n` entries of `words` (the others are empty in b). */
export function countAndAt(a: Bitset, b: Bitset, words: Uint32Array, n: number): number {
  let total = 0;
  for (let k = 0; k < n; k++) {
    const i = words[k]!;
    const w = (a[i] ?? 0) & b[i]!;
    if (w) total += popcount32(w);
  }
  return total;
}

/** Calls `fn` with each slot in the set, ascending. */
export function forEachSlot(set: Bitset, fn: (slot: number) => void): void {
  for (let i = 0; i < set.length; i++) {
    let w = set[i]!;
    while (w !== 0) {
      const low = w & -w;
      fn((i << 5) + 31 - Math.clz32(low));
      w ^= low;
    }
  }
}
