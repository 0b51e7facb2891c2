/**
 * Starting and stopping: the server listens before its database is ready and answers 503 with
 * Retry-After until then; it finishes requests it has accepted when told to stop; and it
 * answers 503 rather than 500 when its database goes away.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { loadConfig } from '../../packages/server/src/config.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { startServer } from '../../packages/server/src/server.js';
import { solvedChallenge, testAltchaMaxNumber } from '../support/altcha.js';
import { cleanupAfterAll } from '../support/database.js';
import { problemResponse, sampleOfferInput, sampleOpportunityInput } from '../support/server.js';

const config = loadConfig({
  PORT: '0',
  MITMACHEN_DATA_DIR: 'memory://',
  MITMACHEN_SEED: '8',
  MITMACHEN_SEED_OFFERS: '2',
  LOG_LEVEL: 'silent',
  MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
});

const { defer, testDatabase } = cleanupAfterAll();

describe('startup', () => {
  it('listens at once and answers every route with 503 and Retry-After until the database is ready', async () => {
    const database = await testDatabase();
    let provide!: (db: Database) => void;
    const server = await startServer(config, { database: new Promise<Database>((resolve) => (provide = resolve)) });
    defer(() => server.close());
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);

    const early = [
      fetch(`${server.url}/health`),
      fetch(`${server.url}/v1/taxonomy`),
      fetch(`${server.url}/v1/opportunities?q=Hund`),
      fetch(`${server.url}/v1/offers`, { method: 'POST', body: JSON.stringify(sampleOfferInput()), headers: { 'Content-Type': 'application/json' } }),
    ];
    for (const response of await Promise.all(early)) {
      assert.equal(response.headers.get('retry-after'), '1');
      const problem = await problemResponse(response, 503);
      assert.match(problem.detail ?? '', /starting/);
    }

    provide(database.db);
    await server.ready;
    assert.deepEqual(server.seeded, { opportunities: 8, offers: 2 }, 'an empty database gets demo data');
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
  });

  it('does not seed a database that already has postings', async () => {
    const database = await testDatabase();
    const first = await startServer(config, { database: database.db });
    await first.ready;
    await first.close();
    const second = await startServer(config, { database: database.db });
    defer(() => second.close());
    await second.ready;
    assert.equal(second.seeded, undefined);
  });

  it('reports a port in use instead of starting twice', async () => {
    const database = await testDatabase();
    const first = await startServer(config, { database: database.db });
    defer(() => first.close());
    const port = Number(new URL(first.url).port);
    await assert.rejects(startServer({ ...config, port }, { database: database.db }), /EADDRINUSE/);
  });
});

describe('shutdown', () => {
  it('finishes an accepted POST before closing, so the posting is stored', async () => {
    const database = await testDatabase();
    const server = await startServer(config, { database: database.db });
    await server.ready;

    // Solved first: the lock below takes PGlite's only connection.
    const altcha = await solvedChallenge(`${server.url}/v1`);
    // Hold the opportunities table (on PGlite: its only connection) so the POST waits mid-way.
    let releaseLock!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const lock = database.db.transaction(async (client) => {
      await client.query('LOCK TABLE opportunities IN EXCLUSIVE MODE');
      locked();
      await new Promise<void>((resolve) => (releaseLock = resolve));
    });
    await isLocked;

    const arrived = new Promise((resolve) => server.app.server.once('request', resolve));
    const posted = fetch(`${server.url}/v1/opportunities`, {
      method: 'POST',
      body: JSON.stringify(sampleOpportunityInput({ title: 'Angenommen kurz vor dem Herunterfahren' })),
      headers: { 'Content-Type': 'application/json', Altcha: altcha },
    });
    await arrived;
    const closed = server.close();
    releaseLock();
    await lock;

    const response = await posted;
    assert.equal(response.status, 202);
    const { id } = (await response.json()) as PostingAccepted;
    await closed;
    const stored = await database.db.pool.query('SELECT title FROM opportunities WHERE id = $1', [id]);
    assert.equal((stored.rows[0] as { title: string } | undefined)?.title, 'Angenommen kurz vor dem Herunterfahren');
    await assert.rejects(fetch(`${server.url}/health`), 'no longer listening');
  });
});

describe('losing the database', () => {
  it('answers 503 with Retry-After, on health and on every route that needs it', async () => {
    // A database of the server's own, closed under it while it runs.
    const url = process.env.MITMACHEN_TEST_DATABASE_URL ? (await testDatabase()).url : undefined;
    const own = await openDatabase(url ? { url } : { dataDir: 'memory://' });
    const server = await startServer(config, { database: own });
    defer(() => server.close());
    await server.ready;
    const id = ((await (await fetch(`${server.url}/v1/opportunities?pageSize=1`)).json()) as { items: { id: string }[] }).items[0]?.id;
    assert.ok(id);

    await own.close();

    const responses = await Promise.all([
      fetch(`${server.url}/health`),
      fetch(`${server.url}/v1/opportunities`),
      fetch(`${server.url}/v1/opportunities/${id}`),
      // Any proof of work: the database is away before it could be checked.
      fetch(`${server.url}/v1/offers`, {
        method: 'POST',
        body: JSON.stringify(sampleOfferInput()),
        headers: { 'Content-Type': 'application/json', Altcha: 'eyJ9' },
      }),
    ]);
    for (const response of responses) {
      assert.equal(response.headers.get('retry-after'), '1');
      const problem = await problemResponse(response, 503);
      assert.doesNotMatch(problem.detail ?? '', /pool|pglite|ECONN/i, 'no internals leak');
    }
    // What needs no database still works.
    assert.equal((await fetch(`${server.url}/v1/taxonomy`)).status, 200);
  });
});
