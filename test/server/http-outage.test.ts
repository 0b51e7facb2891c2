/**
 * A real PostgreSQL outage under a running server: the cluster is stopped while requests are in
 * flight, so sessions end with 57P01 and new connections are refused. Every answer meanwhile is
 * a 503 problem with Retry-After (never a 500, never a hang), and once PostgreSQL is back the
 * same process serves again by itself. Needs a cluster of its own to stop, so it runs in the
 * PostgreSQL pass of the test suite.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { loadConfig } from '../../packages/server/src/config.js';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { findPostgresBin, startPostgres, type PostgresCluster } from '../../scripts/postgres.mjs';
import pg from 'pg';
import type { AltchaChallenge } from '@mitmachen/contract';
import { postJson, solve, testAltchaMaxNumber } from '../support/altcha.js';
import { testDatabaseKind } from '../support/database.js';
import { problemResponse, sampleOfferInput } from '../support/server.js';

const pgBin = findPostgresBin();
const skip =
  testDatabaseKind !== 'postgres' ? 'runs in the PostgreSQL pass (it stops a cluster of its own)'
  : !pgBin ? 'no PostgreSQL binaries to start a cluster with'
  : false;

describe('a PostgreSQL outage', { skip }, () => {
  let cluster: PostgresCluster;
  let server: RunningServer;
  let api: string;

  before(async () => {
    cluster = await startPostgres(pgBin as string);
    const config = loadConfig({
      PORT: '0',
      DATABASE_URL: cluster.url,
      MITMACHEN_SEED: '40',
      MITMACHEN_SEED_OFFERS: '5',
      LOG_LEVEL: 'silent',
      MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
    });
    server = await startServer(config);
    await server.ready;
    api = `${server.url}/v1`;
  });
  after(async () => {
    await server?.close();
    cluster?.stop();
  });

  /** A request mix as the widgets send it: searches, a detail, health. */
  const requests = (id: string) => [
    () => fetch(`${api}/opportunities?q=Garten&pageSize=5`),
    () => fetch(`${api}/opportunities?pageSize=3&page=${1 + Math.floor(Math.random() * 3)}`),
    () => fetch(`${api}/opportunities/${id}`),
    () => fetch(`${api}/offers?pageSize=2`),
    () => fetch(`${server.url}/health`),
  ];

  /** Asserts a response is a success or a 503 problem with Retry-After; returns its status. */
  async function successOr503(response: Response): Promise<number> {
    if (response.status === 503) {
      assert.equal(response.headers.get('retry-after'), '1', `${response.url}: 503 without Retry-After`);
      const problem = await problemResponse(response, 503);
      assert.doesNotMatch(problem.detail ?? '', /ECONN|terminat|57P0|pool/i, 'no internals leak');
      return 503;
    }
    const text = await response.text();
    assert.ok(response.status === 200 || response.status === 202, `${response.url}: ${response.status} ${text.slice(0, 300)}`);
    return response.status;
  }

  it('answers only 503 with Retry-After while PostgreSQL is stopped under load, and recovers by itself', async () => {
    const first = (await (await fetch(`${api}/opportunities?pageSize=1`)).json()) as { items: { id: string }[] };
    const id = first.items[0]?.id;
    assert.ok(id);
    const mix = requests(id);

    // Load from four clients until PostgreSQL is down, so requests are in flight when it goes.
    let halted = false;
    const seen = new Map<number, number>();
    const client = async () => {
      for (let n = 0; !halted; n++) {
        const status = await successOr503(await mix[n % mix.length]!());
        seen.set(status, (seen.get(status) ?? 0) + 1);
      }
    };
    let failed = false;
    const load = Promise.all([client(), client(), client(), client()]);
    load.catch(() => (failed = true));
    // Some answers first, so the pool holds live connections that the shutdown then cuts.
    while ((seen.get(200) ?? 0) < 20 && !failed) await new Promise((resolve) => setTimeout(resolve, 10));
    await cluster.halt();
    halted = true;
    await load;

    // Down: every route that needs the database says so, the same way; a write too.
    const down = await Promise.all([...mix.map((request) => request()), postJson(api, '/offers', sampleOfferInput(), { altcha: 'eyJ9' })]);
    for (const response of down) assert.equal(await successOr503(response), 503, response.url);
    // Twice: a pool whose connections all died must not wedge or answer differently.
    for (const response of await Promise.all(mix.map((request) => request()))) assert.equal(await successOr503(response), 503);
    assert.equal((await fetch(`${api}/taxonomy`)).status, 200, 'what needs no database still works');

    await cluster.resume();
    // Back: the same process answers again without a restart (polled: the pool reconnects on demand).
    let health = await fetch(`${server.url}/health`);
    while (health.status !== 200) {
      await successOr503(health);
      await new Promise((resolve) => setTimeout(resolve, 50));
      health = await fetch(`${server.url}/health`);
    }
    for (const response of await Promise.all(mix.map((request) => request()))) assert.equal(await successOr503(response), 200);
    const key = randomUUID();
    const posted = await postJson(api, '/offers', sampleOfferInput({ title: `Nach dem Ausfall angenommen ${key}` }), { key });
    assert.equal(posted.status, 202);
    const { id: offerId } = (await posted.json()) as PostingAccepted;
    assert.match(offerId, /^[0-9a-f-]{36}$/);
  });

  it('answers a write cut off mid-request with 503, and its retry with the same key is stored once', async () => {
    const key = randomUUID();
    const body = sampleOfferInput({ title: `Während des Ausfalls gesendet ${key}` });
    // Solved while the database is up: the challenge needs it.
    const challenge = await fetch(`${api}/challenge`);
    assert.equal(challenge.status, 200);
    const altcha = await solve((await challenge.json()) as AltchaChallenge);

    const halting = cluster.halt();
    const during = await postJson(api, '/offers', body, { key, altcha });
    await halting;
    const status = await successOr503(during);
    const whileDown = await postJson(api, '/offers', body, { key, altcha: 'eyJ9' });
    assert.equal(await successOr503(whileDown), 503, 'while down, the retry waits too');

    await cluster.resume();
    let retry = await postJson(api, '/offers', body, { key });
    while (retry.status === 503) {
      await successOr503(retry);
      await new Promise((resolve) => setTimeout(resolve, 50));
      retry = await postJson(api, '/offers', body, { key });
    }
    assert.equal(retry.status, 202);
    // Answered 202 before the outage: the retry is that answer again; else it ran now.
    assert.equal(retry.headers.get('idempotent-replayed'), status === 202 ? 'true' : null);
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    try {
      const stored = await db.query('SELECT count(*)::int AS n FROM offers WHERE title = $1', [body.title]);
      assert.equal((stored.rows[0] as { n: number }).n, 1, 'stored exactly once');
    } finally {
      await db.end();
    }
  });
});
