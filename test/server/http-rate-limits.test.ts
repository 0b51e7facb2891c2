/**
 * Rate limits per client address, kept in the database so every instance counts together:
 * headers on every limited response, 429 with Retry-After over the quota, separate counts per
 * address and per policy, X-Forwarded-For believed only from a trusted proxy, and `off`.
 * Requests come from real loopback addresses (127.0.0.x) so the server sees them as they are.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../packages/server/src/config.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { postJson, testAltchaMaxNumber } from '../support/altcha.js';
import { cleanupAfterAll, type TestDatabase } from '../support/database.js';
import { contractResponse, sampleReportInput, testAdminToken } from '../support/server.js';

// A day: the count must not start over mid-test (windows are fixed, aligned to midnight UTC).
const window = 86_400;

const { defer, testDatabase } = cleanupAfterAll();
/**
 * Each test's database starts with the demo data its servers are configured for, copied from the
 * run's image of a data set many files use (test/support/database-images.ts): no server seeds.
 */
const seeded = { seed: { opportunities: 5, offers: 2 } };

/** A server on `db` with these limits (and any further environment). */
async function instance(db: Database, env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    MITMACHEN_DATA_DIR: 'memory://',
    MITMACHEN_SEED: String(seeded.seed.opportunities),
    MITMACHEN_SEED_OFFERS: String(seeded.seed.offers),
    LOG_LEVEL: 'silent',
    MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
    MITMACHEN_ADMIN_TOKEN: testAdminToken,
    ...env,
  });
  const server = await startServer(config, { database: db });
  defer(() => server.close());
  await server.ready;
  return server;
}

/** A second connection pool to the same database, as another process would have (PGlite: the same). */
async function sameDatabase(database: TestDatabase): Promise<Database> {
  if (!database.url) return database.db;
  const other = await openDatabase({ url: database.url });
  defer(() => other.close());
  return other;
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** GET from the loopback address `from` (Linux routes all of 127.0.0.0/8 to loopback). */
function get(url: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { localAddress: from, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        const result = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') result.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers: result, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

/** Parameters of the draft's `"name";a=1;b=2` item. */
function item(value: string | null): { name: string; params: Record<string, number> } {
  assert.ok(value, 'header present');
  const [name = '', ...params] = value.split(';');
  const entries = params.map((param): [string, number] => {
    const [key = '', number = ''] = param.split('=');
    return [key, Number(number)];
  });
  return { name: JSON.parse(name) as string, params: Object.fromEntries(entries) };
}

describe('rate limits', () => {
  it('counts reads per address, says so in headers, and answers 429 with Retry-After over the quota', async () => {
    const server = await instance((await testDatabase(seeded)).db, { MITMACHEN_RATE_LIMIT_READS: `3/${window}` });
    const search = `${server.url}/v1/opportunities?pageSize=1`;
    for (let n = 1; n <= 3; n++) {
      const answer = await get(search, '127.0.0.1');
      assert.equal(answer.status, 200);
      assert.deepEqual(item(answer.headers.get('ratelimit-policy')), { name: 'reads', params: { q: 3, w: window } });
      const { name, params } = item(answer.headers.get('ratelimit'));
      assert.equal(name, 'reads');
      assert.equal(params.r, 3 - n, 'remaining goes down with each request');
      assert.ok(params.t! >= 1 && params.t! <= window);
    }
    const refused = await fetch(search);
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= window, `Retry-After ${retryAfter}`);
    assert.equal(item(refused.headers.get('ratelimit')).params.r, 0);
    assert.equal(item(refused.headers.get('ratelimit')).params.t, retryAfter);
    const problem = await contractResponse<{ type: string; detail: string }>('searchOpportunities', refused);
    assert.equal(problem.type, 'https://mitmachen.dev/problems/rate-limited');
    assert.match(problem.detail, /more than 3 requests/);

    // The same policy covers every read, challenges included; another address has its own count.
    assert.equal((await get(`${server.url}/v1/taxonomy`, '127.0.0.1')).status, 429);
    assert.equal((await get(`${server.url}/v1/challenge`, '127.0.0.1')).status, 429);
    assert.equal((await get(search, '127.0.0.2')).status, 200);
    // Not limited: liveness, the contract, moderation.
    assert.equal((await get(`${server.url}/health`, '127.0.0.1')).status, 200);
    assert.equal((await get(`${server.url}/v1/openapi.json`, '127.0.0.1')).status, 200);
    const pending = await get(`${server.url}/v1/moderation/pending`, '127.0.0.1', { Authorization: `Bearer ${testAdminToken}` });
    assert.equal(pending.status, 200);
    assert.equal(pending.headers.get('ratelimit'), null);
  });

  it('counts anonymous writes apart from reads, before the body or proof of work is looked at', async () => {
    const server = await instance((await testDatabase(seeded)).db, { MITMACHEN_RATE_LIMIT_WRITES: `2/${window}` });
    const api = `${server.url}/v1`;
    const id = ((await (await fetch(`${api}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] }).items[0]?.id;
    for (let n = 1; n <= 2; n++) {
      const answer = await postJson(api, `/opportunities/${id}/reports`, sampleReportInput());
      assert.equal(answer.status, 202);
      assert.equal(item(answer.headers.get('ratelimit')).name, 'writes');
      assert.equal(item(answer.headers.get('ratelimit')).params.r, 2 - n);
    }
    const refused = await postJson(api, `/opportunities/${id}/reports`, sampleReportInput(), { altcha: null });
    assert.equal(refused.headers.get('retry-after'), String(item(refused.headers.get('ratelimit')).params.t));
    await contractResponse('reportOpportunity', refused);
    assert.equal(refused.status, 429);
    const alert = await postJson(api, '/alerts', { email: 'abo@example.net', frequency: 'daily', search: {} }, { altcha: null });
    assert.equal(alert.status, 429, 'asking for e-mail alerts counts against the same writes');
    assert.equal((await fetch(`${api}/opportunities?pageSize=1`)).status, 200, 'reads are still allowed');
  });

  it('holds across two instances on one database', async () => {
    const database = await testDatabase(seeded);
    const env = { MITMACHEN_RATE_LIMIT_READS: `4/${window}` };
    const a = await instance(database.db, env);
    const b = await instance(await sameDatabase(database), env);
    const statuses = [];
    for (const server of [a, b, a, b, a, b]) statuses.push((await get(`${server.url}/v1/offers?pageSize=1`, '127.0.0.3')).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
  });

  it('counts requests arriving at the same time exactly, per address, across two instances', async () => {
    // Sent all at once, the requests are counted in shared statements (rate-limit/batch.ts):
    // each address still gets exactly its quota, each answer a different remaining count.
    const database = await testDatabase(seeded);
    const env = { MITMACHEN_RATE_LIMIT_READS: `12/${window}` };
    const a = await instance(database.db, env);
    const b = await instance(await sameDatabase(database), env);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, n) => get(`${[a, b][n % 2]!.url}/v1/taxonomy`, n % 4 < 2 ? '127.0.0.7' : '127.0.0.8')),
    );
    for (const [from, sent] of [['127.0.0.7', [0, 1]], ['127.0.0.8', [2, 3]]] as const) {
      const mine = answers.filter((_, n) => (sent as readonly number[]).includes(n % 4));
      const passed = mine.filter((answer) => answer.status === 200);
      assert.equal(passed.length, 12, `${from}: the quota, no more, no less`);
      assert.equal(mine.filter((answer) => answer.status === 429).length, 8);
      const remaining = passed.map((answer) => item(answer.headers.get('ratelimit')).params.r).sort((x, y) => x! - y!);
      assert.deepEqual(remaining, Array.from({ length: 12 }, (_, n) => n));
    }
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const server = await instance((await testDatabase(seeded)).db, {
      MITMACHEN_RATE_LIMIT_READS: `1/${window}`,
      MITMACHEN_TRUST_PROXY: '127.0.0.4/32',
    });
    const url = `${server.url}/v1/taxonomy`;
    // Through the proxy at 127.0.0.4: each forwarded client has its own count.
    assert.equal((await get(url, '127.0.0.4', { 'X-Forwarded-For': '203.0.113.7' })).status, 200);
    assert.equal((await get(url, '127.0.0.4', { 'X-Forwarded-For': '203.0.113.8' })).status, 200);
    assert.equal((await get(url, '127.0.0.4', { 'X-Forwarded-For': '203.0.113.7' })).status, 429);
    // IPv6 clients are counted by their /64.
    assert.equal((await get(url, '127.0.0.4', { 'X-Forwarded-For': '2001:db8:1:2::10' })).status, 200);
    assert.equal((await get(url, '127.0.0.4', { 'X-Forwarded-For': '2001:db8:1:2:ffff::1' })).status, 429);
    // Anyone else claiming to forward is counted as themselves.
    assert.equal((await get(url, '127.0.0.5', { 'X-Forwarded-For': '203.0.113.9' })).status, 200);
    assert.equal((await get(url, '127.0.0.5', { 'X-Forwarded-For': '203.0.113.10' })).status, 429);
  });

  it('can be switched off', async () => {
    const server = await instance((await testDatabase(seeded)).db, { MITMACHEN_RATE_LIMIT_READS: 'off', MITMACHEN_RATE_LIMIT_WRITES: 'off' });
    for (let n = 0; n < 30; n++) {
      const answer = await get(`${server.url}/v1/taxonomy`, '127.0.0.6');
      assert.equal(answer.status, 200);
      assert.equal(answer.headers.get('ratelimit'), null);
    }
  });

  it('refuses a malformed setting at startup, naming it', () => {
    for (const [name, value] of [
      ['MITMACHEN_RATE_LIMIT_READS', '300'],
      ['MITMACHEN_RATE_LIMIT_READS', '0/60'],
      ['MITMACHEN_RATE_LIMIT_WRITES', '20/100000'],
      ['MITMACHEN_RATE_LIMIT_WRITES', 'none'],
    ] as const) {
      assert.throws(() => loadConfig({ [name]: value }), (error: unknown) => error instanceof ConfigError && error.message.startsWith(`${name} must be`));
    }
    assert.throws(() => loadConfig({ MITMACHEN_TRUST_PROXY: '10.0.0.0/33' }), /MITMACHEN_TRUST_PROXY: "10\.0\.0\.0\/33"/);
    assert.throws(() => loadConfig({ MITMACHEN_TRUST_PROXY: 'nginx' }), /MITMACHEN_TRUST_PROXY/);
    const config = loadConfig({ MITMACHEN_TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1' });
    assert.deepEqual(config.trustProxy, ['loopback', '10.0.0.0/8', '::1']);
    assert.deepEqual(loadConfig({}).rateLimits, { reads: { requests: 300, seconds: 60 }, writes: { requests: 20, seconds: 3600 } });
  });
});
