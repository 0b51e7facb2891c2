/**
 * Starting and running: the server listens before its database is ready and answers 503 with
 * Retry-After until then, and answers 503 rather than 500 when its database goes away.
 * (Stopping: http-shutdown.test.ts.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { startServer } from '../../packages/server/src/server.js';
import { pgliteImage } from '../support/database-images.js';
import { cleanupAfterAll } from '../support/database.js';
import { problemResponse, sampleOfferInput, testServerConfig } from '../support/server.js';

const config = testServerConfig({ seed: { opportunities: 8, offers: 2 } });

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

describe('losing the database', () => {
  it('answers 503 with Retry-After, on health and on every route that needs it', async () => {
    // A database of the server's own, closed under it while it runs.
    const url = process.env.MITMACHEN_TEST_DATABASE_URL ? (await testDatabase()).url : undefined;
    const own = await openDatabase(url ? { url } : { dataDir: 'memory://', pgliteImage: await pgliteImage() });
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
