/**
 * Creating requests: postings and contact requests are accepted (202, pending moderation), and
 * Idempotency-Key makes a retry safe: the same key and body replay the first answer, a different
 * body is refused, and a key still being processed answers 409.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { hashRequest } from '../../packages/server/src/idempotency/request-hash.js';
import { lockKey } from '../../packages/server/src/idempotency/store.js';
import { postJson, solvedChallenge } from '../support/altcha.js';
import { testDatabaseKind } from '../support/database.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  type TestServer,
} from '../support/server.js';

let server: TestServer;
let opportunityId: string;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 20, offers: 5 } });
  const list = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] };
  opportunityId = list.items[0]?.id as string;
});
after(() => server?.close());

/** Each call carries a freshly solved proof of work, unless `altcha` names one. */
const post = (path: string, body: unknown, key?: string, altcha?: string) =>
  postJson(server.baseUrl, path, body, { ...(key === undefined ? {} : { key }), ...(altcha === undefined ? {} : { altcha }) });

async function count(table: 'opportunities' | 'offers' | 'interests', id: string): Promise<number> {
  const result = await server.db.pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = $1`, [id]);
  return (result.rows[0] as { n: number }).n;
}

describe('creating postings', () => {
  it('accepts an opportunity as pending, stores it, and keeps it out of public view', async () => {
    const response = await post('/opportunities', sampleOpportunityInput());
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const accepted = await contractResponse<PostingAccepted>('createOpportunity', response);
    assert.equal(accepted.status, 'pending');
    assert.equal(await count('opportunities', accepted.id), 1);
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${accepted.id}`)).status, 404, 'pending is not public');
  });

  it('accepts an own offer as pending', async () => {
    const accepted = await contractResponse<PostingAccepted>('createOffer', await post('/offers', sampleOfferInput()));
    assert.equal(accepted.status, 'pending');
    assert.equal(await count('offers', accepted.id), 1);
  });

  it('accepts a contact request for a published opportunity', async () => {
    const accepted = await contractResponse<PostingAccepted>('expressInterest', await post(`/opportunities/${opportunityId}/interests`, sampleInterestInput()));
    assert.equal(await count('interests', accepted.id), 1);
  });

  it('answers 404 for a contact request to an unknown opportunity', async () => {
    const response = await post('/opportunities/00000000-0000-4000-8000-000000000000/interests', sampleInterestInput());
    await problemResponse(response, 404);
  });
});

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and body, creating one posting', async () => {
    const key = randomUUID();
    const body = sampleOpportunityInput({ title: `Wiederholt gesendet ${key}` });
    const altcha = await solvedChallenge(server.baseUrl);
    const first = await post('/opportunities', body, key, altcha);
    const firstText = await first.text();
    assert.equal(first.status, 202);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    // The retry carries the same (now spent) solution, as a retry does: the stored answer wins.
    const second = await post('/opportunities', body, key, altcha);
    assert.equal(second.status, 202);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(await second.text(), firstText, 'the same bytes again');
    const titles = await server.db.pool.query('SELECT count(*)::int AS n FROM opportunities WHERE title = $1', [body.title]);
    assert.equal((titles.rows[0] as { n: number }).n, 1);
  });

  it('treats the same body with keys in another order as the same request', async () => {
    const key = randomUUID();
    const body = sampleOfferInput();
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = (await (await post('/offers', body, key)).json()) as PostingAccepted;
    const second = await post('/offers', reordered, key);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), first);
  });

  it('refuses the same key with a different body (422 naming the header)', async () => {
    const key = randomUUID();
    assert.equal((await post('/offers', sampleOfferInput(), key)).status, 202);
    const problem = await problemResponse(await post('/offers', sampleOfferInput({ displayName: 'Jemand anderes' }), key), 422);
    assert.equal(problem.errors?.[0]?.header, 'Idempotency-Key');
  });

  it('scopes keys to the operation and the opportunity', async () => {
    const key = randomUUID();
    const interest = sampleInterestInput();
    const list = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=2`)).json()) as { items: { id: string }[] };
    const [a, b] = list.items.map((item) => item.id) as [string, string];
    const first = (await (await post(`/opportunities/${a}/interests`, interest, key)).json()) as PostingAccepted;
    const second = await post(`/opportunities/${b}/interests`, interest, key);
    assert.equal(second.status, 202);
    assert.equal(second.headers.get('idempotent-replayed'), null);
    assert.notEqual(((await second.json()) as PostingAccepted).id, first.id);
  });

  it('creates two postings for two keys', async () => {
    const body = sampleOfferInput({ title: `Zweimal mit zwei Schlüsseln ${randomUUID()}` });
    const one = (await (await post('/offers', body, randomUUID())).json()) as PostingAccepted;
    const two = (await (await post('/offers', body, randomUUID())).json()) as PostingAccepted;
    assert.notEqual(one.id, two.id);
    assert.equal(await count('offers', one.id), 1);
    assert.equal(await count('offers', two.id), 1);
  });

  // A held key is a live transaction holding its lock; PGlite has one connection, so there a
  // request never meets another one's open transaction.
  const ownConnection = testDatabaseKind === 'postgres' ? false : 'PGlite runs one transaction at a time';

  it('answers 409 while a request with the same key is still being processed', { skip: ownConnection }, async () => {
    const key = randomUUID();
    const body = sampleOfferInput();
    // The state a first request is in between claiming its key and committing its posting.
    const first = await server.db.pool.connect();
    try {
      await first.query('BEGIN');
      assert.equal(await lockKey(first, 'createOffer', key), true);
      const response = await post('/offers', body, key);
      assert.equal(response.headers.get('retry-after'), '1');
      const problem = await problemResponse(response, 409);
      assert.equal(problem.errors?.[0]?.header, 'Idempotency-Key');
    } finally {
      await first.query('ROLLBACK');
      first.release();
    }
    assert.equal((await post('/offers', body, key)).status, 202, 'free again once the first request ended without an answer');
  });

  it('frees a key at once when the request holding it dies with its connection', { skip: ownConnection }, async () => {
    const key = randomUUID();
    const body = sampleOfferInput();
    const dying = await server.db.pool.connect();
    await dying.query('BEGIN');
    assert.equal(await lockKey(dying, 'createOffer', key), true);
    const { rows } = await dying.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // As when an instance is killed mid-request: its session ends without COMMIT.
    dying.on('error', () => {});
    await server.db.pool.query('SELECT pg_terminate_backend($1, 5000)', [rows[0]?.pid]);
    dying.release(true);
    const response = await post('/offers', body, key);
    assert.equal(response.status, 202);
    assert.equal(response.headers.get('idempotent-replayed'), null);
  });

  it('takes over a key an earlier server version left "processing"', async () => {
    const key = randomUUID();
    const body = sampleOfferInput();
    await server.db.pool.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, claim) VALUES ('createOffer', $1, $2, 'processing', $3)`,
      [key, hashRequest(body), randomUUID()],
    );
    const response = await post('/offers', body, key);
    assert.equal(response.status, 202);
    const replay = await post('/offers', body, key);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  });

  it('forgets keys after their retention time', async () => {
    const key = randomUUID();
    const body = sampleOfferInput();
    await server.db.pool.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, claim, response_status, response_body, created_at)
       VALUES ('createOffer', $1, 'other', 'done', $2, 202, '{}', now() - interval '25 hours')`,
      [key, randomUUID()],
    );
    const response = await post('/offers', body, key);
    assert.equal(response.status, 202, 'an expired key is free again, whatever body it had');
    assert.equal(response.headers.get('idempotent-replayed'), null);
  });

  it('stores nothing for a request that fails, so its retry runs again', async () => {
    const key = randomUUID();
    const missing = '00000000-0000-4000-8000-000000000000';
    await problemResponse(await post(`/opportunities/${missing}/interests`, sampleInterestInput(), key), 404);
    const rows = await server.db.pool.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [key]);
    assert.equal((rows.rows[0] as { n: number }).n, 0);
  });

  it('creates exactly one posting when the same request arrives many times at once', async () => {
    const key = randomUUID();
    const body = sampleOpportunityInput({ title: `Gleichzeitig gesendet ${key}` });
    const altcha = await solvedChallenge(server.baseUrl);
    const responses = await Promise.all(Array.from({ length: 8 }, () => post('/opportunities', body, key, altcha)));
    const statuses = responses.map((response) => response.status);
    assert.ok(statuses.every((status) => status === 202 || status === 409), statuses.join());
    const ids = new Set(
      await Promise.all(responses.filter((r) => r.status === 202).map(async (r) => ((await r.json()) as PostingAccepted).id)),
    );
    await Promise.all(responses.filter((r) => r.status !== 202).map((r) => r.text()));
    assert.equal(ids.size, 1);
    const titles = await server.db.pool.query('SELECT count(*)::int AS n FROM opportunities WHERE title = $1', [body.title]);
    assert.equal((titles.rows[0] as { n: number }).n, 1);
  });

  it('works without a key (no idempotency, but accepted)', async () => {
    const body = sampleOfferInput({ title: `Ohne Schlüssel ${randomUUID()}` });
    const one = (await (await post('/offers', body)).json()) as PostingAccepted;
    const two = (await (await post('/offers', body)).json()) as PostingAccepted;
    assert.notEqual(one.id, two.id);
  });
});
