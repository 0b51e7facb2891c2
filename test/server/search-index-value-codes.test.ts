/**
 * The facet counts of the index are the same whichever way it counts: by reading each match's
 * values from the per-slot value codes (few matches) or by intersecting each value's bitset
 * with the matches (many). The codes follow puts, deletes and replacements made after they
 * were built, are laid out again when a dimension gains values (a several-valued one of more
 * than sixteen spans several codes), and a search's counts equal a direct count over the live
 * listings (disjunctive: a dimension's own choice ignored for it).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { valueCodes } from '../../packages/server/src/search/index/value-codes.js';
import { countBySets, walkValues } from '../../packages/server/src/search/index/facets.js';
import { Listings, type DimensionSpec, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { searchListings } from '../../packages/server/src/search/index/query.js';

const today = 20_000;
const specs: DimensionSpec[] = [
  { name: 'category', array: true },
  { name: 'region', array: false },
  { name: 'organisation', array: false, wide: true, limit: 5 },
  { name: 'available', array: true },
];
const words = ['hund', 'garten', 'kind'];
/** A few dozen fixed ids, so that puts replace and deletes find earlier listings. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface Model {
  id: string;
  values: [string[], string | null, string | null, string[]];
  words: string[];
}

const listingArbitrary = (categories: number) =>
  fc.record({
    id: fc.integer({ min: 0, max: 60 }).map(uuid),
    values: fc.tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: categories - 1 }).map((n) => `c${String(n).padStart(2, '0')}`), { maxLength: 4 }),
      fc.option(fc.integer({ min: 0, max: 12 }).map((n) => `r${n}`)),
      fc.option(fc.integer({ min: 0, max: 9 }).map((n) => `o${n}`)),
      fc.uniqueArray(fc.constantFrom('de', 'en', 'uk', 'ar'), { maxLength: 2 }),
    ),
    words: fc.uniqueArray(fc.constantFrom(...words), { maxLength: 3 }),
  }) as fc.Arbitrary<Model>;

/** Puts, deletes (null) and replacements of the same ids; categories from a pool of `categories` values. */
const opsArbitrary = (categories: number) => fc.array(fc.oneof({ arbitrary: listingArbitrary(categories), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 60 }).map(uuid), weight: 1 }), { minLength: 1, maxLength: 120 });

function apply(listings: Listings, model: Map<string, Model>, ops: Array<Model | string>): void {
  for (const op of ops) {
    if (typeof op === 'string') {
      listings.delete(op);
      model.delete(op);
      continue;
    }
    const row: ListingRow = {
      id: op.id,
      created: model.size,
      expires: null,
      lat: null,
      lon: null,
      minimum_age: null,
      starts: null,
      values: [op.values[0], op.values[1], op.values[2], op.values[3]],
      doc: op.words.map((w, i) => `'${w}':${i + 1}A`).join(' '),
    };
    listings.put(row);
    model.set(op.id, op);
  }
}

describe('search index value codes', () => {
  it('count what the value bitsets count, after changes made before and after they were built, across widths', () => {
    fc.assert(
      fc.property(fc.constantFrom(6, 12, 30, 40), fc.array(opsArbitrary(40), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 2 ** 31 }), (categories, batches, seed) => {
        const listings = new Listings(specs);
        const model = new Map<string, Model>();
        for (const batch of batches) {
          apply(listings, model, batch.map((op) => (typeof op === 'string' ? op : { ...op, values: [op.values[0].filter((c) => Number(c.slice(1)) < categories), ...op.values.slice(1)] as Model['values'] })));
          const codes = valueCodes(listings);
          // A pseudo-random subset of the live slots, as a search's matches.
          const set = listings.live.slice();
          for (let i = 0; i < set.length; i++) set[i]! &= Math.imul(seed + i, 2654435761) >>> 0;
          const narrow = listings.dimensions.map((_, i) => i).filter((i) => codes.packed[i]);
          const walked = listings.dimensions.map((d) => new Uint32Array(d.names.length));
          walkValues(listings, codes, set, narrow, walked);
          for (const i of narrow) {
            const bySets = new Uint32Array(listings.dimensions[i]!.names.length);
            countBySets(listings.dimensions[i]!.sets, set, bySets);
            assert.deepEqual(walked[i], bySets, `dimension ${specs[i]!.name}`);
          }
          // Every narrow dimension is in the codes, categories of any number too; the wide one is not.
          assert.deepEqual(codes.packed, [true, true, false, true]);
          const categoryFields = codes.fields.filter((f) => f.dimension === 0).length;
          assert.equal(categoryFields, Math.max(1, Math.ceil(listings.dimensions[0]!.names.length / 16)) - (listings.dimensions[0]!.names.length === 0 ? 1 : 0));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('give a search the counts of its live matches, each dimension without its own choice', async () => {
    await fc.assert(
      fc.asyncProperty(
        opsArbitrary(20),
        opsArbitrary(20),
        fc.uniqueArray(fc.constantFrom(...words), { maxLength: 2 }),
        fc.tuple(
          fc.uniqueArray(fc.integer({ min: 0, max: 19 }).map((n) => `c${String(n).padStart(2, '0')}`), { maxLength: 2 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 12 }).map((n) => `r${n}`), { maxLength: 2 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 9 }).map((n) => `o${n}`), { maxLength: 2 }),
          fc.uniqueArray(fc.constantFrom('de', 'en', 'uk', 'ar'), { maxLength: 1 }),
        ),
        async (before, after, query, selected) => {
          const listings = new Listings(specs);
          const model = new Map<string, Model>();
          apply(listings, model, before);
          await search(listings, [], [[], [], [], []]);
          apply(listings, model, after);
          const result = await search(listings, query, selected);
          const matches = [...model.values()].filter((m) => query.every((w) => m.words.includes(w)));
          const holds = (m: Model, i: number) => {
            const chosen: readonly string[] = selected[i]!;
            if (chosen.length === 0) return true;
            const value = m.values[i]!;
            return Array.isArray(value) ? value.some((v) => chosen.includes(v)) : value !== null && chosen.includes(value);
          };
          assert.equal(result.total, matches.filter((m) => specs.every((_, i) => holds(m, i))).length);
          specs.forEach((spec, i) => {
            const tally = new Map<string, number>();
            for (const m of matches) {
              if (!specs.every((_, j) => j === i || holds(m, j))) continue;
              const value = m.values[i]!;
              for (const v of Array.isArray(value) ? value : value === null ? [] : [value]) tally.set(v, (tally.get(v) ?? 0) + 1);
            }
            const expected = [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
            assert.deepEqual(result.facets[i], expected.slice(0, spec.limit ?? expected.length), spec.name);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

function search(listings: Listings, query: string[], selected: string[][]) {
  return searchListings(listings, {
    clauses: query.map((w) => ({ alternatives: [{ lexemes: [w], prefix: false }] })),
    today,
    now: 0,
    selected,
    sort: 'newest',
    offset: 0,
    limit: 10,
  });
}
