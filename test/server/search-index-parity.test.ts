/**
 * The in-memory index against the SQL search, its reference: a few hundred generated searches
 * (text with stop words, typos and prefixes; every filter; age; place and radius; each sort;
 * pages) must give the same totals, facet counts and corrections, and for the sorts that do not
 * depend on rank the same pages. With its recall features on, the index may find more, never
 * less; the cases where it deliberately finds more are named below.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { OfferQuery, OfferSearchResult, OpportunityQuery, OpportunitySearchResult } from '@mitmachen/contract';
import { searchOffers } from '../../packages/server/src/offers/search.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import { taxonomy } from '../../packages/server/src/taxonomy.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { seededDataSet, seededOffers, seededOpportunities } from './search-fixtures.js';

let test: TestDatabase;
let strict: SearchIndex;
let recall: SearchIndex;
let words: string[];
let organisations: string[];

before(async () => {
  // The search tests' data set, seeded once per run and copied (search-fixtures.ts,
  // test/support/database-images.ts): seeding it here again was half this file's CPU.
  test = await openTestDatabase({ seed: { opportunities: seededOpportunities, offers: seededOffers, seed: seededDataSet } });
  await markSomeFilled(test.db.pool);
  // Neither index is registered for the pool: searchOpportunities(pool) is the SQL search.
  // The strict index pauses between phases as it would at a million listings: that path is checked too.
  strict = await SearchIndex.load(test.db, { recall: false, yieldAbove: 0 });
  recall = await SearchIndex.load(test.db, { recall: true });
  const spelled = await test.db.pool.query<{ spelling: string }>(
    `SELECT spelling FROM search_words WHERE kind = 'opportunity' ORDER BY ndoc DESC, word LIMIT 120`,
  );
  words = spelled.rows.map((r) => r.spelling);
  const named = await test.db.pool.query<{ organisation_id: string }>(
    `SELECT organisation_id FROM opportunities GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 25`,
  );
  organisations = named.rows.map((r) => r.organisation_id);
});

/**
 * Every generated search also meets filled listings: some shown as filled ("besetzt") through
 * yesterday (gone), today (the last day found) or a day ahead, some filled and not shown.
 * The ids' last hex digit picks them, so the choice is deterministic and spread over every filter.
 */
async function markSomeFilled(pool: TestDatabase['db']['pool']): Promise<void> {
  for (const table of ['opportunities', 'offers']) {
    const { rowCount } = await pool.query(
      `UPDATE ${table} SET status = 'filled', filled_shown_until = CASE right(id::text, 1)
         WHEN '0' THEN service_today() - 1 WHEN '1' THEN service_today() WHEN '2' THEN service_today() + 5 ELSE NULL END
       WHERE status = 'published' AND right(id::text, 1) IN ('0', '1', '2', '3')`,
    );
    assert.ok((rowCount ?? 0) > 10, `filled ${table}: ${rowCount}`);
  }
}

after(async () => {
  await strict?.stop();
  await recall?.stop();
  await test?.close();
});

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

/** A word as people type it: as written, lower-case, cut short, with a letter lost or two swapped. */
function typed(): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words);
  return fc.oneof(
    word,
    word.map((w) => w.toLowerCase()),
    fc.tuple(word, fc.nat()).map(([w, n]) => w.slice(0, Math.max(2, w.length - (n % 4)))),
    fc.tuple(word, fc.nat()).map(([w, n]) => (w.length > 4 ? w.slice(0, n % w.length) + w.slice((n % w.length) + 1) : w)),
    fc.tuple(word, fc.nat()).map(([w, n]) => {
      const i = n % Math.max(1, w.length - 1);
      return w.length > 4 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
    }),
    fc.constantFrom('und', 'für', 'die', 'Strasse', 'Goerlitz', 'Fluechtlinge', 'xyzzy', '2026', 'e. V.'),
  );
}

const values = <T extends { id: string }>(list: readonly T[]) => fc.subarray(list.map((t) => t.id), { minLength: 1, maxLength: 3 });
const place = fc.oneof(
  fc.record({ near: fc.constantFrom('Dresden', 'Leipzig', 'Pirna', 'Görlitz', 'Chemnitz'), radiusKm: fc.constantFrom(5, 10, 25, 60) }),
  fc.record({ lat: fc.double({ min: 50.3, max: 51.6, noNaN: true }), lon: fc.double({ min: 12.0, max: 15.0, noNaN: true }), radiusKm: fc.constantFrom(3, 15, 40) }),
);

/** At most two filters besides text, sort and page: with more, nearly every search finds nothing. */
function fewParts<T extends Record<string, unknown>>(query: T): fc.Arbitrary<Partial<T>> {
  const free = ['q', 'sort', 'page', 'pageSize'];
  const filters = Object.keys(query).filter((key) => !free.includes(key));
  return fc.subarray(filters, { maxLength: Math.min(2, filters.length) }).map((kept) =>
    Object.fromEntries(Object.entries(query).filter(([key]) => free.includes(key) || kept.includes(key))) as Partial<T>,
  );
}

function opportunityQuery(): fc.Arbitrary<OpportunityQuery> {
  return fc
    .record(
      {
        q: fc.array(typed(), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
        category: values(taxonomy.categories),
        suits: values(taxonomy.targetGroups),
        schedule: values(taxonomy.scheduleTypes),
        locationType: values(taxonomy.locationTypes),
        region: values(taxonomy.regions),
        organisation: fc.subarray(organisations, { minLength: 1, maxLength: 3 }),
        age: fc.integer({ min: 6, max: 80 }),
        place,
        sort: fc.constantFrom('relevance', 'newest', 'start', 'distance'),
        page: fc.integer({ min: 1, max: 3 }),
        pageSize: fc.constantFrom(5, 20, 50),
      },
      { requiredKeys: [] },
    )
    .chain((query) => fewParts(query))
    .map(({ place, ...rest }) => ({ ...rest, ...(place ?? {}) }) as OpportunityQuery)
    .filter((query) => query.sort !== 'distance' || 'lat' in query || 'near' in query);
}

function offerQuery(): fc.Arbitrary<OfferQuery> {
  return fc
    .record(
      {
        q: fc.array(typed(), { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
        category: values(taxonomy.categories),
        region: values(taxonomy.regions),
        ageGroup: values(taxonomy.ageGroups),
        place,
        sort: fc.constantFrom('relevance', 'newest', 'distance'),
        page: fc.integer({ min: 1, max: 2 }),
      },
      { requiredKeys: [] },
    )
    .chain((query) => fewParts(query))
    .map(({ place, ...rest }) => ({ ...rest, ...(place ?? {}) }) as OfferQuery)
    .filter((query) => query.sort !== 'distance' || 'lat' in query || 'near' in query);
}

/**
 * The same meaning: total, every facet count, the correction, and the page where the order is
 * not a rank; there the answer's bytes are the same too (the index splices cached card JSON).
 */
function assertSame(indexJson: string, sql: OpportunitySearchResult | OfferSearchResult, query: { q?: string; sort?: string }): void {
  const index = JSON.parse(indexJson) as OpportunitySearchResult | OfferSearchResult;
  assert.equal(index.total, sql.total, 'total');
  assert.deepEqual(index.facets, sql.facets, 'facets');
  assert.equal(index.correctedQuery, sql.correctedQuery, 'correctedQuery');
  assert.deepEqual(index.center, sql.center, 'center');
  // Ranks are computed differently (ts_rank_cd there), so a relevance page is compared by size only.
  const ranked = (query.sort ?? (query.q ? 'relevance' : 'newest')) === 'relevance' && query.q !== undefined;
  if (!ranked) {
    assert.deepEqual(ids(index.items), ids(sql.items), 'page');
    assert.deepEqual(
      index.items.map((item) => item.distanceKm),
      sql.items.map((item) => item.distanceKm),
      'distances',
    );
    assert.equal(indexJson, JSON.stringify(sql), 'the same bytes');
  } else {
    assert.equal(index.items.length, sql.items.length, 'page size');
  }
}

describe('search index: same answers as the SQL search', () => {
  it('opportunities: 250 generated searches, same totals, facet counts and corrections', async () => {
    await fc.assert(
      fc.asyncProperty(opportunityQuery(), async (query) => {
        const [index, sql] = await Promise.all([strict.searchOpportunitiesJson(query), searchOpportunities(test.db.pool, query)]);
        assertSame(index, sql, query);
        // More recall, never less: compounds, gendered forms, synonyms and transpositions only add.
        const wider = await recall.searchOpportunities(query);
        assert.ok(wider.total >= sql.total, `recall total ${wider.total} < SQL ${sql.total} for ${JSON.stringify(query)}`);
      }),
      { numRuns: 250, seed: 11 },
    );
  });

  it('offers: 80 generated searches, same totals, facet counts and corrections', async () => {
    await fc.assert(
      fc.asyncProperty(offerQuery(), async (query) => {
        const [index, sql] = await Promise.all([strict.searchOffersJson(query), searchOffers(test.db.pool, query)]);
        assertSame(index, sql, query);
      }),
      { numRuns: 80, seed: 12 },
    );
  });

  it('neighbours that are one word together ("Fussball Training") find that word in both, with the same totals', async () => {
    // Compounds of the spelling list whose two halves are words of it too, as people write them apart.
    const { rows } = await test.db.pool.query<{ head: string; tail: string; word: string }>(
      `SELECT DISTINCT ON (c.word) a.spelling AS head, b.spelling AS tail, c.word
       FROM search_words c
       JOIN search_words a ON a.kind = c.kind AND length(a.word) >= 4 AND c.word LIKE a.word || '%' AND c.word <> a.word
       JOIN search_words b ON b.kind = c.kind AND length(b.word) >= 4 AND c.word = a.word || b.word
       WHERE c.kind = 'opportunity' ORDER BY c.word, length(a.word) DESC LIMIT 30`,
    );
    assert.ok(rows.length >= 5, `compounds in the demo data: ${rows.map((r) => r.word).join(', ')}`);
    for (const { head, tail, word } of [...rows, { head: 'Fussball', tail: 'Training', word: 'fussballtraining' }]) {
      for (const q of [`${head} ${tail}`, `${head}-${tail}`]) {
        const sql = await searchOpportunities(test.db.pool, { q, pageSize: 50 });
        assertSame(await strict.searchOpportunitiesJson({ q, pageSize: 50 }), sql, { q });
        const together = await searchOpportunities(test.db.pool, { q: word, pageSize: 50 });
        // Everything the compound finds, the two words find too (on the page, when it all fits).
        if (together.total <= 50) for (const id of ids(together.items)) assert.ok(ids(sql.items).includes(id), `"${q}" misses a listing "${word}" finds`);
        assert.ok(sql.total >= together.total, `"${q}": ${sql.total} < "${word}": ${together.total}`);
      }
    }
  });

  it('listings shown as filled are found and flagged alike; those past their day or not shown are not', async () => {
    const landing = await searchOpportunities(test.db.pool, { pageSize: 50, sort: 'newest' });
    assertSame(await strict.searchOpportunitiesJson({ pageSize: 50, sort: 'newest' }), landing, { sort: 'newest' });
    const { rows } = await test.db.pool.query<{ shown: number; hidden: number }>(
      `SELECT count(*) FILTER (WHERE filled_shown_until >= service_today())::int AS shown,
              count(*) FILTER (WHERE status = 'filled' AND (filled_shown_until IS NULL OR filled_shown_until < service_today()))::int AS hidden
       FROM opportunities`,
    );
    const published = await test.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM opportunities WHERE status = 'published' AND coalesce(expires_at, 'infinity'::date) >= service_today()`,
    );
    assert.ok(rows[0]!.shown > 0 && rows[0]!.hidden > 0);
    assert.equal(landing.total, published.rows[0]!.n + rows[0]!.shown, 'published plus those shown as filled');
    const all = await searchOpportunities(test.db.pool, { pageSize: 50, page: 1, sort: 'newest', region: ['dresden'] });
    assertSame(await strict.searchOpportunitiesJson({ pageSize: 50, sort: 'newest', region: ['dresden'] }), all, { sort: 'newest' });
    assert.ok(landing.items.some((item) => item.filled === true), 'a card flagged filled on the first page');
    assert.ok(landing.items.every((item) => item.filled === undefined || item.filled === true));
    const offers = await searchOffers(test.db.pool, { sort: 'newest', pageSize: 50 });
    assert.ok(offers.items.some((item) => item.filled === true), 'an offer flagged filled');
    assertSame(await strict.searchOffersJson({ sort: 'newest', pageSize: 50 }), offers, { sort: 'newest' });
  });

  it('the landing search (no text, no filter) and deep pages agree', async () => {
    for (const query of [{}, { page: 3, pageSize: 50 }, { sort: 'start' as const }, { age: 12, pageSize: 50 }]) {
      assertSame(await strict.searchOpportunitiesJson(query), await searchOpportunities(test.db.pool, query), query);
    }
  });
});
