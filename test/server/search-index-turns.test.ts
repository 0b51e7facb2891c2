/**
 * Large searches (from 262,144 listings, those that pause between their phases) take turns: many
 * started at once each answer exactly what they answer alone, in the order they were asked, and
 * a landing search or a search of a small index asked while they run is answered before they
 * are all done.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { defaultYieldAbove, searchListings, type IndexResult, type IndexSearch } from '../../packages/server/src/search/index/query.js';
import { sources } from '../../packages/server/src/search/index/snapshot.js';
import { largeSearchesWaiting } from '../../packages/server/src/search/index/turns.js';

const today = 20_000;
const words = ['hund', 'garten', 'kind', 'sport', 'musik', 'tafel', 'lesen', 'senior', 'umwelt', 'pflege', 'kuech', 'fahrrad'];
const categories = ['tiere', 'kinder', 'sport', 'kultur', 'umwelt', 'soziales', 'bildung', 'gesundheit'];
const regions = ['leipzig', 'dresden', 'chemnitz', 'bautzen', 'zwickau'];

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** `count` opportunities with a few words, facet values and a place in Saxony each. */
function bigListings(count: number): Listings {
  const listings = new Listings(sources.opportunity.dimensions);
  const next = random(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (let n = 0; n < count; n++) {
    const own = [...new Set([pick(words), pick(words), pick(words)])];
    const row: ListingRow = {
      id: uuid(n),
      created: 1_700_000_000_000_000 + n * 1_000_000,
      expires: next() < 0.05 ? today - 1 : null,
      lat: next() < 0.9 ? 50.2 + next() * 1.3 : null,
      lon: 12.2 + next() * 2.8,
      minimum_age: next() < 0.3 ? 16 : null,
      starts: next() < 0.2 ? [1_760_000_000_000_000 + n * 1_000] : null,
      values: [[pick(categories)], [], pick(['regular', 'one-time']), pick(['onsite', 'remote']), pick(regions), `org-${n % 500}`, ['de']],
      doc: own.map((w, i) => `'${w}':${i + 1}${i === 0 ? 'A' : 'B'}`).join(' '),
    };
    listings.put(row);
  }
  listings.trim();
  return listings;
}

const none = sources.opportunity.dimensions.map(() => undefined);
const word = (lexeme: string, prefix = false) => ({ alternatives: [{ lexemes: [lexeme], prefix }] });

function query(extra: Partial<IndexSearch>): IndexSearch {
  return { clauses: [], today, now: 1_760_000_000_000_000, selected: none, sort: 'newest', offset: 0, limit: 12, ...extra };
}

/** Text, several words, filters, radius, age and every sort. */
const searches: IndexSearch[] = [
  query({ clauses: [word('hund')], exact: [word('hund')], sort: 'relevance' }),
  query({ clauses: [word('gart', true)], sort: 'relevance', offset: 12 }),
  query({ clauses: [word('kind'), word('musik')], exact: [word('kind'), word('musik')], sort: 'relevance' }),
  query({ selected: [['sport', 'kultur'], undefined, undefined, ['remote'], ['leipzig'], undefined, undefined] }),
  query({ center: { lat: 51.34, lon: 12.37, radiusKm: 25 }, sort: 'distance' }),
  query({ clauses: [word('tafel')], center: { lat: 51.05, lon: 13.74, radiusKm: 40 }, sort: 'relevance', minimumAge: 15 }),
  query({ selected: [['umwelt'], undefined, ['one-time'], undefined, undefined, ['org-7', 'org-8'], undefined], sort: 'start' }),
  query({ clauses: [word('senior')], minimumAge: 18, sort: 'newest', offset: 24 }),
];

describe('large searches in turns', () => {
  it('answer many at once as each alone, in the order asked, and let small searches through meanwhile', { timeout: 600_000 }, async () => {
    const listings = bigListings(defaultYieldAbove + 10_000);
    const small = bigListings(2_000);
    assert.ok(listings.slots >= defaultYieldAbove);

    const alone: IndexResult[] = [];
    for (const search of searches) alone.push(await searchListings(listings, search));
    assert.equal(largeSearchesWaiting(), 0);

    // Every search three times over, all started in the same turn of the event loop.
    const asked = [...searches, ...searches, ...searches];
    const finished: number[] = [];
    const together = Promise.all(
      asked.map((search, i) =>
        searchListings(listings, search).then((result) => {
          finished.push(i);
          return result;
        }),
      ),
    );
    // Once the first has begun (it pauses after its candidates), a landing search of the same
    // listings and a search of a small index are answered before the large ones are done.
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(largeSearchesWaiting() > 0, 'the large searches are under way');
    const landing = await searchListings(listings, query({}));
    const quick = await searchListings(small, searches[0]!);
    assert.ok(finished.length < asked.length, `answered while ${asked.length - finished.length} large searches were still to finish`);
    assert.ok(landing.total > 0 && quick.total > 0);

    const results = await together;
    results.forEach((result, i) => assert.deepEqual(result, alone[i % searches.length], `search ${i} as alone`));
    assert.deepEqual(finished, asked.map((_, i) => i), 'answered in the order asked');
    assert.equal(largeSearchesWaiting(), 0);
    for (const result of alone) assert.ok(result.hits.length > 0, 'every search finds something');
  });
});
