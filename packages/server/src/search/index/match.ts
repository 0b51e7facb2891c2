import { andInto, orInto, type Bitset } from './bitset.js';
import type { Listings } from './listings.js';
import type { BitsetPool } from './pool.js';
import { addPostingSlots, type Postings } from './postings.js';
import { lowerBound } from './sorted.js';

/** One word of the query: any alternative may match (spellings, compound parts, synonyms). */
export interface Clause {
  alternatives: Alternative[];
}

/** Lexemes that must all occur; `prefix`: the last also matches lexemes it starts. */
export interface Alternative {
  lexemes: string[];
  prefix: boolean;
}

/** Listings that hold every clause (a clause: any of its alternatives). */
export function matchClauses(listings: Listings, clauses: readonly Clause[], pool: BitsetPool): Bitset {
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
  if (lexemes.length > 0) orInto(into, intersectLexemes(listings, alternative, pool, addPostingSlots));
}

/**
 * The listings holding every lexeme of an alternative of several, each lexeme's postings read by
 * `read` into a set of the pool (the ranking also takes their weights on the way, rank.ts).
 */
export function intersectLexemes(listings: Listings, alternative: Alternative, pool: BitsetPool, read: (postings: Postings, into: Bitset) => void): Bitset {
  const { lexemes } = alternative;
  const result = pool.take();
  const set = pool.take();
  lexemes.forEach((lexeme, i) => {
    const prefix = alternative.prefix && i === lexemes.length - 1;
    const target = i === 0 ? result : set;
    if (i > 0) set.fill(0);
    for (const postings of postingsOf(listings, lexeme, prefix)) read(postings, target);
    if (i > 0) andInto(result, set);
  });
  return result;
}

/** The postings of a lexeme, or of every lexeme it starts when `prefix`. */
export function postingsOf(listings: Listings, lexeme: string, prefix: boolean): Postings[] {
  if (!prefix) {
    const postings = listings.terms.get(lexeme);
    return postings ? [postings] : [];
  }
  const sorted = listings.lexemes();
  const found: Postings[] = [];
  for (let i = lowerBound(sorted, lexeme); i < sorted.length && sorted[i]!.startsWith(lexeme); i++) found.push(listings.terms.get(sorted[i]!)!);
  return found;
}
