/**
 * The index holds every listing's result card (search/index/cards.ts): once its cards are read,
 * a search reads none from the database, and every page is byte for byte what the SQL search
 * sends, also right after a listing and after its organisation changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OfferQuery, OpportunityQuery } from '@mitmachen/contract';
import { offerColumns, toOffer, type OfferRow } from '../../packages/server/src/offers/rows.js';
import { searchOffers } from '../../packages/server/src/offers/search.js';
import { listColumns, toListItem, type ListRow } from '../../packages/server/src/opportunities/rows.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { Cards } from '../../packages/server/src/search/index/cards.js';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

let test: TestDatabase;
let index: SearchIndex;
/** Statements that read cards (the card columns' select list) since the counter was last reset. */
let cardReads = 0;

before(async () => {
  test = await openTestDatabase({ seed: { opportunities: 400, offers: 60, seed: 20261205 } });
  const pool = test.db.pool;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const statement = args[0] as { text?: string } | string;
    const text = typeof statement === 'string' ? statement : (statement.text ?? '');
    if (text.includes(listColumns) || text.includes(offerColumns)) cardReads++;
    return query(...args);
  };
  // Not registered for the pool: searchOpportunities(pool) is the SQL search, the reference;
  // without the better recall the index finds exactly what it finds.
  index = await SearchIndex.load(test.db, { recall: false });
  await index.cardsFilled();
});

after(async () => {
  await index?.stop();
  await test?.close();
});

/** Orders the index and the SQL search share exactly (relevance may rank ties differently). */
const opportunityQueries: OpportunityQuery[] = [
  {},
  { page: 2, pageSize: 50 },
  { category: ['kultur'], sort: 'newest' },
  { suits: ['seniors'], region: ['dresden', 'leipzig'], pageSize: 30 },
  { near: 'Dresden', radiusKm: 25, sort: 'distance', pageSize: 40 },
  { q: 'hund', sort: 'newest' },
];
const offerQueries: OfferQuery[] = [{}, { region: ['leipzig'] }, { near: 'Leipzig', radiusKm: 30, sort: 'distance' }];

async function assertSameAsSql(step: string): Promise<void> {
  for (const query of opportunityQueries) {
    assert.equal(await index.searchOpportunitiesJson(query), JSON.stringify(await searchOpportunities(test.db.pool, query)), `${step}: opportunities ${JSON.stringify(query)}`);
  }
  for (const query of offerQueries) {
    assert.equal(await index.searchOffersJson(query), JSON.stringify(await searchOffers(test.db.pool, query)), `${step}: offers ${JSON.stringify(query)}`);
  }
}

describe('search index: the cards it holds', () => {
  it('answers pages of every kind without reading a card, the same bytes as the SQL search', async () => {
    // Words are analysed by a read of their own once; the cards are all there from the fill.
    await index.searchOpportunities({ q: 'hund' });
    cardReads = 0;
    for (const query of opportunityQueries) await index.searchOpportunitiesJson(query);
    for (const query of offerQueries) await index.searchOffersJson(query);
    assert.equal(cardReads, 0);
    await assertSameAsSql('after the load');
  });

  it('shows an edited listing and a renamed organisation as the database has them now', async () => {
    const { rows } = await test.db.pool.query<{ id: string; organisation_id: string }>(
      `SELECT id, organisation_id FROM opportunities WHERE status = 'published' ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    const newest = rows[0]!;
    await test.db.pool.query(`UPDATE opportunities SET title = 'Neu: Gärtnern mit Kindern', summary = 'Geändert »heute«', updated_at = now() WHERE id = $1`, [newest.id]);
    const { rows: offerRows } = await test.db.pool.query<{ id: string }>(`SELECT id FROM offers WHERE status = 'published' ORDER BY created_at DESC, id DESC LIMIT 1`);
    await test.db.pool.query(`UPDATE offers SET title = 'Neu: Begleitung zum Arzt', updated_at = now() WHERE id = $1`, [offerRows[0]!.id]);
    await assertSameAsSql('after the edits');
    const page = JSON.parse(await index.searchOpportunitiesJson({})) as { items: Array<{ id: string; title: string }> };
    assert.equal(page.items.find((item) => item.id === newest.id)?.title, 'Neu: Gärtnern mit Kindern');

    await test.db.pool.query(`UPDATE organisations SET name = 'Umbenannter Verein e. V.' WHERE id = $1`, [newest.organisation_id]);
    await assertSameAsSql('after the renaming, while the cards are read again');
    await index.cardsFilled();
    cardReads = 0;
    for (const query of opportunityQueries) await index.searchOpportunitiesJson(query);
    assert.equal(cardReads, 0, 'no card read once they are all read again');
    await assertSameAsSql('after the renaming, the cards read again');
    const renamed = JSON.parse(await index.searchOpportunitiesJson({})) as { items: Array<{ id: string; organisation: { name: string } }> };
    assert.equal(renamed.items.find((item) => item.id === newest.id)?.organisation.name, 'Umbenannter Verein e. V.');
  });
});

describe('search index: Cards', () => {
  it('writes each card as JSON.stringify does, with the id first and a distance last, through replacements and removals', async () => {
    const { rows } = await test.db.pool.query<ListRow>(`SELECT ${listColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id`);
    const { rows: offers } = await test.db.pool.query<OfferRow>(`SELECT ${offerColumns} FROM offers o`);
    const items = [...rows.map(toListItem), ...offers.map(toOffer)];
    // One card with what the demo data never has: an escaped text, a timestamp with no exact ISO form kept apart.
    items.push({ ...items[0]!, id: '00000000-0000-4000-8000-000000000001', title: 'Zeile\n"zwei" \u2028', createdAt: '2026-12-05T10:00:00Z' });
    const cards = new Cards();
    // Every card put three times, in ever other slots: the parts of the replaced ones are packed away.
    const slotOf = new Map<string, number>();
    for (let round = 0; round < 3; round++) {
      items.forEach((item, i) => {
        const old = slotOf.get(item.id);
        if (old !== undefined) cards.delete(old);
        const slot = round * items.length + i;
        cards.set(slot, item);
        slotOf.set(item.id, slot);
      });
    }
    assert.equal(cards.size, items.length);
    for (const item of items) {
      const slot = slotOf.get(item.id)!;
      assert.equal(cards.json(slot, item.id), JSON.stringify(item));
      assert.equal(cards.json(slot, item.id, '"distanceKm":2.5'), JSON.stringify({ ...item, distanceKm: 2.5 }));
    }
    const gone = items[3]!;
    cards.delete(slotOf.get(gone.id)!);
    assert.equal(cards.json(slotOf.get(gone.id)!, gone.id), undefined);
    assert.equal(cards.size, items.length - 1);
    // The listing's own texts are counted apart from what holding them costs.
    assert.ok(cards.textBytes() > 0 && cards.overheadBytes() > 0);
  });
});
