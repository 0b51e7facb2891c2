import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestServer } from '../support/server.js';
import { ApiError, createClient, type MitmachenClient } from '../../packages/sdk/src/index.js';
import { adminToken, interestInput, offerInput, opportunityInput, proof } from './fixtures.js';
import { fetchLog, type FetchLog } from './fetch-log.js';

describe('SDK against the reference server', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: MitmachenClient;
  let log: FetchLog;

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 150, offers: 40 }, adminToken });
    log = fetchLog();
    client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
  });
  after(() => server.close());

  describe('opportunities', () => {
    it('searches with the server defaults', async () => {
      const result = await client.opportunities.search();
      assert.equal(result.page, 1);
      assert.equal(result.items.length, Math.min(result.total, result.pageSize));
      assert.ok(result.total > 0);
      assert.ok(Array.isArray(result.facets.category));
    });

    it('sends arrays as repeated parameters and filters by any of them', async () => {
      const result = await client.opportunities.search({ category: ['tierschutz', 'kultur'], pageSize: 50 });
      const url = new URL(log.attempts.at(-1)!.url);
      assert.deepEqual(url.searchParams.getAll('category'), ['tierschutz', 'kultur']);
      assert.ok(result.items.length > 0);
      for (const item of result.items) {
        assert.ok(item.categories.some((c) => c === 'tierschutz' || c === 'kultur'), item.title);
      }
      const [animals, culture] = await Promise.all([
        client.opportunities.search({ category: ['tierschutz'] }),
        client.opportunities.search({ category: ['kultur'] }),
      ]);
      assert.ok(result.total >= Math.max(animals.total, culture.total));
      assert.ok(result.total <= animals.total + culture.total);
    });

    it('sends numbers as written and the server applies them', async () => {
      const result = await client.opportunities.search({ lat: 51.0504, lon: 13.7373, radiusKm: 12.5, age: 16 });
      const url = new URL(log.attempts.at(-1)!.url);
      assert.equal(url.search, '?lat=51.0504&lon=13.7373&radiusKm=12.5&age=16');
      assert.equal(result.center?.radiusKm, 12.5);
      for (const item of result.items) {
        assert.ok(item.distanceKm !== undefined && item.distanceKm <= 12.5, `${item.title}: ${item.distanceKm}`);
        assert.ok((item.minimumAge ?? 0) <= 16, `${item.title}: ${item.minimumAge}`);
      }
    });

    it('gets one opportunity with its detail', async () => {
      const { items } = await client.opportunities.search({ pageSize: 1 });
      const listed = items[0]!;
      const opportunity = await client.opportunities.get(listed.id);
      assert.equal(opportunity.id, listed.id);
      assert.equal(opportunity.title, listed.title);
      assert.equal(opportunity.status, 'published');
      assert.ok(opportunity.description.length > 0);
    });

    it('posts an opportunity as pending with a generated Idempotency-Key, visible after approval', async () => {
      const title = `Vorlesepate SDK ${randomUUID().slice(0, 8)}`;
      const accepted = await client.opportunities.create(opportunityInput(title), await proof(client));
      assert.equal(accepted.status, 'pending');
      assert.match(log.attempts.at(-1)!.idempotencyKey ?? '', /^[0-9a-f-]{36}$/);

      const hidden = await client.opportunities.get(accepted.id).catch((error: unknown) => error);
      assert.ok(hidden instanceof ApiError && hidden.status === 404);

      const moderation = client.moderation({ token: adminToken });
      const approved = await moderation.approve('opportunity', accepted.id);
      assert.deepEqual(approved, { kind: 'opportunity', id: accepted.id, status: 'published' });
      assert.equal(log.attempts.at(-1)!.authorization, `Bearer ${adminToken}`);
      assert.equal((await client.opportunities.get(accepted.id)).title, title);
    });

    it('returns the first answer when the caller repeats its own Idempotency-Key', async () => {
      const idempotencyKey = `sdk-test-${randomUUID()}`;
      const input = opportunityInput(`Zweimal geklickt ${randomUUID().slice(0, 8)}`);
      // A second click sends the same solution: the stored answer comes back before it is checked.
      const { altcha } = await proof(client);
      const first = await client.opportunities.create(input, { idempotencyKey, altcha });
      const second = await client.opportunities.create(input, { idempotencyKey, altcha });
      assert.equal(second.id, first.id);
      assert.equal(log.attempts.at(-1)!.idempotencyKey, idempotencyKey);
    });

    it('sends a contact request for a published opportunity', async () => {
      const { items } = await client.opportunities.search({ pageSize: 1 });
      const accepted = await client.opportunities.expressInterest(items[0]!.id, interestInput, await proof(client));
      assert.equal(accepted.status, 'pending');
      assert.ok(log.attempts.at(-1)!.idempotencyKey);
    });
  });

  describe('offers', () => {
    it('searches, gets and posts offers', async () => {
      const result = await client.offers.search({ pageSize: 5 });
      assert.ok(result.total > 0);
      assert.ok(result.items.length > 0 && result.items.length <= 5);
      const offer = await client.offers.get(result.items[0]!.id);
      assert.equal(offer.id, result.items[0]!.id);
      assert.equal(offer.status, 'published');

      const accepted = await client.offers.create(offerInput('Ich helfe beim Gärtnern und bei Pflanzaktionen'), await proof(client));
      assert.equal(accepted.status, 'pending');
    });

    it('filters offers by several categories', async () => {
      const result = await client.offers.search({ category: ['umwelt-naturschutz', 'nachbarschaft'] });
      assert.deepEqual(new URL(log.attempts.at(-1)!.url).searchParams.getAll('category'), [
        'umwelt-naturschutz',
        'nachbarschaft',
      ]);
      for (const offer of result.items) {
        assert.ok(offer.categories.some((c) => c === 'umwelt-naturschutz' || c === 'nachbarschaft'));
      }
    });
  });

  describe('reference data', () => {
    it('gets the taxonomy with German and English labels', async () => {
      const taxonomy = await client.taxonomy();
      assert.equal(taxonomy.categories.length, 16);
      assert.equal(taxonomy.regions.length, 13);
      const animals = taxonomy.categories.find((term) => term.id === 'tierschutz');
      assert.ok(animals?.label.de && animals.label.en);
    });

    it('finds places by prefix, as many as asked for', async () => {
      const places = await client.places('Pir', { limit: 3 });
      assert.equal(places.length, 3);
      assert.ok(places.every((place) => place.name.startsWith('Pir')), places.map((p) => p.name).join());
      assert.equal(new URL(log.attempts.at(-1)!.url).search, '?q=Pir&limit=3');
      const [pirna] = await client.places('Pirna');
      assert.equal(pirna?.name, 'Pirna');
      assert.equal(pirna.state, 'Sachsen');
    });
  });

  describe('moderation', () => {
    it('lists pending postings and rejects one with a reason', async () => {
      const title = `Abzulehnen ${randomUUID().slice(0, 8)}`;
      const accepted = await client.opportunities.create(opportunityInput(title), await proof(client));
      const moderation = client.moderation({ token: adminToken });
      const pending = await moderation.listPending({ kind: 'opportunity', pageSize: 50 });
      assert.ok(pending.total >= 1);
      assert.ok(pending.items.every((item) => item.kind === 'opportunity'));
      assert.ok(pending.items.some((item) => item.id === accepted.id && item.title === title));

      const rejected = await moderation.reject('opportunity', accepted.id, 'Bitte Ort ergänzen.');
      assert.deepEqual(rejected, { kind: 'opportunity', id: accepted.id, status: 'rejected' });
    });

    it('fails with 403 for a wrong token', async () => {
      const error = await client
        .moderation({ token: 'wrong-token-0123456789' })
        .listPending()
        .catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 403);
    });
  });

  describe('errors', () => {
    it('turns a validation problem into an ApiError with field errors by JSON pointer, without retrying', async () => {
      const solved = await proof(client);
      const before = log.attempts.length;
      const error = await client.opportunities
        .create({ ...opportunityInput('ok'), title: 'Hi' }, solved)
        .catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 422);
      assert.equal(error.problem.status, 422);
      assert.ok(error.fieldErrors['/title'], JSON.stringify(error.problem));
      assert.equal(log.attempts.length - before, 1);
    });

    it('names an invalid query parameter', async () => {
      const error = await client.opportunities.search({ radiusKm: 9000, near: 'Pirna' }).catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.ok(error.fieldErrors.radiusKm, JSON.stringify(error.problem));
    });

    it('answers an unknown id with ApiError 404', async () => {
      const error = await client.opportunities.get(randomUUID()).catch((e: unknown) => e);
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 404);
      assert.equal(error.problem.status, 404);
      assert.equal(error.name, 'ApiError');
    });
  });
});
