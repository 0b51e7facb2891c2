import { has, orInto, type Bitset } from './bitset.js';
import type { Listings } from './listings.js';
import { intersectLexemes, matchClauses, postingsOf, type Clause } from './match.js';
import type { BitsetPool } from './pool.js';
import { addPostingSlots, maxWeightInto, PostingReader, type Postings } from './postings.js';
import { bestWeight } from './tsvector.js';

/** bestWeight of each of the sixteen weight sets, looked up instead of tested per posting. */
const weightOf = Float64Array.from({ length: 16 }, (_, weights) => bestWeight(weights));

/**
 * 1 + the log of each document length (docLength is 16 bits): ts_rank_cd's normalisation 1,
 * looked up instead of a logarithm per hit (0.8–1.0 ms against 1.8–2.6 ms for 100,000 hits
 * spread over a million slots, measured on this machine). Divided by as before, so the scores
 * are the same to the last bit.
 */
let lengthDivisors: Float64Array | undefined;
const lengthDivisor = (): Float64Array => (lengthDivisors ??= Float64Array.from({ length: 65536 }, (_, length) => 1 + Math.log(Math.max(1, length))));

/**
 * The occurrences a several-word ranking collects, as parallel typed arrays instead of an array
 * per hit in a Map (which was most of the memory a text search allocated): entry k is one
 * matching lexeme's first position in one hit, with the query word it belongs to and its
 * weight; `head[slot]` starts the hit's chain of entries through `next`, newest first. Kept
 * between searches in query.ts's workspaces like the other scratch arrays.
 */
export class RankScratch {
  head = new Int32Array(0);
  next = new Int32Array(256);
  position = new Int32Array(256);
  word = new Int32Array(256);
  weight = new Float64Array(256);
  /** One hit's entries, in (position, word, insertion) order. */
  order = new Int32Array(64);
  seen = new Uint8Array(8);
  n = 0;
  /**
   * The score array a one-word query's matching already filled (see `matchScored`), until the
   * ranking of that search takes it, compared by identity; and the listings holding the whole
   * word, when `matchScored` found them on the way. Kept here, not per process: a large search
   * pauses between its matching and its ranking, and the quick searches run meanwhile must
   * neither take nor forget its mark.
   */
  scored: Float64Array | undefined;
  scoredExact: Bitset | undefined;

  /** Forgets a mark no ranking took (the search ended without one). */
  forgetScored(): void {
    this.scored = undefined;
    this.scoredExact = undefined;
  }

  reset(slots: number, words: number): void {
    if (this.head.length < slots) this.head = new Int32Array(Math.max(slots, this.head.length * 2));
    if (this.seen.length < words) this.seen = new Uint8Array(words);
    this.n = 0;
  }

  add(slot: number, position: number, word: number, weight: number): void {
    const k = this.n++;
    if (k === this.next.length) this.grow();
    this.position[k] = position;
    this.word[k] = word;
    this.weight[k] = weight;
    this.next[k] = this.head[slot]!;
    this.head[slot] = k;
  }

  private grow(): void {
    const size = this.next.length * 2;
    this.next = widened(this.next, size);
    this.position = widened(this.position, size);
    this.word = widened(this.word, size);
    this.weight = widened(this.weight, size);
  }
}

function widened<T extends Int32Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/**
 * matchClauses for a one-word query (most queries), also writing each matching listing's best
 * weight to `score` in the same pass over the postings, so the ranking need not decode them
 * again; and the listings holding the whole word (`exact`, when it is one word of single
 * lexemes), whose postings are mostly among those read. Undefined for several words (matched
 * as usual). An alternative of several lexemes (a compound's parts, "ältere Menschen" for
 * "Senioren") scores every listing its postings hold, matching or not, since the one-word rank
 * is the best weight of any of the word's lexemes in a match: `touched` says which slots have a
 * weight so far, and the matches are known only at the end.
 */
export function matchScored(
  listings: Listings,
  clauses: readonly Clause[],
  exact: readonly Clause[] | undefined,
  pool: BitsetPool,
  score: Float64Array,
  scratch: RankScratch,
): Bitset | undefined {
  if (clauses.length !== 1) return undefined;
  const { alternatives } = clauses[0]!;
  const set = pool.take();
  // Single lexemes only (the usual case): what is matched is what has a weight.
  const touched = alternatives.every((a) => a.lexemes.length === 1) ? set : pool.take();
  let exactSet: Bitset | undefined;
  let exactPostings: Set<Postings> | undefined;
  if (exact?.length === 1 && exact[0]!.alternatives.every((a) => a.lexemes.length === 1 && !a.prefix)) {
    exactSet = pool.take();
    exactPostings = new Set();
    for (const alternative of exact[0]!.alternatives) {
      const postings = listings.terms.get(alternative.lexemes[0]!);
      if (postings) exactPostings.add(postings);
    }
  }
  for (const alternative of alternatives) {
    const { lexemes, prefix } = alternative;
    if (lexemes.length === 1) {
      for (const postings of postingsOf(listings, lexemes[0]!, prefix)) {
        scoreInto(postings, touched, score, set, exactSet && exactPostings!.delete(postings) ? exactSet : undefined);
      }
    } else if (lexemes.length > 0) {
      orInto(set, intersectLexemes(listings, alternative, pool, (postings, into) => scoreInto(postings, touched, score, into, undefined)));
    }
  }
  if (exactSet) for (const postings of exactPostings!) addPostingSlots(postings, exactSet);
  scratch.scored = score;
  scratch.scoredExact = exactSet;
  return set;
}

/** Sets the bit of each posting's slot in `into` (and `alsoExact`) and raises its score to the posting's weight. */
function scoreInto(postings: Postings, touched: Bitset, score: Float64Array, into: Bitset, alsoExact: Bitset | undefined): void {
  for (const reader = new PostingReader(postings); reader.next(); ) {
    const slot = reader.slot;
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    const weight = weightOf[reader.weights]!;
    // The first posting of a listing sets its score (every weight is above 0, where a ranking starts).
    if ((touched[word]! & bit) === 0) {
      touched[word]! |= bit;
      score[slot] = weight;
    } else if (weight > score[slot]!) score[slot] = weight;
    into[word]! |= bit;
    if (alsoExact) alsoExact[word]! |= bit;
  }
}

export interface Ranked {
  clauses: readonly Clause[];
  /** The query's lexemes without the prefix: listings holding them rank above the rest. */
  exact?: readonly Clause[] | undefined;
}

/**
 * A rank in the spirit of the statement's ts_rank_cd(search, query, 1), divided by 1 + the log
 * of the document's length, written to `score[slot]` of every hit; listings without the whole
 * last word (only a word it starts) get half. One word: the best weight it occurs with (title
 * A 1.0 … place D 0.1). Several words: ts_rank_cd's covers (see `covers`) over the first
 * position of each matching lexeme, so "Erste Hilfe" written together in a summary ranks above
 * "Hilfe" in a title with "erste" three paragraphs later.
 */
export function rank(listings: Listings, search: Ranked, hits: Bitset, score: Float64Array, scratch: RankScratch, pool: BitsetPool): void {
  const words = search.clauses.length;
  const several = words > 1;
  const scored = scratch.scored === score && !several;
  const foundExact = scored ? scratch.scoredExact : undefined;
  scratch.forgetScored();
  scratch.reset(listings.slots, words);
  const { head } = scratch;
  // A one-word query matched by matchScored has its scores and needs no chains: no pass here.
  if (!scored || several) {
    for (let i = 0; i < hits.length; i++) {
      let w = hits[i]!;
      while (w !== 0) {
        const low = w & -w;
        w ^= low;
        const slot = (i << 5) + 31 - Math.clz32(low);
        if (!scored) score[slot] = 0;
        head[slot] = -1;
      }
    }
  }
  // One word counts once, by its best alternative: a synonym or gendered form adds recall, not rank.
  if (!scored) search.clauses.forEach((clause, c) => {
    for (const alternative of clause.alternatives) {
      alternative.lexemes.forEach((lexeme, i) => {
        const prefix = alternative.prefix && i === alternative.lexemes.length - 1;
        for (const postings of postingsOf(listings, lexeme, prefix)) {
          if (!several) {
            maxWeightInto(postings, hits, score, weightOf);
            continue;
          }
          for (const reader = new PostingReader(postings); reader.next(); ) {
            const slot = reader.slot;
            if ((hits[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
            scratch.add(slot, reader.first, c, weightOf[reader.weights]!);
          }
        }
      });
    }
  });
  const exact = search.exact ? (foundExact ?? matchClauses(listings, search.exact, pool)) : undefined;
  const { docLength } = listings;
  const divisor = lengthDivisor();
  for (let i = 0; i < hits.length; i++) {
    let w = hits[i]!;
    while (w !== 0) {
      const low = w & -w;
      w ^= low;
      const slot = (i << 5) + 31 - Math.clz32(low);
      if (several && head[slot]! >= 0) score[slot] = covers(scratch, head[slot]!, words);
      let value = score[slot]! / divisor[docLength[slot]!]!;
      if (exact && !has(exact, slot)) value *= 0.5;
      score[slot] = value;
    }
  }
}

/**
 * ts_rank_cd's sum over covers (PostgreSQL's calc_rank_cd): left to right, each shortest stretch
 * holding every word scores the harmonic mean of the weights inside it divided by 1 + the
 * positions in it that are no query word. The hit's entries start at `first` (see RankScratch);
 * the index keeps one position per lexeme, so this sees fewer covers than the database does.
 */
export function covers(scratch: RankScratch, first: number, words: number): number {
  const { next, position, word, weight } = scratch;
  // Two words met once each, the usual hit of a two-word query: their one cover is both, with
  // the arithmetic below (a sum of two is the same in either order).
  const second = next[first]!;
  if (words === 2 && second >= 0 && next[second]! < 0 && word[first] !== word[second]) {
    return 2 / (1 / weight[first]! + 1 / weight[second]!) / (1 + Math.max(0, Math.abs(position[first]! - position[second]!) - 1));
  }
  let length = 0;
  for (let k = first; k >= 0; k = next[k]!) length++;
  if (scratch.order.length < length) scratch.order = new Int32Array(Math.max(length, scratch.order.length * 2));
  const order = scratch.order;
  // The chain runs newest first: filled from the back it is in insertion order, then sorted by
  // (position, word) keeping that order among equals (insertion sort: a hit has a few entries).
  let at = length;
  for (let k = first; k >= 0; k = next[k]!) order[--at] = k;
  for (let i = 1; i < length; i++) {
    const k = order[i]!;
    let j = i - 1;
    while (j >= 0 && (position[order[j]!]! > position[k]! || (position[order[j]!] === position[k] && word[order[j]!]! > word[k]!))) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = k;
  }
  // A lexeme reached by two alternatives of one word (a spelling and a gendered form) counts once.
  let n = 0;
  for (let i = 0; i < length; i++) {
    const k = order[i]!;
    if (n > 0 && position[order[n - 1]!] === position[k] && word[order[n - 1]!] === word[k]) continue;
    order[n++] = k;
  }
  const seen = scratch.seen;
  let total = 0;
  let from = 0;
  for (;;) {
    // The first end by which every word has occurred since `from` …
    for (let w = 0; w < words; w++) seen[w] = 0;
    let missing = words;
    let end = from;
    for (; end < n && missing > 0; end++) {
      const w = word[order[end]!]!;
      if (!seen[w]) missing--;
      seen[w] = 1;
    }
    if (missing > 0) return total;
    end--;
    // … and the latest begin before it that still holds every word.
    for (let w = 0; w < words; w++) seen[w] = 0;
    missing = words;
    let begin = end;
    for (; begin >= from; begin--) {
      const w = word[order[begin]!]!;
      if (!seen[w] && --missing === 0) break;
      seen[w] = 1;
    }
    let inverse = 0;
    for (let i = begin; i <= end; i++) inverse += 1 / weight[order[i]!]!;
    const noise = Math.max(0, position[order[end]!]! - position[order[begin]!]! - (end - begin));
    total += (end - begin + 1) / inverse / (1 + noise);
    from = begin + 1;
  }
}
