import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { NetworkError, createClient, type OfferInput } from '../../packages/sdk/src/index.js';
import { adminToken, offerInput } from './fixtures.js';
import { fetchLog } from './fetch-log.js';

describe('when no server answers', () => {
  it('fails with NetworkError after the configured retries, keeping the cause', async () => {
    const port = await closedPort();
    const log = fetchLog();
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}/v1`, fetch: log.fetch, retry: { limit: 2 } });
    const error = await client.taxonomy().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, String(error));
    assert.ok(error.cause instanceof TypeError);
    assert.ok(error.message.includes(`GET http://127.0.0.1:${port}/v1/taxonomy`), error.message);
    assert.deepEqual(log.statuses(), [undefined, undefined, undefined]);
  });

  it('retries a creating POST with one key throughout, and never a moderation decision', async () => {
    const port = await closedPort();
    const log = fetchLog();
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}/v1`, fetch: log.fetch, retry: 1 });

    const input: OfferInput = offerInput('Ich helfe beim Einkaufen');
    await assert.rejects(client.offers.create(input), NetworkError);
    assert.equal(log.attempts.length, 2);
    assert.equal(new Set(log.attempts.map((attempt) => attempt.idempotencyKey)).size, 1);
    assert.ok(log.attempts[0]!.idempotencyKey);

    const before = log.attempts.length;
    await assert.rejects(client.moderation({ token: adminToken }).approve('offer', randomUUID()), NetworkError);
    assert.equal(log.attempts.length - before, 1);
  });

  it('does not retry at all with retry: 0', async () => {
    const port = await closedPort();
    const log = fetchLog();
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}/v1`, fetch: log.fetch, retry: 0 });
    await assert.rejects(client.opportunities.search({ q: 'Hund' }), NetworkError);
    assert.equal(log.attempts.length, 1);
  });
});

describe('aborting while a retry is pending', () => {
  it('rejects with the abort reason and sends no further attempt', async () => {
    const port = await closedPort();
    const controller = new AbortController();
    let attempts = 0;
    const client = createClient({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      retry: { limit: 5 },
      fetch: async (input, init) => {
        attempts++;
        try {
          return await globalThis.fetch(input, init);
        } finally {
          // The user gives up while the SDK is about to wait for the next attempt.
          controller.abort();
        }
      },
    });
    const error = await client.taxonomy({ signal: controller.signal }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException && error.name === 'AbortError', String(error));
    assert.equal(attempts, 1);
  });
});

/** A loopback port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  assert.ok(address && typeof address === 'object');
  return address.port;
}
