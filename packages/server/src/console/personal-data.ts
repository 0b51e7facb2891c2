/**
 * DSGVO requests about one e-mail address: find and export everything stored about it (Art. 15
 * and 20), and erase it (Art. 17). Both stay within the caller's scope: an operator searches the
 * platform, an agency admin what belongs to their agency (postings in its regions, what was sent
 * or reported about them, its staff). Messages in the outbox belong to no agency, so only an
 * operator finds and erases them; they are deleted after MITMACHEN_RETENTION_DAYS anyway. Alert
 * subscriptions (an address and a search) belong to no agency either.
 *
 * The audit log is not searched or touched: it is the platform's account of what staff did and
 * cannot change (migration 080). The request itself is audited with counts, never the address.
 */
import type { PersonalData, PersonalDataErasure, PersonalDataKind, PersonalDataRecord } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, notFound } from '../errors.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { agencyScope, requireAdminRole, requireSession, type Principal } from './principal.js';
import { endSessionsOf } from './sessions.js';

interface Row {
  id: string;
  created_at: Date;
  summary: string | null;
  data: Record<string, unknown>;
}

/** `$1` the address, `$2` the agency (null: every agency and none). */
const inScope = (agencyColumn: string) => `($2::uuid IS NULL OR ${agencyColumn} = $2)`;
const postingAgency = (kind: 'opportunity' | 'offer', idColumn: string) =>
  `(SELECT ci.agency_id FROM console_items ci WHERE ci.kind = '${kind}' AND ci.id = ${idColumn})`;

const finders: Record<PersonalDataKind, (operator: boolean) => string | null> = {
  opportunity: () => `SELECT o.id::text, o.created_at, o.title AS summary,
      jsonb_build_object('status', o.status, 'region', o.region, 'place', o.place, 'contact', o.contact, 'submission', o.submission) AS data
    FROM opportunities o WHERE lower(o.contact->>'email') = $1 AND ${inScope(postingAgency('opportunity', 'o.id'))}`,
  offer: () => `SELECT f.id::text, f.created_at, f.title AS summary,
      jsonb_build_object('status', f.status, 'region', f.region, 'place', f.place, 'displayName', f.display_name, 'email', f.email,
        'description', f.description, 'submission', f.submission) AS data
    FROM offers f WHERE lower(f.email) = $1 AND ${inScope(postingAgency('offer', 'f.id'))}`,
  interest: () => `SELECT i.id::text, i.created_at, o.title AS summary,
      jsonb_build_object('opportunityId', i.opportunity_id, 'name', i.name, 'email', i.email, 'phone', i.phone, 'message', i.message, 'status', i.status) AS data
    FROM interests i JOIN opportunities o ON o.id = i.opportunity_id
    WHERE lower(i.email) = $1 AND ${inScope(postingAgency('opportunity', 'i.opportunity_id'))}`,
  'offer-contact': () => `SELECT c.id::text, c.created_at, f.title AS summary,
      jsonb_build_object('offerId', c.offer_id, 'name', c.name, 'email', c.email, 'phone', c.phone, 'message', c.message) AS data
    FROM offer_contacts c JOIN offers f ON f.id = c.offer_id
    WHERE lower(c.email) = $1 AND ${inScope(postingAgency('offer', 'c.offer_id'))}`,
  report: () => `SELECT r.id::text, r.created_at, r.reason AS summary,
      jsonb_build_object('opportunityId', r.opportunity_id, 'offerId', r.offer_id, 'email', r.email, 'reason', r.reason, 'status', r.status) AS data
    FROM reports r
    WHERE lower(r.email) = $1 AND ${inScope(`coalesce(${postingAgency('opportunity', 'r.opportunity_id')}, ${postingAgency('offer', 'r.offer_id')})`)}`,
  staff: () => `SELECT s.id::text, s.created_at, s.email AS summary,
      jsonb_build_object('email', s.email, 'name', s.name, 'role', s.role, 'agencyId', s.agency_id, 'disabled', s.disabled_at IS NOT NULL,
        'lastSignInAt', s.last_sign_in_at,
        'sessions', (SELECT coalesce(jsonb_agg(jsonb_build_object('createdAt', x.created_at, 'address', x.address, 'userAgent', x.user_agent) ORDER BY x.created_at), '[]'::jsonb)
          FROM staff_sessions x WHERE x.account_id = s.id)) AS data
    FROM staff_accounts s WHERE lower(s.email) = $1 AND ${inScope('s.agency_id')}`,
  note: () => `SELECT n.id::text, n.created_at, n.kind || ' ' || n.item_id AS summary,
      jsonb_build_object('itemKind', n.kind, 'itemId', n.item_id, 'email', n.email, 'text', n.text) AS data
    FROM item_notes n
    WHERE lower(n.email) = $1 AND ${inScope(`(SELECT ci.agency_id FROM console_items ci WHERE ci.kind = n.kind AND ci.id = n.item_id)`)}`,
  message: (operator) => operator
    ? `SELECT m.id::text, m.created_at, m.subject AS summary,
        jsonb_build_object('topic', m.topic, 'recipient', m.recipient, 'replyTo', m.reply_to, 'subject', m.subject, 'body', m.body, 'state', m.state, 'sentAt', m.sent_at) AS data
      FROM outbox m WHERE (lower(m.recipient) = $1 OR lower(m.reply_to) = $1) AND $2::uuid IS NULL`
    : null,
  // Alert subscriptions belong to no agency, like the outbox.
  alert: (operator) => operator
    ? `SELECT a.id::text, a.created_at, 'Benachrichtigung / alert' AS summary,
        jsonb_build_object('email', a.email, 'search', a.search, 'frequency', a.frequency, 'language', a.language,
          'confirmedAt', a.confirmed_at, 'lastDigestAt', a.last_digest_at) AS data
      FROM alert_subscriptions a WHERE lower(a.email) = $1 AND $2::uuid IS NULL`
    : null,
};

export const personalDataKinds = Object.keys(finders) as PersonalDataKind[];

function prepare(principal: Principal, email: string): { address: string; scope: string | null } {
  requireSession(principal);
  requireAdminRole(principal);
  return { address: email.trim().toLowerCase(), scope: agencyScope(principal) };
}

export async function findPersonalData(db: Queryable, principal: Principal, email: string): Promise<PersonalData> {
  const { address, scope } = prepare(principal, email);
  const records: PersonalDataRecord[] = [];
  const counts: Record<string, number> = {};
  for (const kind of personalDataKinds) {
    const sql = finders[kind](scope === null);
    const rows = sql === null ? [] : (await db.query<Row>(`${sql} ORDER BY 2, 1`, [address, scope])).rows;
    counts[kind] = rows.length;
    for (const row of rows) {
      records.push({ kind, id: row.id, createdAt: isoTimestamp(row.created_at), summary: row.summary ?? '', data: row.data });
    }
  }
  return { email: address, agencyId: scope, generatedAt: new Date().toISOString(), counts, records };
}

/**
 * Deletes what exists only because of the person (their postings with what hangs on them, their
 * messages and contact requests); keeps what others need but takes the address out of it
 * (reports, notes); and anonymises staff accounts, which the audit log refers to by id.
 */
export async function erasePersonalData(db: Queryable, principal: Principal, email: string): Promise<PersonalDataErasure> {
  const { address, scope } = prepare(principal, email);
  if (principal.email !== null && principal.email.toLowerCase() === address) {
    throw conflict('You cannot erase your own account while signed in with it; ask another admin.');
  }
  const found = await findPersonalData(db, principal, address);
  if (found.records.length === 0) throw notFound('Nothing is stored about this address in your scope.');
  const ids = (kind: PersonalDataKind) => found.records.filter((r) => r.kind === kind).map((r) => r.id);
  const counts: Record<string, number> = {};
  const run = async (kind: PersonalDataKind, sql: string) => {
    const list = ids(kind);
    counts[kind] = list.length === 0 ? 0 : ((await db.query(sql, [list])).rowCount ?? 0);
  };
  // Ids come from the scoped look-up above, so nothing outside the scope is touched.
  for (const kind of ['opportunity', 'offer'] as const) {
    const table = kind === 'opportunity' ? 'opportunities' : 'offers';
    await db.query(`DELETE FROM item_notes WHERE kind = $1 AND item_id = ANY($2::uuid[])`, [kind, ids(kind)]);
    await db.query(`DELETE FROM item_claims WHERE kind = $1 AND item_id = ANY($2::uuid[])`, [kind, ids(kind)]);
    // The listing's manage links and lifecycle notices name it by id only; they go with it.
    await db.query(`DELETE FROM manage_links WHERE kind = $1 AND listing_id = ANY($2::uuid[])`, [kind, ids(kind)]);
    await db.query(`DELETE FROM lifecycle_notices WHERE kind = $1 AND listing_id = ANY($2::uuid[])`, [kind, ids(kind)]);
    await run(kind, `DELETE FROM ${table} WHERE id = ANY($1::uuid[])`);
  }
  await run('interest', `DELETE FROM interests WHERE id = ANY($1::uuid[])`);
  await run('offer-contact', `DELETE FROM offer_contacts WHERE id = ANY($1::uuid[])`);
  // A report outlives its reporter: the listing may still need looking at.
  await run('report', `UPDATE reports SET email = NULL WHERE id = ANY($1::uuid[])`);
  await run('note', `UPDATE item_notes SET email = NULL, account_id = NULL WHERE id = ANY($1::uuid[])`);
  await run('message', `DELETE FROM outbox WHERE id = ANY($1::uuid[])`);
  // Its tokens go with it (ON DELETE CASCADE); a pending digest job then finds nothing to do.
  await run('alert', `DELETE FROM alert_subscriptions WHERE id = ANY($1::uuid[])`);
  // A "send me my links again" still waiting holds the address too; like the outbox, it belongs to no agency.
  if (scope === null) await db.query(`DELETE FROM lifecycle_jobs WHERE lower(payload->>'email') = $1`, [address]);
  for (const id of ids('staff')) await endSessionsOf(db, id, 'personal data erased');
  await run(
    'staff',
    `UPDATE staff_accounts SET email = 'erased-' || id || '@erased.invalid', name = NULL, disabled_at = coalesce(disabled_at, now())
     WHERE id = ANY($1::uuid[])`,
  );
  await db.query(`UPDATE staff_sessions SET address = NULL, user_agent = NULL WHERE account_id = ANY($1::uuid[])`, [ids('staff')]);
  await db.query(`DELETE FROM sign_in_links WHERE account_id = ANY($1::uuid[])`, [ids('staff')]);
  await db.query(`UPDATE item_claims SET email = NULL WHERE account_id = ANY($1::uuid[])`, [ids('staff')]);
  return { agencyId: scope, erasedAt: new Date().toISOString(), counts };
}
