/**
 * The "still current?" interval per agency (`confirmIntervalDays`, default 90): set in the
 * console by an operator or the agency's own admin, refused for anyone else (another agency's
 * admin sees no such agency; a moderator may not), kept within 14–365 days as problem details
 * naming the field, logged, and used by the scheduler: with 30 days, the agency's listings
 * without an end date are asked after 30 days, while another agency's keep the default 90. The
 * clock is the test's; nothing sleeps.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Agency, AgencyList, PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { contractResponse, problemResponse, sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { type Browser, seedStaff, signedIn } from './console-client.js';

const dayMs = 86_400_000;
let clock = Date.now();
const advance = (days: number) => (clock += days * dayMs);

describe('the “still current?” interval per agency', () => {
  let server: TestServer;
  let agencies: { dresden: string; leipzig: string };
  const patch = (who: Browser, id: string, body: unknown) => who.fetch(`/console/agencies/${id}`, { method: 'PATCH', body });

  before(async () => {
    server = await startTestServer({
      seed: { opportunities: 5, offers: 2 },
      adminToken: testAdminToken,
      clock: () => new Date(clock),
      env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off' },
    });
    agencies = await seedStaff(server);
  });
  after(() => server?.close());

  it('is 90 days unless set, and the agency’s admin sets it for their own agency, logged', async () => {
    const admin = await signedIn(server, 'admin.dresden@test.example');
    const list = await contractResponse<AgencyList>('listAgencies', await admin.fetch('/console/agencies'));
    assert.deepEqual(list.items.map((agency) => agency.confirmIntervalDays), [90]);
    const changed = await contractResponse<Agency>('updateAgency', await patch(admin, agencies.dresden, { confirmIntervalDays: 30 }));
    assert.equal(changed.confirmIntervalDays, 30);
    assert.equal(changed.name, 'Agentur Dresden', 'nothing else changed');
    const { rows } = await server.db.pool.query<{ change: { confirmIntervalDays: { before: number; after: number } } }>(
      `SELECT change FROM audit_log WHERE action = 'agency-update' AND item_id = $1 ORDER BY id DESC LIMIT 1`,
      [agencies.dresden],
    );
    assert.deepEqual(rows[0]?.change.confirmIntervalDays, { before: 90, after: 30 });
  });

  it('refuses another agency’s admin (404, nothing learnt), a moderator (403), and values outside 14–365 at the field', async () => {
    const leipzigAdmin = await signedIn(server, 'admin.leipzig@test.example');
    await problemResponse(await patch(leipzigAdmin, agencies.dresden, { confirmIntervalDays: 200 }), 404);
    const moderator = await signedIn(server, 'moderator.dresden@test.example');
    await problemResponse(await patch(moderator, agencies.dresden, { confirmIntervalDays: 200 }), 403);
    const operator = await signedIn(server, 'operator@test.example');
    for (const value of [13, 366, 30.5, '30']) {
      const problem = await problemResponse(await patch(operator, agencies.dresden, { confirmIntervalDays: value }), 422);
      assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/confirmIntervalDays'], JSON.stringify(value));
    }
    const { rows } = await server.db.pool.query<{ days: number }>('SELECT confirm_interval_days AS days FROM agencies WHERE id = $1', [agencies.dresden]);
    assert.equal(rows[0]?.days, 30, 'unchanged by the refused ones');
    // The operator may set any agency's.
    const leipzig = await contractResponse<Agency>('updateAgency', await patch(operator, agencies.leipzig, { confirmIntervalDays: 365 }));
    assert.equal(leipzig.confirmIntervalDays, 365);
    await contractResponse<Agency>('updateAgency', await patch(operator, agencies.leipzig, { confirmIntervalDays: 90 }));
  });

  it('asks the agency’s authors after its 30 days; another agency’s after the default 90', async () => {
    clock = Date.now();
    const post = async (title: string, city: { postalCode: string; city: string }) => {
      const input = sampleOpportunityInput({ title, location: { type: 'onsite', address: { street: 'Hauptstraße 1', ...city } } });
      delete input.expiresAt;
      const { id } = (await (await postJson(server.baseUrl, '/opportunities', input)).json()) as PostingAccepted;
      const approved = await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
      assert.equal(approved.status, 200);
      const { rows } = await server.db.pool.query<{ region: string }>('SELECT region FROM opportunities WHERE id = $1', [id]);
      return rows[0]?.region;
    };
    assert.equal(await post('Stadtteilgarten in Dresden', { postalCode: '01067', city: 'Dresden' }), 'dresden');
    assert.equal(await post('Stadtteilgarten in Leipzig', { postalCode: '04109', city: 'Leipzig' }), 'leipzig');
    const asked = async () => {
      const summary = await server.lifecycle.run();
      return summary.asked;
    };
    // Publication starts the period (stamped with the database's own time, just now).
    clock = Date.now();
    advance(29);
    assert.equal(await asked(), 0, 'day 29: not yet');
    advance(1);
    assert.equal(await asked(), 1, 'day 30: the Dresden listing is asked');
    const { rows } = await server.db.pool.query<{ title: string }>(
      `SELECT o.title FROM lifecycle_notices n JOIN opportunities o ON o.id = n.listing_id WHERE n.notice = 'still-current'`,
    );
    assert.deepEqual(rows.map((row) => row.title), ['Stadtteilgarten in Dresden']);
    advance(59);
    assert.equal(await asked(), 0, 'day 89: Leipzig not yet');
    advance(1);
    assert.ok((await asked()) >= 1, 'day 90: Leipzig asked');
  });
});
