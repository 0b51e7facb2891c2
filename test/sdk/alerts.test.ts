/**
 * `client.alerts.subscribe()` against the reference server: typed from the contract, sent with a
 * proof of work and an Idempotency-Key (so a retry mails once), and a bad field comes back as an
 * ApiError naming it by JSON pointer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiError, createClient, type AlertInput, type MitmachenClient } from '../../packages/sdk/src/index.js';
import { startTestServer } from '../support/server.js';
import { fetchLog, type FetchLog } from './fetch-log.js';
import { proof } from './fixtures.js';

describe('SDK: alerts', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: MitmachenClient;
  let log: FetchLog;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 5, offers: 0 } });
    log = fetchLog();
    client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
  });
  after(() => server.close());

  const input: AlertInput = { email: 'abo@example.net', frequency: 'weekly', language: 'en', search: { q: 'Hund', near: 'Pirna', radiusKm: 10 } };

  it('subscribes with a proof of work and an Idempotency-Key; the confirm mail is queued once', async () => {
    const answer = await client.alerts.subscribe(input, { ...(await proof(client)), idempotencyKey: 'alert-key-0001' });
    assert.deepEqual(answer, { status: 'confirmation-sent' });
    const attempt = log.attempts.at(-1)!;
    assert.equal(new URL(attempt.url).pathname, '/v1/alerts');
    assert.equal(attempt.idempotencyKey, 'alert-key-0001');
    assert.ok(attempt.altcha);
    // A retry of the same request (a lost answer) replays the first one.
    assert.deepEqual(await client.alerts.subscribe(input, { ...(await proof(client)), idempotencyKey: 'alert-key-0001' }), answer);
    const { rows } = await server.db.pool.query<{ search: unknown; language: string }>(`SELECT search, language FROM alert_subscriptions WHERE email = 'abo@example.net'`);
    assert.deepEqual(rows, [{ search: { near: 'Pirna', q: 'Hund', radiusKm: 10 }, language: 'en' }]);
    assert.equal((await server.db.pool.query(`SELECT 1 FROM outbox WHERE topic = 'alert' AND recipient = 'abo@example.net'`)).rowCount, 1);
  });

  it('names the field of a search the server cannot follow', async () => {
    const error = await client.alerts.subscribe({ ...input, search: { near: 'Pirna', lat: 50.9, lon: 13.9 } }, await proof(client)).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError, String(error));
    assert.equal(error.status, 422);
    assert.deepEqual(Object.keys(error.fieldErrors), ['/search/near']);
  });
});
