import type { FacetValue } from '@mitmachen/contract';
import { andInto, count, countAnd, countAndAt, type Bitset } from './bitset.js';
import { valueCodes, type ValueCodes } from './value-codes.js';
import type { Listings } from './listings.js';
import type { BitsetPool } from './pool.js';

/**
 * Stepping to a match, and reading and counting one of its codes, each cost about this many
 * times reading one word of one value's bitset: measured on this machine, 18 ns a match for an
 * opportunity's two codes against 2.4–2.7 ns a word and bitset (47 bitsets) when a tenth of
 * the listings match, at 100,000 and at a million, so walking the matches wins until they are
 * about a fifth of the listings. Fewer matches cost more each (up to 40 ns at a hundredth of
 * a million: the codes are read from farther apart), where walking wins by far anyway.
 */
const walkCost = 2.5;

/**
 * The disjunctive facet counts of a search: each dimension counted over the candidates that
 * match every other dimension's choice, which is `total` (`found` listings) for a dimension
 * with no choice of its own. Few matches are counted by reading their values (value-codes.ts),
 * many by intersecting each value's bitset with them.
 */
export async function countFacets(
  listings: Listings,
  candidates: Bitset,
  chosen: ReadonlyArray<Bitset | undefined>,
  total: Bitset,
  found: number,
  pool: BitsetPool,
  pause: (() => Promise<void>) | undefined,
): Promise<FacetValue[][]> {
  const { dimensions } = listings;
  const tallies = dimensions.map((d) => new Uint32Array(d.names.length));
  const unchosen = dimensions.map((_, i) => i).filter((i) => !chosen[i]);
  await tally(listings, total, found, unchosen, tallies, pause);
  for (const i of dimensions.keys()) {
    if (!chosen[i]) continue;
    const counted = pool.copy(candidates);
    chosen.forEach((set, j) => set && j !== i && andInto(counted, set));
    await tally(listings, counted, count(counted), [i], tallies, pause);
  }
  return dimensions.map((d, i) => topValues(d.names, tallies[i]!, d.spec.limit));
}

/** Counts dimensions `which` over `set` (`n` slots) into their tallies. */
async function tally(listings: Listings, set: Bitset, n: number, which: readonly number[], tallies: Uint32Array[], pause: (() => Promise<void>) | undefined): Promise<void> {
  const { dimensions } = listings;
  const codes = valueCodes(listings);
  const walked: number[] = [];
  const packed: number[] = [];
  const bySets: number[] = [];
  let setsRead = 0;
  for (const i of which) {
    if (dimensions[i]!.spec.wide) walked.push(i);
    else if (codes.packed[i]) {
      packed.push(i);
      setsRead += dimensions[i]!.sets.length;
    } else bySets.push(i);
  }
  // Matches spread out hold a word each; crowded ones share words, which the bitsets count at once.
  const words = Math.min(n, set.length);
  const reads = new Set(codes.fields.filter((f) => packed.includes(f.dimension)).map((f) => f.code)).size;
  if (packed.length > 0 && n * (reads + 1) * walkCost < words * setsRead) walked.push(...packed);
  else bySets.push(...packed);
  if (walked.length > 0) {
    walkValues(listings, codes, set, walked, tallies);
    if (pause) await pause();
  }
  for (const i of bySets) {
    countBySets(dimensions[i]!.sets, set, tallies[i]!);
    if (pause) await pause();
  }
}

/** A histogram of one code's values over the matches, and the values it met (to read and clear only those). */
interface CodeCount {
  counts: Uint32Array;
  met: Uint16Array;
}
const codeCounts: CodeCount[] = [];
const codeCount = (k: number): CodeCount => (codeCounts[k] ??= { counts: new Uint32Array(65536), met: new Uint16Array(65536) });

/**
 * Reads each slot's values of dimensions `which`: wide ones from their column, the rest from
 * their codes (value-codes.ts). Each code read is counted whole, once a match, and its count then
 * split into the values of the fields it holds: a few thousand distinct codes at most, where
 * each match holds two categories, a target group, a schedule, a district and a language.
 */
export function walkValues(listings: Listings, codes: ValueCodes, set: Bitset, which: readonly number[], tallies: Uint32Array[]): void {
  const wide: Array<{ column: Int32Array; tally: Uint32Array }> = [];
  for (const i of which) {
    const dimension = listings.dimensions[i]!;
    if (dimension.spec.wide) wide.push({ column: dimension.column, tally: tallies[i]! });
    else if (!codes.packed[i]) throw new Error(`dimension ${dimension.spec.name} has no value code`);
  }
  const fields = codes.fields.filter((f) => which.includes(f.dimension));
  const read = [...new Set(fields.map((f) => f.code))];
  const counts = read.map((_, k) => codeCount(k));
  const met = new Int32Array(read.length);
  const { stride, codes: data } = codes;
  for (let i = 0; i < set.length; i++) {
    let w = set[i]!;
    while (w !== 0) {
      const low = w & -w;
      w ^= low;
      const slot = (i << 5) + 31 - Math.clz32(low);
      const at = slot * stride;
      for (let k = 0; k < read.length; k++) {
        const code = data[at + read[k]!]!;
        const count = counts[k]!;
        if (count.counts[code]!++ === 0) count.met[met[k]!++] = code;
      }
      for (let d = 0; d < wide.length; d++) {
        const id = wide[d]!.column[slot]!;
        if (id >= 0) wide[d]!.tally[id]!++;
      }
    }
  }
  read.forEach((code, k) => {
    const { counts: histogram, met: values } = counts[k]!;
    const inCode = fields.filter((f) => f.code === code);
    for (let m = 0; m < met[k]!; m++) {
      const value = values[m]!;
      const n = histogram[value]!;
      histogram[value] = 0;
      for (const field of inCode) {
        let bits = (value >>> field.shift) & ((1 << field.bits) - 1);
        const tally = tallies[field.dimension]!;
        if (!field.several) {
          if (bits !== 0) tally[bits - 1]! += n;
          continue;
        }
        while (bits !== 0) {
          const bit = bits & -bits;
          bits ^= bit;
          tally[field.first + 31 - Math.clz32(bit)]! += n;
        }
      }
    }
  });
}

/**
 * The indexes of `set`'s non-empty words, in a scratch array reused by the next call. The set
 * counted for most dimensions is the same one (the total), so the last answer is kept for it
 * until `forgetWords`.
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

/** The pool's sets come back with other contents: the words found for one must be forgotten. */
export function forgetWords(): void {
  wordsOf = undefined;
}

/** Each value's count over `counted`: the bitset of the value intersected with it. */
export function countBySets(sets: readonly Bitset[], counted: Bitset, tally: Uint32Array): void {
  // Only the words holding a counted listing are read, once per value: a text search's few
  // hundred matches touch a few hundred words of each value's set, not all of them. When most
  // words hold one, reading them all in order is cheaper than going through the list.
  const words = nonzeroWords(counted);
  const dense = words.n * 4 > counted.length * 3;
  for (let id = 0; id < sets.length; id++) tally[id] = dense ? countAnd(sets[id]!, counted) : countAndAt(sets[id]!, counted, words.list, words.n);
}

/** The largest counts first, then by value; with a limit only that many are ever kept in order (organisations: thousands of values, twenty shown). */
export function topValues(names: readonly string[], tally: ArrayLike<number | undefined>, limit: number | undefined): FacetValue[] {
  const before = (a: number, b: number) => tally[a]! > tally[b]! || (tally[a] === tally[b] && names[a]! < names[b]!);
  const keep = limit ?? names.length;
  const top: number[] = [];
  for (let id = 0; id < tally.length; id++) {
    // Zero, or a value the index learnt after the tallies were made (derived.ts): not shown.
    if (!tally[id]) continue;
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
