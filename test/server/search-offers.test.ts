import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OfferQuery } from '@mitmachen/contract';
import { createOffer, getOffer } from '../../packages/server/src/offers/repository.js';
import { searchOffers } from '../../packages/server/src/offers/search.js';
import { resolvePlace } from '../../packages/server/src/places/index.js';
import type { TestDatabase } from '../support/database.js';
import { allPages, assertProblem, haversineKm, offerInput, openSeededDatabase, publishOffer, seededOffers } from './search-fixtures.js';

describe('offers: posting and search', () => {
  let test: TestDatabase;
  const search = (query: OfferQuery) => searchOffers(test.db.pool, query);
  const everything = (query: OfferQuery) => allPages((page, pageSize) => search({ ...query, page, pageSize }));

  before(async () => {
    test = await openSeededDatabase();
  });
  after(() => test?.close());

  it('lists the seeded offers, newest first, without anyone\'s email', async () => {
    const { items, totals } = await everything({});
    assert.equal(totals[0], seededOffers);
    const created = items.map((item) => item.createdAt);
    assert.deepEqual(created, [...created].sort().reverse());
    assert.ok(!JSON.stringify(items).includes('@'));
  });

  it('keeps an offer pending until approved; stores the area coarse and the email hidden', async () => {
    const { id } = await createOffer(test.db.pool, offerInput({ title: 'Ich repariere Fahrräder für Geflüchtete', ageGroup: '65-plus' }));
    assert.equal(await getOffer(test.db.pool, id), undefined);
    assert.equal((await search({ q: 'Fahrräder reparieren' })).items.some((item) => item.id === id), false);
    const published = await publishOffer(test.db.pool, { title: 'Ich repariere Fahrräder in Freital', ageGroup: '65-plus' });
    const offer = await getOffer(test.db.pool, published);
    const freital = resolvePlace('Freital')!;
    assert.deepEqual(offer?.area, {
      place: 'Freital',
      region: 'saechsische-schweiz-osterzgebirge',
      coordinates: { lat: Math.round(freital.lat * 100) / 100, lon: Math.round(freital.lon * 100) / 100 },
      radiusKm: 15,
    });
    assert.ok(!JSON.stringify(offer).includes('gartenfreundin@example.com'));
    const found = await search({ q: 'Fahrrad' });
    assert.ok(found.items.some((item) => item.id === published));
  });

  it('refuses a place it does not know or outside Saxony', async () => {
    await assertProblem(createOffer(test.db.pool, offerInput({ area: { place: 'Qwertzhausen', radiusKm: 10 } })), 422, { pointer: '/area/place' });
    const outside = await assertProblem(createOffer(test.db.pool, offerInput({ area: { place: 'München', radiusKm: 10 } })), 422, { pointer: '/area/place' });
    assert.equal(outside.errors?.[0]?.detail, 'outside the service area (Saxony)');
  });

  it('filters by category, region and age group with disjunctive counts', async () => {
    const all = await search({});
    for (const dimension of ['category', 'region', 'ageGroup'] as const) {
      const value = all.facets[dimension][0]!;
      const chosen = await everything({ [dimension]: [value.value] });
      assert.equal(chosen.items.length, value.count, `${dimension}=${value.value}`);
      for (const item of chosen.items) {
        const actual = dimension === 'category' ? item.categories : dimension === 'region' ? [item.area.region] : [item.ageGroup];
        assert.ok((actual as string[]).includes(value.value));
      }
      const again = await search({ [dimension]: [value.value] });
      assert.deepEqual(again.facets[dimension], all.facets[dimension]);
    }
  });

  it('searches around a place, nearest first', async () => {
    const center = resolvePlace('Chemnitz')!;
    const { items } = await everything({ near: 'Chemnitz', radiusKm: 40, sort: 'distance' });
    assert.ok(items.length > 0);
    const distances = items.map((item) => item.distanceKm!);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
    for (const item of items) assert.ok(haversineKm(center, item.area.coordinates!) <= 40.05);
  });

  it('corrects typos in offers as in opportunities', async () => {
    const id = await publishOffer(test.db.pool, { title: 'Ich begleite Spaziergänge mit Rollatoren' });
    const result = await search({ q: 'Rolatoren' });
    assert.equal(result.correctedQuery, 'Rollatoren');
    assert.ok(result.items.some((item) => item.id === id));
    assert.equal((await search({ q: 'xqzjv' })).total, 0);
  });
});
