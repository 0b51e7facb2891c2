import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunityQuery } from '@mitmachen/contract';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { resolvePlace } from '../../packages/server/src/places/index.js';
import type { TestDatabase } from '../support/database.js';
import { allPages, assertProblem, haversineKm, openSeededDatabase } from './search-fixtures.js';

/** Listings closer to the edge than this are left out of exact comparisons (rounding). */
const edgeKm = 0.05;

describe('opportunity search: place and radius', () => {
  let test: TestDatabase;
  const search = (query: OpportunityQuery) => searchOpportunities(test.db.pool, query);
  const everything = (query: OpportunityQuery) => allPages((page, pageSize) => search({ ...query, page, pageSize }));
  const pirna = resolvePlace('Pirna')!;

  before(async () => {
    test = await openSeededDatabase();
  });
  after(() => test?.close());

  it('near=Pirna with radiusKm=10 returns exactly the listings within 10 km of Pirna', async () => {
    const near = await everything({ near: 'Pirna', radiusKm: 10 });
    assert.ok(near.items.length > 0);
    const first = await search({ near: 'Pirna', radiusKm: 10 });
    assert.deepEqual(first.center, { name: 'Pirna', lat: pirna.lat, lon: pirna.lon, radiusKm: 10 });
    for (const item of near.items) {
      const coordinates = item.location.coordinates;
      assert.ok(coordinates, `${item.id} has no coordinates`);
      const km = haversineKm(pirna, coordinates);
      assert.ok(km <= 10 + edgeKm, `${item.location.place} is ${km} km away`);
      assert.ok(Math.abs(item.distanceKm! - km) <= 0.051, `distanceKm ${item.distanceKm} for ${km}`);
    }
    // Computed from every listing without a place filter: none inside the circle is missing.
    const all = await everything({});
    const inside = all.items.filter((item) => item.location.coordinates && haversineKm(pirna, item.location.coordinates) < 10 - edgeKm);
    const found = new Set(near.items.map((item) => item.id));
    assert.ok(inside.length > 0);
    for (const item of inside) assert.ok(found.has(item.id), `${item.location.place} is missing`);
  });

  it('takes 25 km when a centre comes without a radius', async () => {
    const result = await search({ near: 'Pirna', pageSize: 50 });
    assert.equal(result.center?.radiusKm, 25);
    assert.ok(result.total > (await search({ near: 'Pirna', radiusKm: 10 })).total);
    for (const item of result.items) assert.ok(item.distanceKm! <= 25);
  });

  it('accepts the centre as lat and lon, with the same result as the place name', async () => {
    const byName = await search({ near: 'Pirna', radiusKm: 15, pageSize: 50 });
    const byCoordinates = await search({ lat: pirna.lat, lon: pirna.lon, radiusKm: 15, pageSize: 50 });
    assert.deepEqual(byCoordinates.center, { lat: pirna.lat, lon: pirna.lon, radiusKm: 15 });
    assert.equal(byCoordinates.total, byName.total);
    assert.deepEqual(byCoordinates.items, byName.items);
  });

  it('searches around coordinates PostgreSQL cannot take as they are (subnormal numbers)', async () => {
    // Found by the fuzz test: ll_to_earth(-5e-324, …) fails with "value out of range: underflow".
    const result = await search({ lat: -5e-324, lon: -179, radiusKm: 10 });
    assert.equal(result.total, 0);
    assert.equal(result.center?.lat, -5e-324);
  });

  it('sorts by distance, nearest first, across pages', async () => {
    const { items } = await everything({ near: 'Dresden', radiusKm: 30, sort: 'distance' });
    assert.ok(items.length > 50);
    const distances = items.map((item) => item.distanceKm!);
    assert.deepEqual(distances, [...distances].sort((a, b) => a - b));
  });

  it('shows distances only when there is a centre', async () => {
    const result = await search({ pageSize: 50 });
    for (const item of result.items) assert.equal(item.distanceKm, undefined);
    assert.equal(result.center, undefined);
  });

  it('counts facets within the circle only', async () => {
    const result = await search({ near: 'Görlitz', radiusKm: 20 });
    const regions = result.facets.region.map((value) => value.value);
    assert.ok(regions.includes('goerlitz'));
    assert.ok(!regions.includes('leipzig') && !regions.includes('vogtlandkreis'));
    assert.equal(result.facets.locationType.some((value) => value.value === 'remote'), false);
  });

  it('refuses what it cannot honour, naming the parameter', async () => {
    await assertProblem(search({ near: 'Xyzzyhausen' }), 400, { parameter: 'near' });
    await assertProblem(search({ lat: 51 }), 400, { parameter: 'lon' });
    await assertProblem(search({ lon: 13 }), 400, { parameter: 'lat' });
    await assertProblem(search({ radiusKm: 10 }), 400, { parameter: 'radiusKm' });
    await assertProblem(search({ sort: 'distance' }), 400, { parameter: 'sort' });
    await assertProblem(search({ near: 'Pirna', lat: 51, lon: 13 }), 400, { parameter: 'near' });
  });
});
