/**
 * Personal data is deleted after the retention period: the texts of contact requests and messages to offers'
 * authors, resolved reports, offers that are over (counted from the decision or expiry), and
 * sent mail. What is younger, or still live, stays.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { purgePersonalData } from '../../packages/server/src/retention/purge.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let opportunityId: string;
let offerIds: string[];
before(async () => {
  server = await startTestServer({ seed: { opportunities: 10, offers: 8 } });
  opportunityId = (await server.db.pool.query<{ id: string }>(`SELECT id FROM opportunities WHERE status = 'published' LIMIT 1`)).rows[0]!.id;
  offerIds = (await server.db.pool.query<{ id: string }>(`SELECT id FROM offers ORDER BY id LIMIT 6`)).rows.map((row) => row.id);
});
after(() => server?.close());

const query = (sql: string, values: unknown[] = []) => server.db.pool.query(sql, values);
const ago = (days: number) => `now() - interval '${days} days'`;
const left = async (table: string, ids: string[]) =>
  (await query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids])).rows.map((row: { id: string }) => row.id).sort();
/** Contact requests keep their rows (the figures count them); only their texts go. */
const withTexts = async (table: string, ids: string[]) =>
  (await query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND message IS NOT NULL`, [ids])).rows.map((row: { id: string }) => row.id).sort();

describe('the retention purge (180 days)', () => {
  const id = { old: randomUUID(), young: randomUUID() };

  it('deletes the texts of contact requests to organisations after the period, keeps the rows and younger texts', async () => {
    await query(
      `INSERT INTO interests (id, opportunity_id, name, email, message, created_at) VALUES
        ($1, $3, 'Alt', 'alt@example.net', 'Anfrage', ${ago(181)}), ($2, $3, 'Jung', 'jung@example.net', 'Anfrage', ${ago(179)})`,
      [id.old, id.young, opportunityId],
    );
    await purgePersonalData(server.db.pool, 180);
    assert.deepEqual(await withTexts('interests', [id.old, id.young]), [id.young]);
    assert.deepEqual(await left('interests', [id.old, id.young]), [id.old, id.young].sort());
    const { rows } = await query(`SELECT name, email, phone, message, texts_deleted_at IS NOT NULL AS deleted FROM interests WHERE id = $1`, [id.old]);
    assert.deepEqual(rows, [{ name: null, email: null, phone: null, message: null, deleted: true }]);
  });

  it('deletes the texts of messages to offers’ authors after the period', async () => {
    const [old, young] = [randomUUID(), randomUUID()];
    await query(
      `INSERT INTO offer_contacts (id, offer_id, name, email, message, created_at) VALUES
        ($1, $3, 'Alt', 'alt@example.net', 'Nachricht', ${ago(200)}), ($2, $3, 'Jung', 'jung@example.net', 'Nachricht', ${ago(1)})`,
      [old, young, offerIds[5]],
    );
    await purgePersonalData(server.db.pool, 180);
    assert.deepEqual(await withTexts('offer_contacts', [old, young]), [young]);
    assert.deepEqual(await left('offer_contacts', [old, young]), [old, young].sort());
  });

  it('deletes resolved reports after the period, never open ones', async () => {
    const [resolvedOld, resolvedYoung, openOld] = [randomUUID(), randomUUID(), randomUUID()];
    await query(
      `INSERT INTO reports (id, opportunity_id, reason, email, status, created_at, resolved_at) VALUES
        ($1, $4, 'Alter erledigter Hinweis', 'melder@example.net', 'dismissed', ${ago(300)}, ${ago(200)}),
        ($2, $4, 'Junger erledigter Hinweis', 'melder@example.net', 'dismissed', ${ago(300)}, ${ago(100)}),
        ($3, $4, 'Alter offener Hinweis', 'melder@example.net', 'open', ${ago(300)}, NULL)`,
      [resolvedOld, resolvedYoung, openOld, opportunityId],
    );
    await purgePersonalData(server.db.pool, 180);
    assert.deepEqual(await left('reports', [resolvedOld, resolvedYoung, openOld]), [openOld, resolvedYoung].sort());
  });

  it('deletes offers that are over, counted from rejection or expiry, with their messages; live offers stay', async () => {
    const [rejectedOld, rejectedYoung, expiredOld, pendingOld, publishedOld] = offerIds as [string, string, string, string, string];
    await query(`UPDATE offers SET status = 'rejected', created_at = ${ago(400)}, decided_at = ${ago(181)} WHERE id = $1`, [rejectedOld]);
    await query(`UPDATE offers SET status = 'rejected', created_at = ${ago(400)}, decided_at = ${ago(30)} WHERE id = $1`, [rejectedYoung]);
    await query(`UPDATE offers SET status = 'expired', created_at = ${ago(400)}, updated_at = ${ago(190)} WHERE id = $1`, [expiredOld]);
    await query(`UPDATE offers SET status = 'pending', created_at = ${ago(200)}, decided_at = NULL WHERE id = $1`, [pendingOld]);
    await query(`UPDATE offers SET status = 'published', created_at = ${ago(400)}, decided_at = ${ago(399)} WHERE id = $1`, [publishedOld]);
    const message = randomUUID();
    await query(`INSERT INTO offer_contacts (id, offer_id, name, email, message) VALUES ($1, $2, 'Frisch', 'f@example.net', 'Hallo')`, [message, rejectedOld]);
    await purgePersonalData(server.db.pool, 180);
    assert.deepEqual(await left('offers', offerIds.slice(0, 5)), [rejectedYoung, publishedOld].sort());
    assert.deepEqual(await left('offer_contacts', [message]), [], 'gone with its offer');
  });

  it('deletes sent mail after a week and any other mail after the period', async () => {
    const rows = { sentOld: randomUUID(), sentYoung: randomUUID(), waitingOld: randomUUID(), failedYoung: randomUUID() };
    await query(
      `INSERT INTO outbox (id, topic, recipient, subject, body, state, created_at, sent_at) VALUES
        ($1, 'interest', 'a@example.org', 'Betreff', 'Name: Alt', 'sent', ${ago(10)}, ${ago(8)}),
        ($2, 'interest', 'a@example.org', 'Betreff', 'Name: Jung', 'sent', ${ago(2)}, ${ago(2)}),
        ($3, 'interest', 'a@example.org', 'Betreff', 'Name: Wartend', 'pending', ${ago(181)}, NULL),
        ($4, 'interest', 'a@example.org', 'Betreff', 'Name: Gescheitert', 'failed', ${ago(10)}, NULL)`,
      Object.values(rows),
    );
    await purgePersonalData(server.db.pool, 180);
    assert.deepEqual(await left('outbox', Object.values(rows)), [rows.sentYoung, rows.failedYoung].sort());
  });

  it('follows a shorter configured period', async () => {
    const [old, young] = [randomUUID(), randomUUID()];
    await query(
      `INSERT INTO interests (id, opportunity_id, name, email, message, created_at) VALUES
        ($1, $3, 'Alt', 'alt@example.net', 'Anfrage', ${ago(31)}), ($2, $3, 'Jung', 'jung@example.net', 'Anfrage', ${ago(29)})`,
      [old, young, opportunityId],
    );
    const purged = await purgePersonalData(server.db.pool, 30);
    assert.ok(purged.interests >= 1);
    assert.deepEqual(await withTexts('interests', [old, young]), [young]);
  });

  it('deletes a contact request’s texts 90 days after its last state change, however young the general period leaves it', async () => {
    const [answeredLong, answeredLately] = [randomUUID(), randomUUID()];
    await query(
      `INSERT INTO interests (id, opportunity_id, name, email, message, state, created_at, state_changed_at) VALUES
        ($1, $3, 'A', 'a@example.net', 'Anfrage', 'placed', ${ago(100)}, ${ago(91)}),
        ($2, $3, 'B', 'b@example.net', 'Anfrage', 'placed', ${ago(100)}, ${ago(89)})`,
      [answeredLong, answeredLately, opportunityId],
    );
    await purgePersonalData(server.db.pool, { retentionDays: 180, contactTextDays: 90 });
    assert.deepEqual(await withTexts('interests', [answeredLong, answeredLately]), [answeredLately]);
  });

  it('deletes the contact person of listings that are over after their period; live listings keep theirs', async () => {
    const { rows } = await query(`SELECT id FROM opportunities WHERE contact IS NOT NULL ORDER BY id LIMIT 3`);
    const [expiredOld, expiredYoung, publishedOld] = rows.map((row: { id: string }) => row.id) as [string, string, string];
    await query(`UPDATE opportunities SET status = 'expired', updated_at = ${ago(40)}, expires_at = (${ago(45)})::date WHERE id = $1`, [expiredOld]);
    await query(`UPDATE opportunities SET status = 'expired', updated_at = ${ago(40)}, expires_at = (${ago(20)})::date WHERE id = $1`, [expiredYoung]);
    await query(`UPDATE opportunities SET status = 'published', updated_at = ${ago(400)} WHERE id = $1`, [publishedOld]);
    const purged = await purgePersonalData(server.db.pool, { retentionDays: 180, archivedListingDays: 30 });
    assert.equal(purged.listingContacts, 1);
    const contacts = await query(`SELECT id, contact IS NOT NULL AS kept FROM opportunities WHERE id = ANY($1::uuid[]) ORDER BY id`, [[expiredOld, expiredYoung, publishedOld]]);
    assert.deepEqual(
      Object.fromEntries(contacts.rows.map((row: { id: string; kept: boolean }) => [row.id, row.kept])),
      { [expiredOld]: false, [expiredYoung]: true, [publishedOld]: true },
    );
  });

  it('deletes staff sessions that ended or expired before the period, with their address and browser', async () => {
    const account = randomUUID();
    await query(`INSERT INTO staff_accounts (id, email, role) VALUES ($1, 'retention@test.example', 'operator')`, [account]);
    const [ended, expired, recent] = [randomUUID(), randomUUID(), randomUUID()];
    await query(
      `INSERT INTO staff_sessions (id, secret_hash, account_id, csrf_token, expires_at, ended_at, address, user_agent) VALUES
        ($1, gen_random_uuid()::text, $4, 'c', ${ago(190)}, ${ago(200)}, '192.0.2.1', 'Firefox'),
        ($2, gen_random_uuid()::text, $4, 'c', ${ago(181)}, NULL, '192.0.2.2', 'Firefox'),
        ($3, gen_random_uuid()::text, $4, 'c', ${ago(170)}, ${ago(175)}, '192.0.2.3', 'Firefox')`,
      [ended, expired, recent, account],
    );
    const purged = await purgePersonalData(server.db.pool, 180);
    assert.equal(purged.staffSessions, 2);
    assert.deepEqual(await left('staff_sessions', [ended, expired, recent]), [recent]);
  });
});
