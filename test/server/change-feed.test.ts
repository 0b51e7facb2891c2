/**
 * The change feed (GET /v1/changes) as an integrator relies on it: a copy built from the feed,
 * from the beginning or from any cursor it once held, equals the published listings. Random
 * write sequences (fast-check) on PGlite or PostgreSQL, the whole HTTP path through the SDK,
 * and two instances on one PostgreSQL with concurrent writers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChangeFeedPage } from '@mitmachen/contract';
import fc from 'fast-check';
import { createClient, ApiError } from '../../packages/sdk/src/index.js';
import { readChanges } from '../../packages/server/src/changes/feed.js';
import { expireListings } from '../../packages/server/src/changes/expiry.js';
import { approvePosting } from '../../packages/server/src/moderation/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.js';
import { contractResponse, sampleOpportunityInput, testServerConfig } from '../support/server.js';
import { apply, operations, published, sorted, write, type Copy } from './change-feed-model.js';

async function drain(db: TestDatabase['db']['pool'], copy: Copy, limit: number): Promise<Copy> {
  for (;;) {
    const page = await readChanges(db, copy.cursor, limit);
    copy = apply(copy, page);
    if (!page.hasMore) return copy;
  }
}

describe('change feed', () => {
  let test: TestDatabase;
  const db = () => test.db.pool;
  before(async () => {
    test = await openTestDatabase();
  });
  after(() => test?.close());

  it('replays to exactly the published listings from the start and from every cursor it handed out', async () => {
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operations, { minLength: 10, maxLength: 60, size: 'max' }), fc.integer({ min: 1, max: 9 }), async (sequence, finalLimit) => {
        const ids: string[] = [];
        // The copies a consumer held along the way, each at the cursor it had applied.
        const held: Copy[] = [{ listings: new Map(), cursor: undefined }];
        let live: Copy = { listings: new Map(), cursor: undefined };
        for (const operation of sequence) {
          if (operation.op === 'read') {
            const page = await readChanges(db(), live.cursor, operation.limit);
            live = apply(live, page);
            held.push(live);
            if (!page.hasMore) assert.deepEqual(sorted(live.listings), sorted(await published(db())), 'a caught-up copy equals the live listings');
          } else {
            await write(db(), operation, ids, serial++);
          }
        }
        const truth = sorted(await published(db()));
        for (const copy of held) assert.deepEqual(sorted((await drain(db(), copy, finalLimit)).listings), truth);
      }),
      // No shrinking: each try replays a database history, and the failing sequence is printed anyway.
      { numRuns: Number(process.env.MITMACHEN_FEED_RUNS ?? 30), seed: Number(process.env.MITMACHEN_FEED_SEED ?? 20261205), endOnFailure: true },
    );
  });

  it('tells created from updated, and names why a listing left', async () => {
    const start = await drain(db(), { listings: new Map(), cursor: undefined }, 100);
    const post = async (title: string) => {
      const { id } = await createOpportunity(db(), sampleOpportunityInput({ title }));
      await approvePosting(db(), 'opportunity', id);
      return id;
    };
    const early = await post('Hundeausführen im Tierheim');
    const middle = (await readChanges(db(), start.cursor, 100)).cursor;
    const late = await post('Lesepatenschaft');
    await db().query(`UPDATE opportunities SET title = 'Hundeausführen im Tierheim Pirna', updated_at = now() WHERE id = $1`, [early]);
    const page = await readChanges(db(), middle, 100);
    assert.deepEqual(page.items.map(({ op, id }) => ({ op, id })), [{ op: 'created', id: late }, { op: 'updated', id: early }]);
    assert.equal(page.items[1]?.opportunity?.title, 'Hundeausführen im Tierheim Pirna');

    await db().query(`UPDATE opportunities SET expires_at = service_today() + 3 WHERE id = $1`, [late]);
    const beforeExpiry = (await readChanges(db(), page.cursor, 100)).cursor;
    // Three days on nobody has touched it; the housekeeping's clock says it is over.
    const today = (await db().query<{ day: string }>('SELECT (service_today() + 4)::text AS day')).rows[0]!.day;
    assert.equal(await expireListings(db(), today), 1);
    await db().query('DELETE FROM opportunities WHERE id = $1', [early]);
    const gone = await readChanges(db(), beforeExpiry, 100);
    assert.deepEqual(gone.items.map(({ op, id, reason, opportunity }) => ({ op, id, reason, opportunity })), [
      { op: 'deleted', id: late, reason: 'expired', opportunity: undefined },
      { op: 'deleted', id: early, reason: 'withdrawn', opportunity: undefined },
    ]);
    assert.deepEqual(await readChanges(db(), gone.cursor, 100), { items: [], cursor: gone.cursor, hasMore: false });
  });

  it('answers through HTTP and the SDK, follows the cursor across pages and refuses a cursor it never issued', async () => {
    const server = await startServer(testServerConfig({ seed: { opportunities: 0, offers: 0 } }), { database: test.db });
    try {
      await server.ready;
      const first = await contractResponse<ChangeFeedPage>('listChanges', await fetch(`${server.url}/v1/changes?limit=2`));
      assert.equal(first.items.length, 2);
      const client = createClient({ baseUrl: `${server.url}/v1` });
      let copy: Copy = { listings: new Map(), cursor: undefined };
      let pages = 0;
      for await (const page of client.changes({ limit: 3 })) {
        copy = apply(copy, page);
        pages++;
      }
      assert.ok(pages > 1, 'the feed came in several pages');
      assert.deepEqual(sorted(copy.listings), sorted(await published(db())));
      const id = await (async () => {
        const { id } = await createOpportunity(db(), sampleOpportunityInput({ title: 'Gartenhilfe im Seniorenheim' }));
        await approvePosting(db(), 'opportunity', id);
        return id;
      })();
      const resumed = [];
      for await (const page of client.changes({ since: copy.cursor as string })) resumed.push(...page.items);
      assert.deepEqual(resumed.map(({ op, id }) => ({ op, id })), [{ op: 'created', id }]);

      await assert.rejects(
        async () => {
          for await (const page of client.changes({ since: 'bm90LWEtY3Vyc29y' })) void page;
        },
        (error: unknown) => error instanceof ApiError && error.status === 400 && error.problem.errors?.[0]?.parameter === 'since',
      );
    } finally {
      await server.close();
    }
  });
});

describe('change feed across two instances on one PostgreSQL', { skip: testDatabaseKind === 'postgres' ? false : 'needs PostgreSQL (PGlite belongs to one process)' }, () => {
  let database: TestDatabase;
  const servers: RunningServer[] = [];
  const pools: Database[] = [];
  before(async () => {
    database = await openTestDatabase();
    for (let n = 0; n < 2; n++) {
      // Each its own pool, as two processes behind a load balancer.
      const db = await openDatabase({ url: database.url });
      pools.push(db);
      const server = await startServer(testServerConfig({ seed: { opportunities: 0, offers: 0 } }), { database: db });
      servers.push(server);
      await server.ready;
    }
  });
  after(async () => {
    for (const server of servers) await server.close();
    for (const db of pools) await db.close();
    await database?.close();
  });

  it('gives a reader switching instances every change while two writers write at once', async () => {
    const clients = servers.map((server) => createClient({ baseUrl: `${server.url}/v1` }));
    const writes = fc.sample(operations.filter((operation): operation is Parameters<typeof write>[1] => operation.op !== 'read'), { numRuns: 160, seed: 5 });
    const ids: string[] = [];
    let serial = 0;
    let writing = true;
    const writer = async (pool: Database, share: typeof writes) => {
      for (const operation of share) await write(pool.pool, operation, ids, serial++);
    };
    const held: Copy[] = [];
    const reader = async () => {
      let copy: Copy = { listings: new Map(), cursor: undefined };
      let turn = 0;
      // Reads while the writers write, a page at a time, each page from the other instance.
      while (writing) {
        const client = clients[turn++ % 2] as (typeof clients)[number];
        for await (const page of client.changes({ since: copy.cursor as string, limit: 4 })) {
          copy = apply(copy, page);
          held.push(copy);
          break;
        }
      }
    };
    const reading = reader();
    await Promise.all([writer(pools[0] as Database, writes.slice(0, 80)), writer(pools[1] as Database, writes.slice(80))]);
    writing = false;
    await reading;
    assert.ok(held.length > 10, `the reader read ${held.length} pages while the writers wrote`);

    const truth = sorted(await published(pools[0]!.pool));
    assert.ok(truth.length > 0, 'the writers published something');
    for (const [index, start] of [{ listings: new Map(), cursor: undefined } as Copy, ...held].entries()) {
      let copy = start;
      for await (const page of (clients[index % 2] as (typeof clients)[number]).changes({ since: copy.cursor as string, limit: 50 })) copy = apply(copy, page);
      assert.deepEqual(sorted(copy.listings), truth);
    }
  });
});
