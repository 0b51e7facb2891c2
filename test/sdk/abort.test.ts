import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '../support/server.js';
import { createClient, type MitmachenClient } from '../../packages/sdk/src/index.js';

describe('aborting a call', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let client: MitmachenClient;

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 60, offers: 0 } });
    client = createClient({ baseUrl: server.baseUrl });
  });
  after(() => server.close());

  it('rejects a superseded search with AbortError while the newer one resolves', async () => {
    const older = new AbortController();
    const newer = new AbortController();
    let fresh: Promise<unknown> | undefined;
    // The user types again while the first search is on the wire: the UI aborts it and asks anew.
    const typingClient = createClient({
      baseUrl: server.baseUrl,
      fetch: (input, init) => {
        const inFlight = globalThis.fetch(input, init);
        if (!fresh) {
          older.abort();
          fresh = typingClient.opportunities.search({ pageSize: 5 }, { signal: newer.signal });
        }
        return inFlight;
      },
    });
    const stale = typingClient.opportunities.search({ q: 'Hund' }, { signal: older.signal });

    await assert.rejects(stale, (error: unknown) => error instanceof DOMException && error.name === 'AbortError');
    assert.ok(fresh);
    const result = (await fresh) as Awaited<ReturnType<MitmachenClient['opportunities']['search']>>;
    assert.equal(result.page, 1);
    assert.equal(result.items.length, 5);
  });

  it('rejects with the reason the caller gave', async () => {
    const controller = new AbortController();
    const reason = new Error('the user typed again');
    const call = client.opportunities.search({ q: 'Garten' }, { signal: controller.signal });
    controller.abort(reason);
    await assert.rejects(call, (error: unknown) => error === reason);
  });

  it('does not start a call whose signal is already aborted', async () => {
    const error = await client.taxonomy({ signal: AbortSignal.abort() }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
  });
});
