import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../packages/server/src/config.js';
import type { Database } from '../../packages/server/src/db/database.js';
import { startServer } from '../../packages/server/src/server.js';
import { openTestDatabase } from '../support/database.js';
import { startTestServer } from '../support/server.js';
import {
  ApiError,
  DEFAULT_RETRY,
  TimeoutError,
  createClient,
} from '../../packages/sdk/src/index.js';
import { adminToken, opportunityInput, proof } from './fixtures.js';
import { fetchLog } from './fetch-log.js';

/**
 * The demo data both servers here start with: the default data set (test/support/server.ts),
 * which other files of the run use too, so its image is made once per run and only copied here.
 */
const seed = { opportunities: 300, offers: 50 };

describe('retries and timeouts', () => {
  describe('while the server is still starting', () => {
    it('waits out 503 + Retry-After and resolves; gives up at once when Retry-After exceeds the cap', async () => {
      // Seeded already, copied from the run's image (test/support/database-images.ts): the server
      // finds the data and writes none, which spares this test seeding 550 postings (most of its
      // CPU) and leaves the start-up window as it was.
      const database = await openTestDatabase({ seed });
      // The server listens before its database is open and answers 503 until it is migrated and
      // seeded. The test hands the database over only once both clients have seen that 503, so
      // the window is certain; in-process PGlite would otherwise be ready before a request is read.
      let handOver!: () => void;
      const opened = new Promise<Database>((resolve) => (handOver = () => resolve(database.db)));
      const firstAnswers = new Set<string>();
      const noteFirstAnswer = (client: string) => (_response: Response, _attempt: unknown, index: number) => {
        if (index === 0) firstAnswers.add(client);
        if (firstAnswers.size === 2) handOver();
      };
      const config = loadConfig({
        PORT: '0',
        MITMACHEN_DATA_DIR: 'memory://',
        MITMACHEN_SEED: String(seed.opportunities),
        MITMACHEN_SEED_OFFERS: String(seed.offers),
        LOG_LEVEL: 'silent',
      });
      const server = await startServer(config, { database: opened });
      try {
        const patientLog = fetchLog({ afterResponse: noteFirstAnswer('patient') });
        const impatientLog = fetchLog({ afterResponse: noteFirstAnswer('impatient') });
        // A generous attempt timeout: the first search after seeding runs cold, and on a loaded
        // machine it passed the default 10 s once; this test is about 503s, not timeouts.
        const patient = createClient({ baseUrl: `${server.url}/v1`, fetch: patientLog.fetch, retry: { limit: 120 }, timeout: 120_000 });
        const impatient = createClient({ baseUrl: `${server.url}/v1`, fetch: impatientLog.fetch, retry: { maxRetryAfter: 500 } });

        const [waited, refused] = await Promise.allSettled([
          patient.opportunities.search({ pageSize: 10 }),
          impatient.opportunities.search({ pageSize: 10 }),
        ]);

        assert.equal(waited.status, 'fulfilled', String((waited as PromiseRejectedResult).reason));
        assert.equal(waited.value.items.length, 10);
        const statuses = patientLog.statuses();
        assert.equal(statuses[0], 503);
        assert.equal(statuses.at(-1), 200);
        assert.ok(statuses.slice(0, -1).every((status) => status === 503), String(statuses));

        assert.equal(refused.status, 'rejected');
        const error: unknown = refused.reason;
        assert.ok(error instanceof ApiError, String(error));
        assert.equal(error.status, 503);
        assert.equal(error.retryAfter, 1);
        assert.deepEqual(impatientLog.statuses(), [503]);
      } finally {
        handOver();
        await server.close();
        await database.close();
      }
    });
  });

  describe('against a running server', () => {
    let server: Awaited<ReturnType<typeof startTestServer>>;

    before(async () => {
      server = await startTestServer({ seed, adminToken });
    });
    after(() => server.close());

    it('retries a POST whose response was lost with the same Idempotency-Key and stores one posting', async () => {
      const log = fetchLog({
        afterResponse: async (response, _attempt, index) => {
          if (index > 0) return;
          // The server has committed the posting; the answer never reaches us.
          await response.arrayBuffer();
          throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
        },
      });
      const client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
      const title = `Verlorene Antwort ${randomUUID().slice(0, 8)}`;

      // Solved through a client of its own, so the log holds the posting's attempts only.
      const accepted = await client.opportunities.create(opportunityInput(title), await proof(createClient({ baseUrl: server.baseUrl })));

      assert.equal(accepted.status, 'pending');
      assert.equal(log.attempts.length, 2);
      assert.deepEqual(log.statuses(), [202, 202]);
      const [first, second] = log.attempts;
      assert.ok(first!.idempotencyKey);
      assert.equal(second!.idempotencyKey, first!.idempotencyKey);

      const stored = await server.db.pool.query<{ id: string }>('SELECT id FROM opportunities WHERE title = $1', [title]);
      assert.deepEqual(stored.rows.map((row) => row.id), [accepted.id]);

      const pending = [];
      const moderation = client.moderation({ token: adminToken });
      for (let page = 1; ; page++) {
        const list = await moderation.listPending({ kind: 'opportunity', page, pageSize: 50 });
        pending.push(...list.items.filter((item) => item.title === title));
        if (page * 50 >= list.total) break;
      }
      assert.deepEqual(pending.map((item) => item.id), [accepted.id]);
    });

    it('ends an attempt that exceeds the timeout with TimeoutError and does not retry it', async () => {
      const log = fetchLog();
      const client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch, timeout: 1 });
      const error = await client.opportunities.search({ q: 'Hund Garten Kinder', near: 'Pirna' }).catch((e: unknown) => e);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(error.timeout, 1);
      assert.equal(log.attempts.length, 1);
    });

    it('retries timeouts when asked to, then still ends with TimeoutError', async () => {
      const log = fetchLog();
      const client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch, retry: { onTimeout: true } });
      const error = await client.opportunities
        .search({ q: 'Hund Garten Kinder', near: 'Pirna' }, { timeout: 1 })
        .catch((e: unknown) => e);
      assert.ok(error instanceof TimeoutError, String(error));
      assert.equal(log.attempts.length, DEFAULT_RETRY.limit + 1);
    });

    it('does not retry a POST that reached the server and was refused', async () => {
      const log = fetchLog();
      const client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
      const error = await client.opportunities
        .create({ ...opportunityInput('placeholder'), title: 'Hi' }, await proof(createClient({ baseUrl: server.baseUrl })))
        .catch((e: unknown) => e);
      assert.ok(error instanceof ApiError && error.status === 422);
      assert.equal(log.attempts.length, 1);
    });
  });
  describe('over a rate limit', () => {
    it('waits out a 429 on a create, re-sending the same Idempotency-Key, and stores one posting', async () => {
      // One write per 2-second window: the second of two quick creates meets the limit.
      const server = await startTestServer({ seed: { opportunities: 5, offers: 0 }, env: { MITMACHEN_RATE_LIMIT_WRITES: '1/2' } });
      try {
        const plain = createClient({ baseUrl: server.baseUrl });
        // Until the second create lands in the first one's window (a window may close in between).
        for (;;) {
          await plain.opportunities.create(opportunityInput(`Erste im Fenster ${randomUUID().slice(0, 8)}`), await proof(plain));
          const log = fetchLog();
          const client = createClient({ baseUrl: server.baseUrl, fetch: log.fetch });
          const title = `Nach dem Limit ${randomUUID().slice(0, 8)}`;
          const accepted = await client.opportunities.create(opportunityInput(title), await proof(plain));
          const statuses = log.statuses();
          if (statuses[0] !== 429) continue;
          assert.equal(statuses.at(-1), 202, String(statuses));
          assert.ok(statuses.slice(0, -1).every((status) => status === 429), String(statuses));
          assert.equal(new Set(log.attempts.map((attempt) => attempt.idempotencyKey)).size, 1);
          const stored = await server.db.pool.query<{ id: string }>('SELECT id FROM opportunities WHERE title = $1', [title]);
          assert.deepEqual(stored.rows.map((row) => row.id), [accepted.id]);
          break;
        }
      } finally {
        await server.close();
      }
    });
  });
});
