/**
 * Two server instances on one PostgreSQL database, each with its own connection pool and its own
 * in-memory search cache, as two processes behind a load balancer: nothing that matters may live
 * in only one of them. PGlite is one process's database, so this runs in the PostgreSQL pass.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { OpportunitySearchResult, PostingAccepted } from '@mitmachen/contract';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { postJson, solvedChallenge, testAltchaMaxNumber } from '../support/altcha.js';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { problemResponse, sampleOpportunityInput, testAdminToken } from '../support/server.js';

describe('two instances on one database', { skip: testDatabaseKind === 'postgres' ? false : 'needs PostgreSQL (PGlite belongs to one process)' }, () => {
  let database: TestDatabase;
  const instances: RunningServer[] = [];
  const pools: Database[] = [];
  let a: string;
  let b: string;

  before(async () => {
    database = await openTestDatabase();
    const config = loadConfig({
      PORT: '0',
      MITMACHEN_SEED: '20',
      MITMACHEN_SEED_OFFERS: '2',
      LOG_LEVEL: 'silent',
      MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
      MITMACHEN_ADMIN_TOKEN: testAdminToken,
      MITMACHEN_RATE_LIMIT_READS: 'off',
      MITMACHEN_RATE_LIMIT_WRITES: 'off',
    });
    for (let n = 0; n < 2; n++) {
      // Each its own pool, so each its own search cache, as in two processes.
      const db = await openDatabase({ url: database.url });
      pools.push(db);
      const server = await startServer(config, { database: db });
      instances.push(server);
      await server.ready;
    }
    [a, b] = instances.map((server) => `${server.url}/v1`) as [string, string];
  });
  after(async () => {
    for (const server of instances) await server.close();
    for (const db of pools) await db.close();
    await database?.close();
  });

  const search = async (api: string, q: string) => {
    const response = await fetch(`${api}/opportunities?q=${encodeURIComponent(q)}`);
    assert.equal(response.status, 200);
    return (await response.json()) as OpportunitySearchResult;
  };

  it('shows a posting approved through one instance in the next search through the other', async () => {
    const word = `Zitronenfalter${randomUUID().slice(0, 6)}`;
    const posted = await postJson(a, '/opportunities', sampleOpportunityInput({ title: `Schmetterlinge zählen ${word}` }));
    assert.equal(posted.status, 202);
    const { id } = (await posted.json()) as PostingAccepted;
    // B has this search cached, empty, before the approval.
    assert.equal((await search(b, word)).total, 0);
    assert.equal((await search(b, word)).total, 0);

    const approved = await fetch(`${a}/moderation/opportunity/${id}/approve`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${testAdminToken}` },
    });
    assert.equal(approved.status, 200);
    // No waiting at all: B checks the database's search version with every search, and the
    // approval committed before A answered.
    const afterApproval = await search(b, word);
    assert.deepEqual(afterApproval.items.map((item) => item.id), [id]);
  });

  it('creates one posting for one Idempotency-Key sent to both instances', async () => {
    const key = randomUUID();
    const body = sampleOpportunityInput({ title: `Einmal über zwei Instanzen ${key}` });
    const altcha = await solvedChallenge(a);
    const [first, second] = await Promise.all([postJson(a, '/opportunities', body, { key, altcha }), postJson(b, '/opportunities', body, { key, altcha })]);
    const statuses = [first.status, second.status].sort();
    // Both at once: one runs, the other either waits it out as a replay or is told to retry.
    assert.ok(statuses[0] === 202 && (statuses[1] === 202 || statuses[1] === 409), String(statuses));
    await Promise.all([first.text(), second.text()]);
    const retried = await postJson(b, '/opportunities', body, { key, altcha });
    assert.equal(retried.status, 202);
    assert.equal(retried.headers.get('idempotent-replayed'), 'true');
    const stored = await database.db.pool.query('SELECT count(*)::int AS n FROM opportunities WHERE title = $1', [body.title]);
    assert.equal((stored.rows[0] as { n: number }).n, 1);
  });

  it('refuses on one instance a proof of work already used on the other', async () => {
    const altcha = await solvedChallenge(a);
    assert.equal((await postJson(a, '/opportunities', sampleOpportunityInput(), { altcha })).status, 202);
    const reused = await postJson(b, '/opportunities', sampleOpportunityInput({ title: 'Mit gebrauchter Lösung' }), { altcha });
    const problem = await problemResponse(reused, 422);
    assert.equal(problem.type, 'https://mitmachen.dev/problems/altcha-used');
  });
});
