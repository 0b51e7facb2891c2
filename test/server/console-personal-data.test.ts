/**
 * DSGVO requests in the console: everything stored about an address found and exported, then
 * erased, each within the caller's scope. One person (Erika) has left traces in Dresden's and
 * Leipzig's regions and in the outbox; Dresden's admin reaches only Dresden's, the operator all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditList, PersonalData, PersonalDataErasure } from '@mitmachen/contract';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';
import { Browser, seedStaff } from './console-client.js';

const erika = 'erika.muster@test.example';

interface Traces {
  dresdenPosting: string;
  leipzigPosting: string;
  dresdenOffer: string;
  dresdenInterest: string;
  leipzigInterest: string;
  leipzigReport: string;
  message: string;
  alert: string;
}

async function leaveTraces(server: TestServer): Promise<Traces> {
  const db = server.db.pool;
  const one = async (sql: string, values: unknown[] = []) => (await db.query<{ id: string }>(sql, values)).rows[0]?.id as string;
  const posting = (region: string) =>
    one(
      `UPDATE opportunities SET contact = jsonb_build_object('name', 'Erika Muster', 'email', 'Erika.Muster@Test.Example')
       WHERE id = (SELECT id FROM opportunities WHERE status = 'published' AND region = $1 AND location_type <> 'remote' ORDER BY id LIMIT 1) RETURNING id`,
      [region],
    );
  const dresdenPosting = await posting('dresden');
  const leipzigPosting = await posting('leipzig');
  const dresdenOffer = await one(`UPDATE offers SET email = $1 WHERE id = (SELECT id FROM offers WHERE region = 'dresden' ORDER BY id LIMIT 1) RETURNING id`, [erika]);
  const interest = (opportunity: string) =>
    one(`INSERT INTO interests (id, opportunity_id, name, email, message) VALUES (gen_random_uuid(), $1, 'Erika Muster', $2, 'Ich helfe gern.') RETURNING id`, [opportunity, erika]);
  const other = async (region: string) =>
    one(`SELECT id FROM opportunities WHERE status = 'published' AND region = $1 AND location_type <> 'remote' ORDER BY id OFFSET 1 LIMIT 1`, [region]);
  const dresdenInterest = await interest(await other('dresden'));
  const leipzigInterest = await interest(await other('leipzig'));
  const leipzigReport = await one(`INSERT INTO reports (id, opportunity_id, reason, email) VALUES (gen_random_uuid(), $1, 'Seltsame Anzeige', $2) RETURNING id`, [await other('leipzig'), erika]);
  const message = await one(`INSERT INTO outbox (id, topic, recipient, subject, body) VALUES (gen_random_uuid(), 'interest', $1, 'Ihre Anfrage', 'Hallo Erika') RETURNING id`, [erika]);
  // An alert subscription: an address and a search, belonging to no agency (like the outbox).
  const alert = await one(
    `INSERT INTO alert_subscriptions (id, email, search, frequency, language, created_at) VALUES (gen_random_uuid(), 'Erika.Muster@test.example', '{"category":["tierschutz"]}', 'weekly', 'de', now()) RETURNING id`,
  );
  await db.query(`INSERT INTO alert_tokens (hash, subscription_id, purpose, created_at) VALUES ('erika-alert', $1, 'unsubscribe', now())`, [alert]);
  return { dresdenPosting, leipzigPosting, dresdenOffer, dresdenInterest, leipzigInterest, leipzigReport, message, alert };
}

describe('personal data in the console (DSGVO)', () => {
  let server: TestServer;
  let traces: Traces;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 300, offers: 50 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off', LOG_LEVEL: 'error' } });
    await seedStaff(server);
    traces = await leaveTraces(server);
  });
  after(() => server?.close());

  const signedIn = async (email: string) => {
    const browser = new Browser(server);
    await browser.signIn(email);
    return browser;
  };
  const find = async (browser: Browser, email = erika) =>
    contractResponse<PersonalData>('findPersonalData', await browser.fetch(`/console/personal-data?email=${encodeURIComponent(email)}`));
  const ids = (data: PersonalData) => data.records.map((record) => record.id).sort();

  it('gives the operator everything about the address, whatever its case, as JSON', async () => {
    const data = await find(await signedIn('operator@test.example'), 'ERIKA.muster@test.example');
    assert.equal(data.email, erika);
    assert.equal(data.agencyId, null);
    assert.deepEqual(ids(data), Object.values(traces).sort());
    assert.deepEqual(data.counts, { opportunity: 2, offer: 1, interest: 2, 'offer-contact': 0, report: 1, staff: 0, note: 0, message: 1, alert: 1 });
    const interest = data.records.find((record) => record.id === traces.dresdenInterest);
    assert.equal(interest?.data.message, 'Ich helfe gern.');
  });

  it('gives an agency admin only what belongs to their agency', async () => {
    const data = await find(await signedIn('admin.dresden@test.example'));
    assert.deepEqual(ids(data), [traces.dresdenPosting, traces.dresdenOffer, traces.dresdenInterest].sort());
    const text = JSON.stringify(data);
    for (const foreign of [traces.leipzigPosting, traces.leipzigInterest, traces.leipzigReport, traces.message, traces.alert, 'Seltsame Anzeige', 'Hallo Erika']) {
      assert.ok(!text.includes(foreign), `leaks ${foreign}`);
    }
    const leipzig = await find(await signedIn('admin.leipzig@test.example'), 'moderator.dresden@test.example');
    assert.deepEqual(leipzig.records, [], 'another agency’s staff is not found');
  });

  it('refuses moderators, analysts and API tokens', async () => {
    for (const email of ['moderator.dresden@test.example', 'analyst.dresden@test.example']) {
      const browser = await signedIn(email);
      await problemResponse(await browser.fetch(`/console/personal-data?email=${erika}`), 403);
      await problemResponse(await browser.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: erika } }), 403);
    }
    const admin = await signedIn('admin.dresden@test.example');
    const created = await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Skript', scope: 'moderate' } });
    const { token } = (await created.json()) as { token: string };
    const response = await fetch(`${server.baseUrl}/console/personal-data?email=${erika}`, { headers: { authorization: `Bearer ${token}` } });
    await problemResponse(response, 403);
  });

  it('names a malformed address as the wrong parameter', async () => {
    const problem = await problemResponse(await (await signedIn('operator@test.example')).fetch('/console/personal-data?email=keine-adresse'), 400);
    assert.match(JSON.stringify(problem), /email/);
  });

  it('erases within the agency only, records the act without the address, and then finds nothing', async () => {
    const admin = await signedIn('admin.dresden@test.example');
    const erased = await contractResponse<PersonalDataErasure>('erasePersonalData', await admin.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: erika } }));
    assert.equal(erased.counts.opportunity, 1);
    assert.equal(erased.counts.offer, 1);
    assert.equal(erased.counts.interest, 1);
    assert.deepEqual((await find(admin)).records, []);
    await problemResponse(await admin.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: erika } }), 404);

    const db = server.db.pool;
    const exists = async (table: string, id: string) => (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;
    assert.equal(await exists('opportunities', traces.dresdenPosting), false);
    assert.equal(await exists('offers', traces.dresdenOffer), false);
    assert.equal(await exists('interests', traces.dresdenInterest), false);
    // Leipzig's and the platform's traces are not Dresden's to erase.
    assert.equal(await exists('opportunities', traces.leipzigPosting), true);
    assert.equal(await exists('interests', traces.leipzigInterest), true);
    assert.equal(await exists('outbox', traces.message), true);
    assert.equal(await exists('alert_subscriptions', traces.alert), true);

    const audit = await contractResponse<AuditList>('listAuditLog', await admin.fetch('/console/audit?action=personal-data-erase'));
    assert.equal(audit.items.length, 1);
    assert.deepEqual(audit.items[0]?.change, { counts: erased.counts });
    const everything = await contractResponse<AuditList>('listAuditLog', await admin.fetch('/console/audit?pageSize=50'));
    assert.ok(everything.items.some((entry) => entry.action === 'personal-data-export'));
    assert.ok(!JSON.stringify(everything).toLowerCase().includes('erika'), 'the audit log holds no trace of the address');
  });

  it('lets the operator erase the rest: contact requests deleted, the report kept without its reporter, messages gone', async () => {
    const operator = await signedIn('operator@test.example');
    const db = server.db.pool;
    await db.query(`INSERT INTO manage_links (token_hash, kind, listing_id) VALUES ('erika-link', 'opportunity', $1)`, [traces.leipzigPosting]);
    await db.query(`INSERT INTO lifecycle_jobs (id, topic, payload) VALUES (gen_random_uuid(), 'resend-links', $1)`, [{ email: 'Erika.Muster@test.example', language: 'de' }]);
    const erased = await contractResponse<PersonalDataErasure>('erasePersonalData', await operator.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: erika } }));
    assert.deepEqual({ ...erased.counts }, { opportunity: 1, offer: 0, interest: 1, 'offer-contact': 0, report: 1, staff: 0, note: 0, message: 1, alert: 1 });
    assert.equal((await db.query(`SELECT 1 FROM alert_tokens WHERE hash = 'erika-alert'`)).rowCount, 0, 'the alert went with its links');
    const report = (await db.query<{ email: string | null; reason: string }>('SELECT email, reason FROM reports WHERE id = $1', [traces.leipzigReport])).rows[0];
    assert.deepEqual(report, { email: null, reason: 'Seltsame Anzeige' });
    assert.deepEqual((await find(operator)).records, []);
    assert.equal((await db.query(`SELECT 1 FROM manage_links WHERE token_hash = 'erika-link'`)).rowCount, 0, 'the listing’s manage link went with it');
    assert.equal((await db.query(`SELECT 1 FROM lifecycle_jobs WHERE payload->>'email' ILIKE 'erika%'`)).rowCount, 0, 'the waiting resend went');
  });

  it('anonymises a staff account and ends its sessions, but never the caller’s own', async () => {
    const moderator = await signedIn('moderator.leipzig@test.example');
    const leipzigAdmin = await signedIn('admin.leipzig@test.example');
    await problemResponse(await leipzigAdmin.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: 'Admin.Leipzig@test.example' } }), 409);
    const dresdenAdmin = await signedIn('admin.dresden@test.example');
    await problemResponse(await dresdenAdmin.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: 'moderator.leipzig@test.example' } }), 404);
    assert.equal((await moderator.fetch('/console/session')).status, 200, 'another agency could not touch the account');

    const erased = await contractResponse<PersonalDataErasure>(
      'erasePersonalData',
      await leipzigAdmin.fetch('/console/personal-data/erasure', { method: 'POST', body: { email: 'moderator.leipzig@test.example' } }),
    );
    assert.equal(erased.counts.staff, 1);
    await problemResponse(await moderator.fetch('/console/session'), 401);
    const { rows } = await server.db.pool.query<{ email: string; disabled: boolean }>(
      `SELECT email, disabled_at IS NOT NULL AS disabled FROM staff_accounts WHERE email LIKE 'erased-%'`,
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.disabled, true);
    assert.equal((await new Browser(server).requestLink('moderator.leipzig@test.example')).status, 202, 'the same answer as for any unknown address');
  });
});
