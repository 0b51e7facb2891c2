/**
 * The SDK's review client against the reference server, with an agency's API token: the queue
 * is the agency's, decisions land (and are refused with typed errors when wrong), bulk results
 * come per item.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Principal } from '../../packages/server/src/console/principal.js';
import { createToken } from '../../packages/server/src/console/tokens.js';
import { ApiError, createReviewClient, type ReviewApi } from '../../packages/sdk/src/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { pendingIn, seedStaff } from '../server/console-client.js';

const platform: Principal = { via: 'admin-token', accountId: null, email: null, role: 'operator', agencyId: null, sessionId: null, tokenId: null, readOnly: false, address: 'test' };

describe('SDK: the review client', () => {
  let server: TestServer;
  let review: ReviewApi;
  let dresden: string[];
  let leipzig: string[];
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 200, offers: 20 } });
    const agencies = await seedStaff(server);
    dresden = await pendingIn(server, 'dresden', 3);
    leipzig = await pendingIn(server, 'leipzig', 1);
    const token = await createToken(server.db.pool, platform, { name: 'SDK', scope: 'moderate', agencyId: agencies.dresden });
    review = createReviewClient({ baseUrl: server.baseUrl, token: token.token });
  });
  after(() => server?.close());

  it('lists the agency’s queue and decides on an item', async () => {
    const queue = await review.queue({ kind: 'opportunity' });
    assert.deepEqual(queue.items.map((item) => item.id).sort(), dresden);
    const detail = await review.item('opportunity', dresden[0] as string);
    assert.equal(detail.status, 'pending');
    const result = await review.decide('opportunity', dresden[0] as string, { action: 'reject', reason: 'Bitte genauer beschreiben.' });
    assert.equal(result.status, 'rejected');
  });

  it('throws a typed error for another agency’s item and for a missing reason', async () => {
    const foreign = await review.item('opportunity', leipzig[0] as string).catch((error: unknown) => error);
    assert.ok(foreign instanceof ApiError);
    assert.equal(foreign.status, 404);
    const invalid = await review.decide('opportunity', dresden[1] as string, { action: 'reject' }).catch((error: unknown) => error);
    assert.ok(invalid instanceof ApiError);
    assert.equal(invalid.status, 422);
  });

  it('decides in bulk, item by item', async () => {
    const result = await review.decideMany({ action: 'approve', items: dresden.slice(1).map((id) => ({ kind: 'opportunity' as const, id })) });
    assert.deepEqual(result.results.map((r) => r.status), ['published', 'published']);
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${dresden[1]}`)).status, 200);
  });
});
