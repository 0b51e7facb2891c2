/**
 * Proof of work (ALTCHA) on every anonymous posting: a challenge from the server, its solution
 * in the `Altcha` header, accepted once. The checks come in a fixed order: body, then an
 * Idempotency-Key replay, then the proof of work; a request that fails spends nothing.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createChallenge, solveChallenge, verifySolution } from 'altcha-lib/v1';
import type { AltchaChallenge, PostingAccepted } from '@mitmachen/contract';
import { limits, loadConfig } from '../../packages/server/src/config.js';
import { startServer } from '../../packages/server/src/server.js';
import { purgeSpentSolutions } from '../../packages/server/src/spam/altcha.js';
import { postJson, solve, solvedChallenge, testAltchaMaxNumber } from '../support/altcha.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  startTestServer,
  type TestServer,
} from '../support/server.js';

let server: TestServer;
let opportunityId: string;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 10, offers: 3 } });
  const list = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] };
  opportunityId = list.items[0]?.id as string;
});
after(() => server?.close());

const encode = (payload: object) => Buffer.from(JSON.stringify(payload)).toString('base64');
const decode = (header: string) => JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Record<string, unknown>;
const storedKey = async () =>
  ((await server.db.pool.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'altcha-hmac-key'`)).rows[0]?.value);

async function altchaProblem(response: Response, status: number, type: string): Promise<void> {
  const problem = await problemResponse(response, status);
  assert.equal(problem.type, `https://mitmachen.dev/problems/${type}`);
  assert.deepEqual(problem.errors?.map((error) => error.header), ['Altcha']);
}

describe('GET /v1/challenge', () => {
  it('hands out a fresh, signed, expiring challenge that no cache may keep', async () => {
    const before = Date.now();
    const response = await fetch(`${server.baseUrl}/challenge`);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const challenge = await contractResponse<AltchaChallenge>('getChallenge', response);
    assert.equal(challenge.maxnumber, testAltchaMaxNumber);
    const expires = Number(/[?&]expires=(\d+)/.exec(challenge.salt)?.[1]) * 1000;
    assert.ok(Math.abs(expires - (before + limits.altchaExpiresMs)) < 5000, `expires ${new Date(expires).toISOString()}`);
    const other = (await (await fetch(`${server.baseUrl}/challenge`)).json()) as AltchaChallenge;
    assert.notEqual(other.challenge, challenge.challenge);
    assert.notEqual(other.salt, challenge.salt);
  });

  it('signs with a key generated once and kept in the database, never sent', async () => {
    const key = await storedKey();
    assert.match(key ?? '', /^[0-9a-f]{64}$/);
    const text = await (await fetch(`${server.baseUrl}/challenge`)).text();
    assert.ok(!text.includes(key as string));
  });
});

describe('the Altcha header', () => {
  it('is required: 400 naming the header when missing', async () => {
    const response = await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha: null });
    const problem = await problemResponse(response, 400);
    assert.deepEqual(problem.errors, [{ header: 'Altcha', detail: 'is required' }]);
  });

  it('is checked after the body: an invalid body is a 422 about the body, even without a solution', async () => {
    const response = await postJson(server.baseUrl, '/offers', sampleOfferInput({ title: 'x' }), { altcha: null });
    const problem = await problemResponse(response, 422);
    assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/title']);
  });

  it('must be base64 JSON of an ALTCHA payload: 400 altcha-malformed', async () => {
    const solved = decode(await solvedChallenge(server.baseUrl));
    for (const value of ['kein base64!', encode({ hello: 'world' }), encode({ ...solved, number: 'one' }), encode({ ...solved, algorithm: 'SHA-1' }), 'bnVsbA==']) {
      await altchaProblem(await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha: value }), 400, 'altcha-malformed');
    }
  });

  it('refuses a wrong number, a changed challenge or signature, and another key’s challenge: 422 altcha-invalid', async () => {
    const solved = decode(await solvedChallenge(server.baseUrl));
    const foreign = await createChallenge({ hmacKey: 'a-key-that-is-not-the-servers-key', maxnumber: 10, expires: new Date(Date.now() + 60_000) });
    const wrong = [
      { ...solved, number: (solved.number as number) + 1 },
      { ...solved, signature: 'f'.repeat(64) },
      { ...solved, salt: `${String(solved.salt)}x` },
      JSON.parse(Buffer.from(await solve(foreign as AltchaChallenge), 'base64').toString()) as object,
    ];
    for (const payload of wrong) {
      await altchaProblem(await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha: encode(payload) }), 422, 'altcha-invalid');
    }
  });

  it('refuses a solution whose challenge has expired: 422 altcha-expired', async () => {
    const hmacKey = (await storedKey()) as string;
    const expired = await createChallenge({ hmacKey, maxnumber: 100, expires: new Date(Date.now() - 1000) });
    const solution = await solveChallenge(expired.challenge, expired.salt, expired.algorithm, 100).promise;
    const payload = { algorithm: expired.algorithm, challenge: expired.challenge, number: solution?.number, salt: expired.salt, signature: expired.signature };
    assert.ok(await verifySolution(payload as never, hmacKey, false), 'a correct solution, only late');
    await altchaProblem(await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha: encode(payload) }), 422, 'altcha-expired');
  });

  it('accepts a solution once: its replay is 422 altcha-used, with or without another key', async () => {
    const altcha = await solvedChallenge(server.baseUrl);
    const first = await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha });
    assert.equal(first.status, 202);
    await altchaProblem(await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha }), 422, 'altcha-used');
    await altchaProblem(await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha, key: randomUUID() }), 422, 'altcha-used');
    await altchaProblem(await postJson(server.baseUrl, `/opportunities/${opportunityId}/interests`, sampleInterestInput(), { altcha }), 422, 'altcha-used');
  });

  it('lets exactly one of two requests racing with one solution through', async () => {
    const altcha = await solvedChallenge(server.baseUrl);
    const responses = await Promise.all([
      postJson(server.baseUrl, '/offers', sampleOfferInput({ title: 'Erster von zweien gleichzeitig' }), { altcha }),
      postJson(server.baseUrl, '/offers', sampleOfferInput({ title: 'Zweiter von zweien gleichzeitig' }), { altcha }),
    ]);
    assert.deepEqual(responses.map((response) => response.status).sort(), [202, 422]);
    await Promise.all(responses.map((response) => response.text()));
  });

  it('is not spent by a request that fails: the same solution works after the fix', async () => {
    const altcha = await solvedChallenge(server.baseUrl);
    const unknownPlace = await postJson(server.baseUrl, '/offers', sampleOfferInput({ area: { place: 'Nirgendwohausen', radiusKm: 10 } }), { altcha });
    const problem = await problemResponse(unknownPlace, 422);
    assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/area/place']);
    const missing = '00000000-0000-4000-8000-000000000000';
    await problemResponse(await postJson(server.baseUrl, `/opportunities/${missing}/interests`, sampleInterestInput(), { altcha }), 404);
    const fixed = await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha });
    assert.equal(fixed.status, 202);
  });

  it('does not stand in the way of an Idempotency-Key replay, whose solution is spent by then', async () => {
    const altcha = await solvedChallenge(server.baseUrl);
    const key = randomUUID();
    const first = (await (await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha, key })).json()) as PostingAccepted;
    const replay = await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha, key });
    assert.equal(replay.status, 202);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await replay.json(), first);
  });

  it('forgets spent solutions once their challenge has expired', async () => {
    await server.db.pool.query(
      `INSERT INTO altcha_solutions (challenge, expires_at) VALUES ('old-one', now() - interval '1 minute'), ('young-one', now() + interval '5 minutes')`,
    );
    assert.ok((await purgeSpentSolutions(server.db.pool)) >= 1);
    const left = await server.db.pool.query<{ challenge: string }>(`SELECT challenge FROM altcha_solutions WHERE challenge IN ('old-one', 'young-one')`);
    assert.deepEqual(left.rows.map((row) => row.challenge), ['young-one']);
  });
});

describe('the signing key', () => {
  it('is shared by every instance on one database: a challenge from one is accepted by another', async () => {
    const config = loadConfig({ PORT: '0', MITMACHEN_SEED: '0', LOG_LEVEL: 'silent', MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber) });
    const second = await startServer(config, { database: server.db });
    try {
      await second.ready;
      const altcha = await solvedChallenge(`${second.url}/v1`);
      const response = await postJson(server.baseUrl, '/offers', sampleOfferInput(), { altcha });
      assert.equal(response.status, 202, await response.text());
    } finally {
      await second.close();
    }
  });

  it('comes from MITMACHEN_ALTCHA_HMAC_KEY when set, and is then not stored', async () => {
    const hmacKey = 'configured-altcha-key-0123456789abcdef';
    const own = await startTestServer({ seed: { opportunities: 0, offers: 0 }, env: { MITMACHEN_ALTCHA_HMAC_KEY: hmacKey } });
    try {
      const challenge = (await (await fetch(`${own.baseUrl}/challenge`)).json()) as AltchaChallenge;
      assert.ok(await verifySolution(decode(await solve(challenge)) as never, hmacKey));
      const stored = await own.db.pool.query(`SELECT 1 FROM server_secrets WHERE name = 'altcha-hmac-key'`);
      assert.equal(stored.rowCount, 0);
    } finally {
      await own.close();
    }
  });
});
