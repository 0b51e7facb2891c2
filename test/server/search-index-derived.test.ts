/**
 * What every search without text reads (the visible set, the landing counts, the newest order)
 * is kept current listing by listing and day by day (search/index/derived.ts): after any mix of
 * puts, re-puts, deletes and service days, forward or set back, it equals the same data counted
 * afresh from the listings' columns.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Derived } from '../../packages/server/src/search/index/derived.js';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { searchListings } from '../../packages/server/src/search/index/query.js';
import { sources } from '../../packages/server/src/search/index/snapshot.js';

const today = 20_000;
const idOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const row: fc.Arbitrary<Row> = fc.record({
  n: fc.integer({ min: 0, max: 120 }),
  // Few distinct times, so that the id breaks many ties.
  created: fc.integer({ min: 0, max: 9 }),
  expires: fc.option(fc.integer({ min: today - 3, max: today + 3 })),
  category: fc.subarray(['sport', 'kultur', 'umwelt', 'soziales']),
  suits: fc.subarray(['kinder', 'senioren']),
  schedule: fc.option(fc.constantFrom('regular', 'once')),
  region: fc.constantFrom('dresden', 'leipzig', 'goerlitz'),
  organisation: fc.option(fc.constantFrom('org-a', 'org-b', 'org-c')),
});

interface Row {
  n: number;
  created: number;
  expires: number | null;
  category: string[];
  suits: string[];
  schedule: string | null;
  region: string;
  organisation: string | null;
}

function listingRow(r: Row): ListingRow {
  return {
    id: idOf(r.n),
    created: r.created * 1_000_000,
    expires: r.expires,
    lat: null,
    lon: null,
    minimum_age: null,
    starts: null,
    values: [r.category, r.suits, r.schedule, null, r.region, r.organisation, ['de']],
    doc: "'hund':1A",
  };
}

const operation = fc.oneof(
  { weight: 6, arbitrary: row.map((r) => ({ put: r })) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => ({ delete: n })) },
  { weight: 1, arbitrary: fc.integer({ min: today - 4, max: today + 4 }).map((day) => ({ day })) },
);

/** The kept data against a recount: visible set, total, every facet count and the whole newest order. */
function assertCurrent(listings: Listings, day: number): void {
  const kept = Derived.of(listings, day);
  const fresh = Derived.recount(listings, day);
  assert.deepEqual(kept.visible, fresh.visible, 'visible set');
  assert.deepEqual(kept.landing(), fresh.landing(), 'total and facet counts');
  assert.deepEqual(kept.newest(kept.visible, listings.slots), fresh.newest(fresh.visible, listings.slots), 'newest order');
}

describe('search index: derived data kept current', () => {
  it('equals a recount after any puts, deletes and day moves', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.array(operation, { maxLength: 700, size: 'medium' }), (initial, operations) => {
        const listings = new Listings(sources.opportunity.dimensions);
        for (const r of initial) listings.put(listingRow(r));
        listings.trim();
        let day = today;
        Derived.of(listings, day);
        operations.forEach((op, i) => {
          if ('put' in op) listings.put(listingRow(op.put));
          else if ('delete' in op) listings.delete(idOf(op.delete));
          else Derived.of(listings, (day = op.day));
          if (i % 50 === 0) assertCurrent(listings, day);
        });
        assertCurrent(listings, day);
      }),
      { numRuns: 15 },
    );
  });

  it('counts a listing put, changed and deleted in its facet values, and in none after', () => {
    const listings = new Listings(sources.opportunity.dimensions);
    const base = { n: 1, created: 1, expires: null, category: ['sport'], suits: [], schedule: null, region: 'dresden', organisation: 'org-a' };
    listings.put(listingRow({ ...base, n: 2 }));
    const derived = Derived.of(listings, today);
    const facets = () => Object.fromEntries(listings.dimensions.map((d, i) => [d.spec.name, derived.landing().facets[i]]));
    listings.put(listingRow(base));
    assert.equal(derived.landing().total, 2);
    assert.deepEqual(facets().category, [{ value: 'sport', count: 2 }]);
    listings.put(listingRow({ ...base, category: ['kultur'], region: 'leipzig', organisation: 'org-b' }));
    assert.equal(derived.landing().total, 2);
    assert.deepEqual(facets().category, [
      { value: 'kultur', count: 1 },
      { value: 'sport', count: 1 },
    ]);
    assert.deepEqual(facets().organisation, [
      { value: 'org-a', count: 1 },
      { value: 'org-b', count: 1 },
    ]);
    listings.delete(idOf(1));
    assert.equal(derived.landing().total, 1);
    assert.deepEqual(facets().region, [{ value: 'dresden', count: 1 }]);
    assert.deepEqual(derived.newest(derived.visible, 10), [0]);
  });

  it('keeps the newest order through a thousand changes, as the short list of recent ones is merged into the long order', () => {
    const listings = new Listings(sources.opportunity.dimensions);
    const base = { category: ['sport'], suits: [], schedule: null, region: 'dresden', organisation: 'org-a', expires: null };
    for (let n = 0; n < 300; n++) listings.put(listingRow({ ...base, n, created: n % 7 }));
    Derived.of(listings, today);
    for (let k = 0; k < 1000; k++) {
      const n = (k * 37) % 400;
      if (k % 5 === 4) listings.delete(idOf(n));
      else listings.put(listingRow({ ...base, n, created: k % 11, region: k % 2 ? 'leipzig' : 'dresden' }));
      if (k % 100 === 99) assertCurrent(listings, today);
    }
  });

  it('drops listings past their last day when the day moves on, and shows them again when it is set back', () => {
    const listings = new Listings(sources.opportunity.dimensions);
    const base = { created: 1, category: [], suits: [], schedule: null, region: 'dresden', organisation: null };
    listings.put(listingRow({ ...base, n: 1, expires: today }));
    listings.put(listingRow({ ...base, n: 2, expires: today + 1 }));
    listings.put(listingRow({ ...base, n: 3, expires: null }));
    assert.equal(Derived.of(listings, today).landing().total, 3);
    assert.equal(Derived.of(listings, today + 1).landing().total, 2);
    assert.equal(Derived.of(listings, today + 2).landing().total, 1);
    const back = Derived.of(listings, today);
    assert.equal(back.landing().total, 3);
    assert.deepEqual(back.newest(back.visible, 10), [2, 1, 0]);
  });

  it('keeps the sorted vocabulary for prefix searches in order as changes bring new words', () => {
    const listings = new Listings(sources.opportunity.dimensions);
    const put = (n: number, doc: string) => listings.put({ ...listingRow({ n, created: 1, expires: null, category: [], suits: [], schedule: null, region: 'dresden', organisation: null }), doc });
    put(1, "'hund':1A 'katz':2");
    assert.deepEqual(listings.lexemes(), ['hund', 'katz']);
    put(2, "'aff':1 'hundestaffel':2 'zebra':3 'katz':4");
    put(3, "'hunde':1");
    assert.deepEqual(listings.lexemes(), ['aff', 'hund', 'hunde', 'hundestaffel', 'katz', 'zebra']);
  });
});

describe('search index: a filtered page, newest first', () => {
  it('holds the newest matches in order, whether the order is walked or the few matches are heaped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 120 }), fc.constantFrom('dresden', 'leipzig', 'goerlitz'), fc.integer({ min: 1, max: 8 }), async (rows, region, limit) => {
        const listings = new Listings(sources.opportunity.dimensions);
        for (const r of rows) listings.put(listingRow(r));
        Derived.of(listings, today);
        const selected = listings.dimensions.map((d) => (d.spec.name === 'region' ? [region] : undefined));
        const found = await searchListings(listings, { clauses: [], today, now: 0, selected, sort: 'newest', offset: 0, limit });
        // The latest put of each listing, visible today, in the region: newest first, then the larger id.
        const latest = new Map(rows.map((r) => [r.n, r]));
        const expected = [...latest.values()]
          .filter((r) => r.region === region && (r.expires === null || r.expires >= today))
          .sort((a, b) => b.created - a.created || b.n - a.n)
          .map((r) => idOf(r.n));
        assert.equal(found.total, expected.length);
        assert.deepEqual(
          found.hits.map((hit) => hit.id),
          expected.slice(0, limit),
        );
      }),
      { numRuns: 200 },
    );
  });
});
