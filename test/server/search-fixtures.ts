/**
 * Shared set-up for the search and repository tests: a migrated database with generated demo
 * data, valid postings to vary, and a distance computed independently of PostgreSQL.
 */
import assert from 'node:assert/strict';
import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { Queryable } from '../../packages/server/src/db/database.js';
import { ProblemError } from '../../packages/server/src/errors.js';
import { approvePosting } from '../../packages/server/src/moderation/repository.js';
import { createOffer } from '../../packages/server/src/offers/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { SearchIndex } from '../../packages/server/src/search/index/engine.js';
import { registerSearchIndex } from '../../packages/server/src/search/index/registry.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/** Generated postings per test file: enough for every facet value, quick to write. */
export const seededOpportunities = 1500;
export const seededOffers = 150;
/** Which generated data set (`seedDatabase`'s `seed`): one image serves every file that uses it. */
export const seededDataSet = 20261125;

/** The engine these tests search with (the server's default unless the environment says sql). */
export const searchEngine = process.env.MITMACHEN_SEARCH_ENGINE === 'sql' ? 'sql' : 'index';

/** Seeded once per test run and copied for each file (test/support/database-images.ts). */
export async function openSeededDatabase(): Promise<TestDatabase> {
  const test = await openTestDatabase({ seed: { opportunities: seededOpportunities, offers: seededOffers, seed: seededDataSet } });
  // The search functions ask the index registered for the pool, as a server does with the default
  // engine; MITMACHEN_SEARCH_ENGINE=sql runs the same tests against the SQL search.
  if (searchEngine === 'sql') return test;
  const index = await SearchIndex.load(test.db);
  registerSearchIndex(test.db.pool, index);
  return {
    ...test,
    async close() {
      await index.stop();
      registerSearchIndex(test.db.pool, undefined);
      await test.close();
    },
  };
}

/** A posting that passes every check; tests change the part they are about. */
export function opportunityInput(overrides: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    title: 'Vorlesepatin in der Stadtbibliothek',
    summary: 'Lesen Sie Kindern im Grundschulalter einmal pro Woche vor.',
    description: 'Wir suchen Menschen, die Freude am Vorlesen haben.\n\nDie Vorlesestunde ist mittwochs.',
    organisation: { name: 'Förderverein Stadtbibliothek Meißen e. V.', type: 'verein' },
    contact: { name: 'Anna Beispiel', email: 'anna@example.org', public: true },
    categories: ['bildung'],
    location: { type: 'onsite', address: { street: 'Kirchgasse 1', postalCode: '01662', city: 'Meißen' } },
    schedule: { type: 'regular', hoursPerWeek: 1, slots: [{ day: 'we', from: '15:00', to: '16:00' }] },
    ...overrides,
  };
}

export function offerInput(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    displayName: 'Gartenfreundin',
    email: 'gartenfreundin@example.com',
    title: 'Ich helfe beim Gärtnern und bei Pflanzaktionen',
    description: 'Ich habe samstags Zeit und einen grünen Daumen.',
    categories: ['umwelt-naturschutz'],
    availability: { type: 'regular', hoursPerWeek: 3, days: ['sa'] },
    area: { place: 'Freital', radiusKm: 15 },
    ...overrides,
  };
}

/** Posts an opportunity and approves it, as an organisation and then the agency would. */
export async function publishOpportunity(db: Queryable, overrides: Partial<OpportunityInput> = {}): Promise<string> {
  const { id } = await createOpportunity(db, opportunityInput(overrides));
  await approvePosting(db, 'opportunity', id);
  return id;
}

export async function publishOffer(db: Queryable, overrides: Partial<OfferInput> = {}): Promise<string> {
  const { id } = await createOffer(db, offerInput(overrides));
  await approvePosting(db, 'offer', id);
  return id;
}

/** Great-circle distance in km on a sphere of the radius earthdistance uses (6378.168 km). */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6378.168 * Math.asin(Math.sqrt(h));
}

/** Every item of a search, page by page, with the totals each page reported. */
export async function allPages<T>(
  search: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  pageSize = 50,
): Promise<{ items: T[]; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  for (let page = 1; ; page++) {
    const result = await search(page, pageSize);
    totals.push(result.total);
    items.push(...result.items);
    if (result.items.length < pageSize) return { items, totals };
  }
}

/** Asserts that `promise` fails with a problem of this status naming this parameter or field. */
export async function assertProblem(
  promise: Promise<unknown>,
  status: number,
  where: { parameter: string } | { pointer: string },
): Promise<ProblemError> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof ProblemError, `expected a ProblemError, got ${String(caught)}`);
  assert.equal(caught.status, status);
  assert.deepEqual(
    caught.errors?.map((e) => ('parameter' in where ? e.parameter : e.pointer)),
    ['parameter' in where ? where.parameter : where.pointer],
  );
  return caught;
}
