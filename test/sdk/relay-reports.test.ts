/**
 * The SDK's proof-of-work, relay and report calls against the reference server: a challenge
 * comes from the server and its solution travels in the `Altcha` header; an offer's author is
 * contacted through the platform; anyone reports a listing and a moderator resolves it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.js';
import { testAltchaMaxNumber } from '../support/altcha.js';
import { ApiError, createClient, type MitmachenClient } from '../../packages/sdk/src/index.js';
import { adminToken, interestInput, proof } from './fixtures.js';
import { fetchLog, type FetchLog } from './fetch-log.js';

describe('SDK: proof of work, relay and reports', () => {
  let server: TestServer;
  let client: MitmachenClient;
  let log: FetchLog;
  let opportunityId: string;
  let offerId: string;

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 30, offers: 10 }, adminToken });
    log = fetchLog();
    client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
    opportunityId = (await client.opportunities.search({ pageSize: 1 })).items[0]!.id;
    offerId = (await client.offers.search({ pageSize: 1 })).items[0]!.id;
  });
  after(() => server.close());

  it('fetches a fresh challenge each time', async () => {
    const [one, two] = await Promise.all([client.challenge(), client.challenge()]);
    assert.equal(one.algorithm, 'SHA-256');
    assert.equal(one.maxnumber, testAltchaMaxNumber);
    assert.match(one.salt, /\?expires=\d+&$/);
    assert.notEqual(one.challenge, two.challenge);
  });

  it('sends the solution as the Altcha header, once per posting', async () => {
    const { altcha } = await proof(client);
    await client.offers.contact(offerId, interestInput, { altcha });
    assert.equal(log.attempts.at(-1)!.altcha, altcha);
    const reused = await client.offers.contact(offerId, interestInput, { altcha }).catch((e: unknown) => e);
    assert.ok(reused instanceof ApiError);
    assert.equal(reused.status, 422);
    assert.equal(reused.problem.type, 'https://mitmachen.dev/problems/altcha-used');
    assert.ok(reused.fieldErrors.Altcha);
  });

  it('fails with ApiError 400 naming the header when no solution is sent', async () => {
    const error = await client.opportunities.expressInterest(opportunityId, interestInput).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.deepEqual(Object.keys(error.fieldErrors), ['Altcha']);
  });

  it('contacts the author of an offer, which is stored for the relay and not the author’s address', async () => {
    const accepted = await client.offers.contact(offerId, { ...interestInput, message: 'Wir hätten da eine Idee für Sie.' }, await proof(client));
    assert.equal(accepted.status, 'pending');
    const stored = await server.db.pool.query<{ offer_id: string; email: string; message: string }>(
      'SELECT offer_id, email, message FROM offer_contacts WHERE id = $1',
      [accepted.id],
    );
    assert.deepEqual(stored.rows, [{ offer_id: offerId, email: interestInput.email, message: 'Wir hätten da eine Idee für Sie.' }]);
    assert.deepEqual(Object.keys(accepted).sort(), ['id', 'status']);
  });

  it('reports an opportunity and an offer; a moderator dismisses one and takes the other down', async () => {
    const reason = 'Die angegebene Telefonnummer gehört jemand anderem.';
    const onOpportunity = await client.opportunities.report(opportunityId, { reason }, await proof(client));
    const onOffer = await client.offers.report(offerId, { reason, email: 'melder@example.net' }, await proof(client));

    const moderation = client.moderation({ token: adminToken });
    const open = await moderation.listReports({ pageSize: 50 });
    const mine = open.items.filter((report) => report.id === onOpportunity.id || report.id === onOffer.id);
    assert.deepEqual(mine.map((report) => [report.kind, report.listingId, report.status]).sort(), [
      ['offer', offerId, 'open'],
      ['opportunity', opportunityId, 'open'],
    ]);
    assert.equal(mine.find((report) => report.kind === 'offer')?.email, 'melder@example.net');

    const dismissed = await moderation.resolveReport(onOpportunity.id, { action: 'dismiss' });
    assert.deepEqual(dismissed, { id: onOpportunity.id, status: 'dismissed', kind: 'opportunity', listingId: opportunityId, listingStatus: 'published' });
    const unpublished = await moderation.resolveReport(onOffer.id, { action: 'unpublish', note: 'Angebot ist nicht mehr aktuell.' });
    assert.equal(unpublished.listingStatus, 'rejected');

    const gone = await client.offers.get(offerId).catch((e: unknown) => e);
    assert.ok(gone instanceof ApiError && gone.status === 404);
    const again = await moderation.resolveReport(onOffer.id, { action: 'dismiss' }).catch((e: unknown) => e);
    assert.ok(again instanceof ApiError && again.status === 409);
  });
});
