/**
 * The SDK's figures client against the reference server, with an agency's API token: the
 * statistics and the "unanswered" list are the agency's own, and a wrong range is a typed error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Principal } from '../../packages/server/src/console/principal.js';
import { createToken } from '../../packages/server/src/console/tokens.js';
import { ApiError, createFiguresClient, type FiguresApi } from '../../packages/sdk/src/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { seedStaff } from '../server/console-client.js';
import { ids, writeFixture } from '../server/statistics-fixture.js';

const platform: Principal = { via: 'admin-token', accountId: null, email: null, role: 'operator', agencyId: null, sessionId: null, tokenId: null, readOnly: false, address: 'test' };

describe('SDK: the figures client', () => {
  let server: TestServer;
  let figures: FiguresApi;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 } });
    const agencies = await seedStaff(server);
    await writeFixture(server);
    await server.db.pool.query(`INSERT INTO unanswered_flags (id, opportunity_id, flagged_at, no_reply) VALUES (gen_random_uuid(), $1, now(), 2), (gen_random_uuid(), $2, now(), 3)`, [ids.d1, ids.l1]);
    const token = await createToken(server.db.pool, platform, { name: 'Bericht', scope: 'read', agencyId: agencies.leipzig });
    figures = createFiguresClient({ baseUrl: server.baseUrl, token: token.token });
  });
  after(() => server?.close());

  it('reads the agency’s figures for a range', async () => {
    const result = await figures.statistics({ from: '2026-09-01', to: '2026-10-31', interval: 'total' });
    assert.deepEqual(result.rows.map((row) => [row.region, row.newListings, row.contactRequests, row.placements]), [['leipzig', 2, 4, 1]]);
    assert.deepEqual(result.totals.map((row) => row.period), ['2026-09-01/2026-10-31']);
  });

  it('reads the agency’s unanswered list', async () => {
    const list = await figures.unanswered();
    assert.deepEqual(list.items.map((item) => [item.id, item.region]), [[ids.l1, 'leipzig']]);
  });

  it('throws a typed error for a backwards range', async () => {
    await assert.rejects(figures.statistics({ from: '2026-10-01', to: '2026-09-01' }), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      return true;
    });
  });
});
