/**
 * The ranking collects a several-word query's occurrences in typed arrays shared between
 * searches instead of an array per hit: it must give every hit the score the straightforward
 * way gives (kept here as the reference: per hit, its (position, word, weight) triples sorted
 * by position and word, duplicates of one word at one position dropped, ts_rank_cd's covers),
 * for one-word and several-word queries, prefixes, alternatives of one word reaching the same
 * lexeme, and the half for listings without the whole last word; and a search after a larger
 * one must not see the occurrences the larger one left behind. A one-word query scored while it
 * is matched ranks the same, and so does a query whose clauses lost the alternatives another
 * one already covers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { matchClauses, postingsOf, type Clause } from '../../packages/server/src/search/index/match.js';
import { BitsetPool } from '../../packages/server/src/search/index/pool.js';
import { forEachPosting } from '../../packages/server/src/search/index/postings.js';
import { matchScored, rank, RankScratch } from '../../packages/server/src/search/index/rank.js';
import { withoutRedundant } from '../../packages/server/src/search/index/text.js';
import { bestWeight } from '../../packages/server/src/search/index/tsvector.js';

const lexemes = ['hund', 'hunde', 'hundestaffel', 'garten', 'gart', 'kind', 'kinder', 'hilf'];
const letters = ['A', 'B', 'C', 'D'];

const docArbitrary = fc.uniqueArray(
  fc.record({ lexeme: fc.constantFrom(...lexemes), positions: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }), weight: fc.constantFrom(...letters) }),
  { selector: (t) => t.lexeme, minLength: 1, maxLength: 6 },
);

const clauseArbitrary = fc.record({
  alternatives: fc.array(fc.record({ lexemes: fc.uniqueArray(fc.constantFrom(...lexemes), { minLength: 1, maxLength: 2 }), prefix: fc.boolean() }), { minLength: 1, maxLength: 3 }),
}) as fc.Arbitrary<Clause>;

function reference(listings: Listings, clauses: Clause[], exactClauses: Clause[] | undefined, hits: Uint32Array): Map<number, number> {
  const words = clauses.length;
  const score = new Map<number, number>();
  const hit = (slot: number) => (hits[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  const occurrences = new Map<number, number[]>();
  for (let slot = 0; slot < listings.slots; slot++) if (hit(slot)) score.set(slot, 0);
  clauses.forEach((clause, c) => {
    for (const alternative of clause.alternatives) {
      alternative.lexemes.forEach((lexeme, i) => {
        for (const postings of postingsOf(listings, lexeme, alternative.prefix && i === alternative.lexemes.length - 1)) {
          forEachPosting(postings, (slot, weights, first) => {
            if (!hit(slot)) return;
            if (words === 1) score.set(slot, Math.max(score.get(slot)!, bestWeight(weights)));
            else {
              if (!occurrences.has(slot)) occurrences.set(slot, []);
              occurrences.get(slot)!.push(first, c, bestWeight(weights));
            }
          });
        }
      });
    }
  });
  for (const [slot, list] of occurrences) {
    const triples = Array.from({ length: list.length / 3 }, (_, i) => [list[3 * i]!, list[3 * i + 1]!, list[3 * i + 2]!] as const);
    const sorted = triples.map((t, i) => ({ t, i })).sort((a, b) => a.t[0] - b.t[0] || a.t[1] - b.t[1] || a.i - b.i).map((e) => e.t);
    const order = sorted.filter((t, k) => k === 0 || t[0] !== sorted[k - 1]![0] || t[1] !== sorted[k - 1]![1]);
    let total = 0;
    let from = 0;
    for (;;) {
      const seen = new Set<number>();
      let end = from;
      while (end < order.length && seen.size < words) seen.add(order[end++]![1]);
      if (seen.size < words) break;
      end--;
      seen.clear();
      let begin = end;
      while (begin >= from) {
        seen.add(order[begin]![1]);
        if (seen.size === words) break;
        begin--;
      }
      let inverse = 0;
      for (let i = begin; i <= end; i++) inverse += 1 / order[i]![2];
      total += (end - begin + 1) / inverse / (1 + Math.max(0, order[end]![0] - order[begin]![0] - (end - begin)));
      from = begin + 1;
    }
    score.set(slot, total);
  }
  const exact = exactClauses ? matchClauses(listings, exactClauses, new BitsetPool(hits.length)) : undefined;
  for (const [slot, value] of score) {
    let ranked = value / (1 + Math.log(Math.max(1, listings.docLength[slot]!)));
    if (exact && (exact[slot >>> 5]! & (1 << (slot & 31))) === 0) ranked *= 0.5;
    score.set(slot, ranked);
  }
  return score;
}

describe('search index ranking', () => {
  it('scores every hit as the per-hit reference does, one search after another on shared scratch', () => {
    fc.assert(
      fc.property(fc.array(docArbitrary, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.array(clauseArbitrary, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.integer({ min: -1, max: 2 })), { minLength: 1, maxLength: 4 }), (docs, queries) => {
        const listings = new Listings([]);
        docs.forEach((terms, n) => {
          const doc = terms.map((t) => `'${t.lexeme}':${t.positions.map((p) => `${p}${t.weight}`).join(',')}`).join(' ');
          const row: ListingRow = { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, created: n, expires: null, lat: null, lon: null, minimum_age: null, starts: null, values: [], doc };
          listings.put(row);
        });
        for (const [clauses, withExact, extra] of queries) {
          const pool = new BitsetPool((listings.slots + 31) >>> 5);
          const scratch = new RankScratch();
          const hits = matchClauses(listings, clauses, pool);
          // The whole words; sometimes with one the query's alternatives do not read (a word recall left out).
          const exact = withExact ? clauses.map((c, i) => ({ alternatives: [...c.alternatives.map((a) => ({ ...a, prefix: false })), ...(i === extra ? [{ lexemes: ['hilf'], prefix: false }] : [])] })) : undefined;
          const score = new Float64Array(listings.slots).fill(Number.NaN);
          rank(listings, { clauses, exact }, hits, score, scratch, pool);
          const expected = reference(listings, clauses, exact, hits);
          for (const [slot, value] of expected) assert.equal(score[slot], value, `slot ${slot}`);
          // One word: matched and scored in one pass, the ranking then only divides.
          const scoredScore = new Float64Array(listings.slots).fill(Number.NaN);
          const scored = matchScored(listings, clauses, exact, pool, scoredScore, scratch);
          assert.equal(scored !== undefined, clauses.length === 1);
          if (scored) {
            assert.deepEqual(scored, hits);
            rank(listings, { clauses, exact }, scored, scoredScore, scratch, pool);
            for (const [slot, value] of expected) assert.equal(scoredScore[slot], value, `slot ${slot}, scored while matching`);
          }
          pool.release();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches and scores alike without the alternatives another one of the same word covers', () => {
    fc.assert(
      fc.property(fc.array(docArbitrary, { minLength: 1, maxLength: 40 }), fc.array(clauseArbitrary, { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, clauses, withExact) => {
        const listings = new Listings([]);
        docs.forEach((terms, n) => {
          const doc = terms.map((t) => `'${t.lexeme}':${t.positions.map((p) => `${p}${t.weight}`).join(',')}`).join(' ');
          listings.put({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, created: n, expires: null, lat: null, lon: null, minimum_age: null, starts: null, values: [], doc });
        });
        const slim = clauses.map(withoutRedundant);
        const exact = withExact ? clauses.map((c) => ({ alternatives: c.alternatives.map((a) => ({ ...a, prefix: false })) })) : undefined;
        const slimExact = exact?.map(withoutRedundant);
        const scores = (query: Clause[], whole: Clause[] | undefined) => {
          const pool = new BitsetPool((listings.slots + 31) >>> 5);
          const scratch = new RankScratch();
          const score = new Float64Array(listings.slots).fill(Number.NaN);
          const hits = matchScored(listings, query, whole, pool, score, scratch) ?? matchClauses(listings, query, pool);
          rank(listings, { clauses: query, exact: whole }, hits, score, scratch, pool);
          return { hits: [...hits], score: [...score].map((value, slot) => ((hits[slot >>> 5]! & (1 << (slot & 31))) === 0 ? undefined : value)) };
        };
        assert.deepEqual(scores(slim, slimExact), scores(clauses, exact));
      }),
      { numRuns: 500 },
    );
  });
});
