/**
 * The console's "expiring" tab on the real server: which listings it lists (in scope, within the
 * days asked, soonest first), staff extending an end date under the author's rules, and asking
 * "still current?" now, which then works exactly like the scheduler's question (the author can
 * answer it; unanswered for 14 days the listing leaves the search). Another agency's listings
 * are neither listed nor touched. The clock is the test's; nothing sleeps.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ExpiringItem, ExpiringList, ManagedListing } from '@mitmachen/contract';
import { contractResponse, problemResponse, sampleOpportunityInput, startTestServer, type TestServer } from '../support/server.js';
import { dayMs, serviceDay } from '../support/service-days.js';
import { Browser, seedStaff } from './console-client.js';

let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
/** The Saxon day `days` after the clock's (the tab counts days left in Berlin days). */
const inDays = (days: number) => serviceDay(days, clock().getTime());

describe('the console’s “expiring” tab', () => {
  let server: TestServer;
  let moderator: Browser;
  /** Dresden listings ending in 5, 9 and 20 days; Leipzig's in 3. */
  let soon: string;
  let later: string;
  let far: string;
  let leipzig: string;

  before(async () => {
    server = await startTestServer({ seed: { opportunities: 200, offers: 10 }, clock, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off' } });
    await seedStaff(server);
    const db = server.db.pool;
    // No other listing of the demo data ends within 90 days, so the lists below are exactly ours.
    await db.query(`UPDATE opportunities SET expires_at = NULL WHERE expires_at < $1::date`, [inDays(120)]);
    const pick = async (region: string, skip: number) =>
      (await db.query<{ id: string }>(`SELECT id FROM opportunities WHERE status = 'published' AND region = $1 AND location_type <> 'remote' ORDER BY id OFFSET $2 LIMIT 1`, [region, skip])).rows[0]!.id;
    [soon, later, far, leipzig] = [await pick('dresden', 0), await pick('dresden', 1), await pick('dresden', 2), await pick('leipzig', 0)];
    const submission = JSON.stringify(sampleOpportunityInput());
    for (const [id, days] of [[soon, 5], [later, 9], [far, 20], [leipzig, 3]] as const) {
      await db.query(
        `UPDATE opportunities SET expires_at = $2::date, submission = $3::jsonb, author_language = 'de',
           contact = jsonb_set(contact, '{email}', to_jsonb($4::text)) WHERE id = $1`,
        [id, inDays(days), submission, `autor-${id.slice(0, 8)}@verein.example`],
      );
    }
    moderator = new Browser(server);
    await moderator.signIn('moderator.dresden@test.example');
  });
  after(() => server?.close());

  it('lists the agency’s published listings ending within 14 days, soonest first, and no one else’s', async () => {
    const list = await contractResponse<ExpiringList>('listExpiring', await moderator.fetch('/console/expiring'));
    assert.equal(list.days, 14);
    assert.deepEqual(list.items.map((item) => [item.id, item.daysLeft]), [[soon, 5], [later, 9]]);
    assert.equal(list.total, 2);
    assert.deepEqual(list.items[0], { ...list.items[0], region: 'dresden', expiresAt: inDays(5), remindersSent: 0, askedAt: null, confirmBy: null, authorReachable: true });
    const wider = await contractResponse<ExpiringList>('listExpiring', await moderator.fetch('/console/expiring?days=30'));
    assert.deepEqual(wider.items.map((item) => item.id), [soon, later, far]);
    const operator = new Browser(server);
    await operator.signIn('operator@test.example');
    const all = await contractResponse<ExpiringList>('listExpiring', await operator.fetch('/console/expiring'));
    assert.deepEqual(all.items.map((item) => item.id), [leipzig, soon, later]);
  });

  it('counts the reminders the scheduler sent for this end date', async () => {
    await server.lifecycle.run();
    const list = await contractResponse<ExpiringList>('listExpiring', await moderator.fetch('/console/expiring'));
    assert.deepEqual(list.items.map((item) => [item.id, item.remindersSent]), [[soon, 1], [later, 0]]);
  });

  it('lets a moderator extend an end date by 30 days or to a chosen day, logged; a day in the past is refused at its field', async () => {
    const extended = await contractResponse<ExpiringItem>('extendListing', await moderator.fetch(`/console/expiring/${soon}/extend`, { method: 'POST', body: {} }));
    assert.equal(extended.expiresAt, inDays(35));
    const list = await contractResponse<ExpiringList>('listExpiring', await moderator.fetch('/console/expiring'));
    assert.deepEqual(list.items.map((item) => item.id), [later], 'it left the 14 days');
    const chosen = await contractResponse<ExpiringItem>('extendListing', await moderator.fetch(`/console/expiring/${later}/extend`, { method: 'POST', body: { expiresAt: inDays(60) } }));
    assert.equal(chosen.daysLeft, 60);
    const wrong = await problemResponse(await moderator.fetch(`/console/expiring/${far}/extend`, { method: 'POST', body: { expiresAt: inDays(-1) } }), 422);
    assert.deepEqual(wrong.errors?.map((error) => error.pointer), ['/expiresAt']);
    const { rows } = await server.db.pool.query<{ email: string; change: { expiresAt: { after: string } } }>(
      `SELECT email, change FROM audit_log WHERE action = 'lifecycle-extend' AND item_id = $1`,
      [soon],
    );
    assert.deepEqual(rows.map((row) => [row.email, row.change.expiresAt.after]), [['moderator.dresden@test.example', inDays(35)]]);
  });

  it('asks the author “still current?” now, once; the author can answer it; unanswered, the listing leaves the search after 14 days', async () => {
    const asked = await contractResponse<ExpiringItem>('askStillCurrent', await moderator.fetch(`/console/expiring/${far}/ask`, { method: 'POST' }));
    assert.equal(asked.confirmBy, inDays(14));
    const again = await problemResponse(await moderator.fetch(`/console/expiring/${far}/ask`, { method: 'POST' }), 409);
    assert.match(again.detail ?? '', /already been asked/);
    const mail = (await server.db.pool.query<{ subject: string; body: string }>(`SELECT subject, body FROM outbox WHERE recipient = $1 AND topic = 'lifecycle'`, [`autor-${far.slice(0, 8)}@verein.example`])).rows;
    assert.equal(mail.length, 1, 'one mail');
    assert.match(mail[0]!.subject, /noch aktuell\?/);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail[0]!.body)?.[1];
    assert.ok(token, 'the mail has a manage link');
    const listing = await contractResponse<ManagedListing>('getManagedListing', await fetch(`${server.baseUrl}/manage`, { headers: { authorization: `Manage ${token}` } }));
    assert.equal(listing.confirmBy, inDays(14));
    assert.ok(listing.actions.includes('confirm'));

    // The scheduler knows it was asked: it does not ask again, and takes the listing off when the 14 days pass.
    await server.lifecycle.run();
    assert.equal((await server.db.pool.query(`SELECT 1 FROM lifecycle_notices WHERE listing_id = $1 AND notice = 'still-current'`, [far])).rowCount, 1);
    // The 14 days run from the moment asked, in hours.
    offsetMs += 15 * dayMs;
    await server.lifecycle.run();
    assert.equal((await server.db.pool.query<{ status: string }>(`SELECT status FROM opportunities WHERE id = $1`, [far])).rows[0]?.status, 'unconfirmed');
    offsetMs = 0;
  });

  it('refuses analysts’ changes, and anyone’s change to another agency’s listing, touching nothing', async () => {
    const analyst = new Browser(server);
    await analyst.signIn('analyst.dresden@test.example');
    assert.equal((await analyst.fetch('/console/expiring')).status, 200);
    await problemResponse(await analyst.fetch(`/console/expiring/${later}/extend`, { method: 'POST', body: {} }), 403);
    await problemResponse(await analyst.fetch(`/console/expiring/${later}/ask`, { method: 'POST' }), 403);
    await problemResponse(await moderator.fetch(`/console/expiring/${leipzig}/extend`, { method: 'POST', body: {} }), 404);
    await problemResponse(await moderator.fetch(`/console/expiring/${leipzig}/ask`, { method: 'POST' }), 404);
    await problemResponse(await moderator.fetch(`/console/expiring?agencyId=22222222-2222-4222-8222-222222222222`), 403);
    const { rows } = await server.db.pool.query<{ expires_at: string; asked: number }>(
      `SELECT expires_at::text, (SELECT count(*)::int FROM lifecycle_notices WHERE listing_id = $1 AND notice = 'still-current') AS asked FROM opportunities WHERE id = $1`,
      [leipzig],
    );
    assert.deepEqual(rows[0], { expires_at: inDays(3), asked: 0 });
  });
});
