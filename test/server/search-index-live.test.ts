/**
 * The landing search (no text, no filter) stays right as listings are approved, edited,
 * unpublished and expire, without any search counting it again: after each change the index's
 * total, every facet count and the first pages equal the SQL search's answer and a recount of
 * the index's own columns, and the data kept for it is still the object built at load.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OfferSearchResult, OpportunitySearchResult, PostingKind } from '@mitmachen/contract';
import { searchOffers } from '../../packages/server/src/offers/search.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { Derived } from '../../packages/server/src/search/index/derived.js';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import type { IndexState } from '../../packages/server/src/search/index/snapshot-file.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { publishOffer, publishOpportunity, seededDataSet, seededOffers, seededOpportunities } from './search-fixtures.js';

let test: TestDatabase;
let index: SearchIndex;
/** The derived data built when the index loaded, per kind. */
const built = new Map<PostingKind, Derived | undefined>();

const listingsOf = (kind: PostingKind) => (index as unknown as { snapshot: IndexState }).snapshot.listings[kind];

before(async () => {
  test = await openTestDatabase({ seed: { opportunities: seededOpportunities, offers: seededOffers, seed: seededDataSet } });
  // Not registered for the pool: searchOpportunities(pool) is the SQL search, the reference.
  index = await SearchIndex.load(test.db, { recall: false });
  for (const kind of ['opportunity', 'offer'] as const) built.set(kind, listingsOf(kind).derived);
});

after(async () => {
  await index?.stop();
  await test?.close();
});

async function serviceDay(): Promise<number> {
  const { rows } = await test.db.pool.query<{ today: number }>(`SELECT service_today() - DATE '1970-01-01' AS today`);
  return rows[0]!.today;
}

function assertSameLanding(fromIndex: OpportunitySearchResult | OfferSearchResult, fromSql: OpportunitySearchResult | OfferSearchResult, what: string): void {
  assert.equal(fromIndex.total, fromSql.total, `${what}: total`);
  assert.deepEqual(fromIndex.facets, fromSql.facets, `${what}: facets`);
  assert.deepEqual(
    fromIndex.items.map((item) => item.id),
    fromSql.items.map((item) => item.id),
    `${what}: page`,
  );
}

/** The landing answers of both kinds against the SQL search and a recount; the kept data is the one built at load. */
async function assertLandingCurrent(step: string): Promise<void> {
  for (const query of [{}, { sort: 'newest' as const, pageSize: 50 }, { page: 3, pageSize: 20 }]) {
    assertSameLanding(await index.searchOpportunities(query), await searchOpportunities(test.db.pool, query), `${step}, opportunities ${JSON.stringify(query)}`);
    assertSameLanding(await index.searchOffers(query), await searchOffers(test.db.pool, query), `${step}, offers ${JSON.stringify(query)}`);
  }
  const today = await serviceDay();
  for (const kind of ['opportunity', 'offer'] as const) {
    const listings = listingsOf(kind);
    assert.ok(built.get(kind), `${kind}: derived data built at load`);
    assert.equal(listings.derived, built.get(kind), `${step}, ${kind}: the derived data was adjusted, not built again`);
    const fresh = Derived.recount(listings, today);
    assert.deepEqual(listings.derived!.landing(), fresh.landing(), `${step}, ${kind}: landing counts equal a recount`);
    assert.deepEqual(listings.derived!.visible, fresh.visible, `${step}, ${kind}: visible set equals a recount`);
  }
}

/** A published listing's id, chosen by the statement's order so each step takes another. */
async function publishedId(table: 'opportunities' | 'offers', skip: number): Promise<string> {
  const { rows } = await test.db.pool.query<{ id: string }>(
    `SELECT id FROM ${table} WHERE status = 'published' ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [skip],
  );
  return rows[0]!.id;
}

describe('search index: the landing search after each change', () => {
  it('agrees with the SQL search and a recount after approve, edit, unpublish and expiry', async () => {
    await assertLandingCurrent('after load');

    // Approved: a new listing on top of the newest order, counted in its values.
    await publishOpportunity(test.db.pool, { title: 'Vorlesen in der Stadtbibliothek', categories: ['bildung'] });
    await publishOffer(test.db.pool);
    await assertLandingCurrent('after approving');

    // Edited: other categories and region move its counts from the old values to the new.
    const edited = await publishedId('opportunities', 2);
    await test.db.pool.query(`UPDATE opportunities SET categories = ARRAY['sport-bewegung'], region = 'leipzig', title = title || ' (neu)', updated_at = now() WHERE id = $1`, [edited]);
    const editedOffer = await publishedId('offers', 1);
    await test.db.pool.query(`UPDATE offers SET categories = ARRAY['kultur-kunst'], updated_at = now() WHERE id = $1`, [editedOffer]);
    await assertLandingCurrent('after editing');

    // Unpublished (the console's hide): gone from the total, its counts and the pages.
    const hidden = await publishedId('opportunities', 0);
    await test.db.pool.query(`UPDATE opportunities SET status = 'hidden', updated_at = now() WHERE id = $1`, [hidden]);
    const hiddenOffer = await publishedId('offers', 0);
    await test.db.pool.query(`UPDATE offers SET status = 'hidden', updated_at = now() WHERE id = $1`, [hiddenOffer]);
    await assertLandingCurrent('after unpublishing');

    // Expired: its last day was yesterday.
    const expired = await publishedId('opportunities', 5);
    await test.db.pool.query(`UPDATE opportunities SET expires_at = service_today() - 1, updated_at = now() WHERE id = $1`, [expired]);
    await assertLandingCurrent('after expiry');

    // Shown again (the console's unhide) and several changes in one statement.
    await test.db.pool.query(`UPDATE opportunities SET status = 'published', updated_at = now() WHERE id = $1`, [hidden]);
    await test.db.pool.query(
      `UPDATE opportunities SET region = 'dresden', updated_at = now()
       WHERE id IN (SELECT id FROM opportunities WHERE status = 'published' ORDER BY id LIMIT 40)`,
    );
    await assertLandingCurrent('after showing again and changing forty');
  });
});
