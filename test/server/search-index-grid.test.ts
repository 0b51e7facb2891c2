/**
 * The radius search through the grid of cells finds exactly the listings the full measurement
 * finds: points on cell borders, points a hair inside and outside the radius, circles smaller
 * than a cell and wider than many, centres on a cell corner, across the antimeridian and around
 * a pole; and listings put after the grid was built are found by the next search. A page sorted
 * by distance, which reads only the cells nearest the centre, is the full measurement's page.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { earthRadius } from '../../packages/server/src/search/index/earth.js';
import { offsetUnit } from '../../packages/server/src/search/index/grid.js';
import { Listings, type ListingRow } from '../../packages/server/src/search/index/listings.js';
import { searchListings, type Clause } from '../../packages/server/src/search/index/query.js';

const today = 20_000;

function row(lat: number | null, lon: number | null, doc = ''): ListingRow {
  return { id: randomUUID(), created: 1, expires: null, lat, lon, minimum_age: null, starts: null, values: [], doc };
}

/** ll_to_earth of the listing's place, as the database computes it (listings.ts keeps the latitude and longitude). */
function pointOf(listings: Listings, slot: number): [number, number, number] {
  const phi = (listings.lat[slot]! * Math.PI) / 180;
  const lambda = (listings.lon[slot]! * Math.PI) / 180;
  return [earthRadius * Math.cos(phi) * Math.cos(lambda), earthRadius * Math.cos(phi) * Math.sin(lambda), earthRadius * Math.sin(phi)];
}

/** The slots within `km` of the centre, measured as earth_distance measures (and query.ts did for every listing). */
function measured(listings: Listings, lat: number, lon: number, km: number): Set<string> {
  return new Set(distancesFrom(listings, lat, lon, km).keys());
}

/** Each listing within `km` of the centre, with its distance in metres. */
function distancesFrom(listings: Listings, lat: number, lon: number, km: number): Map<string, number> {
  const phi = ((Math.round(lat * 1e7) / 1e7) * Math.PI) / 180;
  const lambda = ((Math.round(lon * 1e7) / 1e7) * Math.PI) / 180;
  const cx = earthRadius * Math.cos(phi) * Math.cos(lambda);
  const cy = earthRadius * Math.cos(phi) * Math.sin(lambda);
  const cz = earthRadius * Math.sin(phi);
  const found = new Map<string, number>();
  for (let slot = 0; slot < listings.slots; slot++) {
    // The square root of the summed squares, as cube_distance (and query.ts) compute it: Math.hypot
    // rounds differently in the last bit, which decided a point on the circle the other way.
    const [x, y, z] = pointOf(listings, slot);
    const dx = x - cx;
    const dy = y - cy;
    const dz = z - cz;
    const chord = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const metres = 2 * earthRadius * Math.asin(Math.min(1, chord / (2 * earthRadius)));
    if (metres <= km * 1000) found.set(listings.ids.idOf(slot), metres);
  }
  return found;
}

async function found(listings: Listings, lat: number, lon: number, km: number, clauses: Clause[] = []): Promise<Set<string>> {
  const result = await searchListings(listings, {
    clauses,
    today,
    now: 0,
    center: { lat, lon, radiusKm: km },
    selected: [],
    sort: 'distance',
    offset: 0,
    limit: listings.slots,
  });
  assert.equal(result.total, result.hits.length);
  // Every hit carries its own distance (the grid measures those of whole cells only for the hits), nearest first.
  const expected = distancesFrom(listings, lat, lon, km);
  for (const hit of result.hits) if (expected.has(hit.id)) assert.ok(Math.abs(hit.distance! - expected.get(hit.id)!) < 1e-3, `distance of ${hit.id}`);
  result.hits.forEach((hit, i) => i === 0 || assert.ok(hit.distance! >= result.hits[i - 1]!.distance!, 'nearest first'));
  return new Set(result.hits.map((h) => h.id));
}

/**
 * Points on the circle's edge (a hair, a millionth, and just under and over a metre in and out:
 * the grid's cells measure in 32-bit floats and measure exactly within a metre of the edge), on
 * cell borders near it, and scattered.
 */
function around(lat: number, lon: number, km: number): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  const angle = (km * 1000) / earthRadius;
  const metre = 1 / (km * 1000);
  for (let k = 0; k < 72; k++) {
    const bearing = (k * Math.PI) / 36;
    for (const factor of [1 - 1.1 * metre, 1 - 0.9 * metre, 1 - 1e-6, 1 - 1e-12, 1, 1 + 1e-12, 1 + 1e-6, 1 + 0.9 * metre, 1 + 1.1 * metre]) {
      const d = angle * factor;
      const phi = (lat * Math.PI) / 180;
      const p2 = Math.asin(Math.sin(phi) * Math.cos(d) + Math.cos(phi) * Math.sin(d) * Math.cos(bearing));
      const l2 = (lon * Math.PI) / 180 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(phi), Math.cos(d) - Math.sin(phi) * Math.sin(p2));
      let lonDeg = (l2 * 180) / Math.PI;
      if (lonDeg > 180) lonDeg -= 360;
      if (lonDeg < -180) lonDeg += 360;
      points.push([(p2 * 180) / Math.PI, lonDeg]);
    }
  }
  // Cell borders and corners (multiples of 0.1°) within a few cells of the centre.
  for (let i = -30; i <= 30; i++) {
    for (let j = -30; j <= 30; j += 3) {
      const la = Math.round(lat * 10 + i) / 10;
      let lo = Math.round(lon * 10 + j) / 10;
      if (lo > 180) lo -= 360;
      if (lo < -180) lo += 360;
      if (Math.abs(la) <= 90) points.push([la, lo]);
    }
  }
  return points;
}

describe('search index grid', () => {
  for (const [name, lat, lon, km] of [
    ['Dresden, 10 km', 51.0504, 13.7373, 10],
    ['a cell corner, 5 km', 51.1, 13.7, 5],
    ['smaller than a cell, 0.3 km', 50.95, 13.35, 0.3],
    ['Saxony-wide, 150 km', 51.0, 13.4, 150],
    ['across the antimeridian, 40 km', -16.5, 179.98, 40],
    ['around the north pole, 300 km', 89.5, 20, 300],
  ] as const) {
    it(`finds exactly the listings within the radius: ${name}`, async () => {
      const listings = new Listings([]);
      for (const [la, lo] of around(lat, lon, km)) listings.put(row(la, lo));
      listings.put(row(null, null));
      assert.deepEqual(await found(listings, lat, lon, km), measured(listings, lat, lon, km));
    });
  }

  it('finds exactly the listings within the radius for random centres and places', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 50.1, max: 51.7, noNaN: true }),
        fc.double({ min: 11.8, max: 15.1, noNaN: true }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 49.9, max: 51.9, noNaN: true }), fc.double({ min: 11.5, max: 15.4, noNaN: true })), { maxLength: 300 }),
        async (lat, lon, km, points) => {
          const listings = new Listings([]);
          for (const [la, lo] of [...points, ...around(lat, lon, km).slice(0, 120)]) listings.put(row(la, lo));
          assert.deepEqual(await found(listings, lat, lon, km), measured(listings, lat, lon, km));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('pages by distance as the full measurement orders every hit (ties by id), reading the nearest cells', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<[number, number]>([51.05, 13.74], [50.83, 12.92], [-16.5, 179.98], [89.9, 20], [51.1, 13.7]),
        fc.double({ min: 0.2, max: 40, noNaN: true }),
        fc.constantFrom(0.03, 0.1, 0.4),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 25 }),
        async ([lat, lon], km, spread, n, seed, copies, offset, limit) => {
          const listings = new Listings([]);
          // Enough places to fill many cells (fast-check's own arrays stay short).
          let state = seed;
          const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
          const points = Array.from({ length: n }, (): [number, number] => [Math.max(-90, Math.min(90, lat + random() * spread)), ((lon + random() * 1.5 * spread + 540) % 360) - 180]);
          // The same place several times: their order is their ids'.
          for (const point of [...points, ...points.slice(0, copies * 5)]) listings.put(row(...point));
          const result = await searchListings(listings, { clauses: [], today, now: 0, center: { lat, lon, radiusKm: km }, selected: [], sort: 'distance', offset, limit });
          const expected = [...distancesFrom(listings, lat, lon, km)].sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1));
          assert.equal(result.total, expected.length);
          assert.deepEqual(
            result.hits.map((h) => h.id),
            expected.slice(offset, offset + limit).map(([id]) => id),
          );
          for (const hit of result.hits) assert.ok(Math.abs(hit.distance! - distancesFrom(listings, lat, lon, km).get(hit.id)!) < 1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds exactly the matches of a word within the radius, however many the word or the cells hold', async () => {
    // A rare word is measured listing by listing, a common one through the cells, skipping the
    // cells' listings without it: both must find what measuring every match finds.
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<[number, number]>([51.05, 13.74], [51.1, 13.7], [-16.5, 179.98]),
        fc.double({ min: 0.3, max: 40, noNaN: true }),
        fc.constantFrom(0.002, 0.1, 0.5, 1),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async ([lat, lon], km, share, seed) => {
          const listings = new Listings([]);
          let state = seed;
          const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
          const withWord = new Set<string>();
          for (const [la, lo] of [...around(lat, lon, km), ...Array.from({ length: 400 }, (): [number, number] => [lat + (random() - 0.5), ((lon + (random() - 0.5) * 1.5 + 540) % 360) - 180])]) {
            const hund = random() < share;
            const listing = row(la, lo, hund ? "'hund':1A" : "'katz':1A");
            listings.put(listing);
            if (hund) withWord.add(listing.id);
          }
          const expected = [...measured(listings, lat, lon, km)].filter((id) => withWord.has(id));
          assert.deepEqual(await found(listings, lat, lon, km, [{ alternatives: [{ lexemes: ['hund'], prefix: false }] }]), new Set(expected));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("keeps every listing's place in its cell within a tenth of a metre, at any latitude", () => {
    // The cells' offsets are 16-bit steps of an eighth of a metre: a place farther than 4 km
    // from its cell's centre would not fit, one rounded wrong would be measured wrong.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })), { minLength: 1, maxLength: 50 }), (points) => {
        const listings = new Listings([]);
        for (const [la, lo] of [...points, [90, 0] as const, [-90, 180] as const, [0, 180] as const, [0, -180] as const]) listings.put(row(la, lo));
        const grid = listings.grid();
        for (const cell of grid.near(0, 0, Math.PI * earthRadius)) {
          for (let k = 0; k < cell.n; k++) {
            const slot = cell.slots[k]!;
            pointOf(listings, slot).forEach((coordinate, i) => {
              const offset = coordinate - cell.origin[i]!;
              assert.ok(Math.abs(offset) < 32767 * offsetUnit, `offset ${offset} m`);
              assert.ok(Math.abs(cell.offsets[3 * k + i]! * offsetUnit - offset) <= offsetUnit / 2 + 1e-6, `rounded offset of ${offset} m`);
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds listings put after the grid was built, and no longer finds deleted ones', async () => {
    const listings = new Listings([]);
    const first = row(51.05, 13.74);
    listings.put(first);
    assert.deepEqual(await found(listings, 51.05, 13.74, 5), new Set([first.id]));
    const second = row(51.06, 13.75);
    listings.put(second);
    listings.delete(first.id);
    assert.deepEqual(await found(listings, 51.05, 13.74, 5), new Set([second.id]));
  });
});
