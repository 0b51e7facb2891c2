/**
 * The review queue and one item's full picture, always narrowed to the principal's scope in
 * SQL (view `console_items`, migration 080): an item of another agency is simply not found.
 */
import type { Claim, ConsoleStatus, PostingKind, Queue, QueueItem, QueueItemDetail, QueueQuery, Region, Report } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidParameter, notFound } from '../errors.js';
import { toOffer, offerColumns, type OfferRow } from '../offers/rows.js';
import { detailColumns, isoTimestamp, toOpportunity, type DetailRow } from '../opportunities/rows.js';
import { paging } from '../search/paging.js';
import { isUuid } from '../search/uuid.js';
import { agencyScope, forbidden, holderKey, requireQueueRole, type Principal } from './principal.js';
import { spamSignals } from './signals.js';

export interface ItemRow {
  kind: PostingKind;
  id: string;
  title: string;
  status: ConsoleStatus;
  region: Region;
  place: string | null;
  created_at: Date;
  decided_at: Date | null;
  rejection_reason: string | null;
  author_name: string | null;
  author_email: string | null;
  author_phone: string | null;
  agency_id: string | null;
}

/** `agency_id` filter values: the agency, and whether only the operator queue is meant. */
function scopeOf(principal: Principal, agencyParameter: string | undefined): { agency: string | null; operatorQueue: boolean } {
  const own = agencyScope(principal);
  if (agencyParameter === undefined) return { agency: own, operatorQueue: false };
  if (agencyParameter !== 'none' && !isUuid(agencyParameter)) throw invalidParameter('agencyId', 'must be an agency id or none');
  if (own !== null) {
    if (agencyParameter !== own) throw forbidden('You see your own agency only.');
    return { agency: own, operatorQueue: false };
  }
  return agencyParameter === 'none' ? { agency: null, operatorQueue: true } : { agency: agencyParameter, operatorQueue: false };
}

const scopeCondition = `($1::uuid IS NULL OR i.agency_id = $1) AND (NOT $2::boolean OR i.agency_id IS NULL)`;

/** One item in the principal's scope; 404 otherwise (also for a malformed id). */
export async function scopedItem(db: Queryable, principal: Principal, kind: PostingKind, id: string, lock = false): Promise<ItemRow> {
  const row = isUuid(id)
    ? (await db.query<ItemRow>(`SELECT * FROM console_items i WHERE ${scopeCondition} AND i.kind = $3 AND i.id = $4`, [
        agencyScope(principal),
        false,
        kind,
        id,
      ])).rows[0]
    : undefined;
  if (!row) throw notFound(`No ${kind} with the id ${id} is in your queue.`);
  if (lock) await db.query(`SELECT 1 FROM ${kind === 'opportunity' ? 'opportunities' : 'offers'} WHERE id = $1 FOR UPDATE`, [id]);
  return row;
}

interface QueueRow extends ItemRow {
  report_id: string | null;
  report_reason: string | null;
  report_created_at: Date | null;
  claim_holder: string | null;
  claim_account: string | null;
  claim_email: string | null;
  claim_until: Date | null;
}

export async function listQueue(db: Queryable, principal: Principal, query: QueueQuery): Promise<Queue> {
  requireQueueRole(principal, false);
  const tab = query.tab ?? 'postings';
  const { agency, operatorQueue } = scopeOf(principal, query.agencyId);
  const { pageSize, offset } = paging(query.page, query.pageSize);
  const filters = [agency, operatorQueue, query.kind ?? null, query.region ?? null, query.olderThanHours ?? null];
  const chosen = `scoped AS (
      SELECT * FROM console_items i WHERE ${scopeCondition}
        AND ($3::text IS NULL OR i.kind = $3) AND ($4::text[] IS NULL OR i.region = ANY($4))
    ), postings AS (
      SELECT s.*, NULL::uuid AS report_id, NULL::text AS report_reason, NULL::timestamptz AS report_created_at, s.created_at AS waiting_since
      FROM scoped s WHERE s.status = 'pending'
    ), reported AS (
      SELECT s.*, r.id AS report_id, r.reason AS report_reason, r.created_at AS report_created_at, r.created_at AS waiting_since
      FROM reports r JOIN scoped s ON s.id = coalesce(r.opportunity_id, r.offer_id)
        AND s.kind = CASE WHEN r.opportunity_id IS NULL THEN 'offer' ELSE 'opportunity' END
      WHERE r.status = 'open'
    )`;
  const age = `($5::int IS NULL OR waiting_since <= now() - $5 * interval '1 hour')`;
  const counts = await db.query<{ postings: number; reports: number }>(
    `WITH ${chosen} SELECT (SELECT count(*) FROM postings WHERE ${age})::int AS postings, (SELECT count(*) FROM reported WHERE ${age})::int AS reports`,
    filters,
  );
  const { rows } = await db.query<QueueRow>(
    `WITH ${chosen}
     SELECT t.*, c.holder AS claim_holder, c.account_id AS claim_account, c.email AS claim_email, c.until AS claim_until
     FROM ${tab === 'reports' ? 'reported' : 'postings'} t
     LEFT JOIN item_claims c ON c.kind = t.kind AND c.item_id = t.id AND c.until > now()
     WHERE ${age} ORDER BY t.waiting_since, t.id LIMIT $6 OFFSET $7`,
    [...filters, pageSize, offset],
  );
  const total = counts.rows[0] ?? { postings: 0, reports: 0 };
  return {
    tab,
    counts: total,
    total: tab === 'reports' ? total.reports : total.postings,
    items: rows.map((row) => toQueueItem(row, principal)),
  };
}

function toQueueItem(row: QueueRow, principal: Principal): QueueItem {
  const item: QueueItem = {
    kind: row.kind,
    id: row.id,
    title: row.title,
    status: row.status,
    region: row.region,
    place: row.place,
    agencyId: row.agency_id,
    createdAt: isoTimestamp(row.report_created_at ?? row.created_at),
    claim: toClaim(row, principal),
  };
  if (row.report_id !== null) {
    item.report = { id: row.report_id, reason: row.report_reason ?? '', createdAt: isoTimestamp(row.report_created_at ?? row.created_at) };
  }
  return item;
}

function toClaim(row: Pick<QueueRow, 'claim_holder' | 'claim_account' | 'claim_email' | 'claim_until'>, principal: Principal): Claim | null {
  if (row.claim_holder === null || row.claim_until === null) return null;
  return {
    accountId: row.claim_account ?? '00000000-0000-0000-0000-000000000000',
    email: row.claim_email ?? 'api-token@invalid',
    until: isoTimestamp(row.claim_until),
    mine: row.claim_holder === holderKey(principal),
  };
}

export async function currentClaim(db: Queryable, principal: Principal, kind: PostingKind, id: string): Promise<Claim | null> {
  const { rows } = await db.query<QueueRow>(
    `SELECT holder AS claim_holder, account_id AS claim_account, email AS claim_email, until AS claim_until
     FROM item_claims WHERE kind = $1 AND item_id = $2 AND until > now()`,
    [kind, id],
  );
  return rows[0] ? toClaim(rows[0], principal) : null;
}

/** Everything a moderator needs to decide on one item. */
export async function itemDetail(db: Queryable, principal: Principal, kind: PostingKind, id: string): Promise<QueueItemDetail> {
  requireQueueRole(principal, false);
  const item = await scopedItem(db, principal, kind, id);
  const posting =
    kind === 'opportunity'
      ? toOpportunity(
          (await db.query<DetailRow>(`SELECT ${detailColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id WHERE o.id = $1`, [id]))
            .rows[0] as DetailRow,
        )
      : toOffer((await db.query<OfferRow>(`SELECT ${offerColumns} FROM offers o WHERE o.id = $1`, [id])).rows[0] as OfferRow);
  const table = kind === 'opportunity' ? 'opportunities' : 'offers';
  const stored = (
    await db.query<{ submission: Record<string, unknown> | null; translations: QueueItemDetail['translations']; filled_until: string | null; filled_shown_until: string | null }>(
      `SELECT submission, translations, filled_until::text AS filled_until, filled_shown_until::text AS filled_shown_until FROM ${table} WHERE id = $1`,
      [id],
    )
  ).rows[0];
  const submission = stored?.submission ?? null;
  const earlier = item.author_email
    ? (
        await db.query<{ kind: PostingKind; id: string; title: string; status: ConsoleStatus; created_at: Date }>(
          `SELECT i.kind, i.id, i.title, i.status, i.created_at FROM console_items i
           WHERE ${scopeCondition} AND lower(i.author_email) = lower($3) AND NOT (i.kind = $4 AND i.id = $5)
           ORDER BY i.created_at DESC LIMIT 20`,
          [agencyScope(principal), false, item.author_email, kind, id],
        )
      ).rows
    : [];
  const column = kind === 'opportunity' ? 'opportunity_id' : 'offer_id';
  const reports = await db.query<{ id: string; reason: string; email: string | null; status: Report['status']; note: string | null; created_at: Date; resolved_at: Date | null }>(
    `SELECT id, reason, email, status, note, created_at, resolved_at FROM reports WHERE ${column} = $1 ORDER BY created_at`,
    [id],
  );
  const notes = await db.query<{ id: string; account_id: string | null; email: string | null; text: string; created_at: Date }>(
    'SELECT id, account_id, email, text, created_at FROM item_notes WHERE kind = $1 AND item_id = $2 ORDER BY created_at, id',
    [kind, id],
  );
  return {
    kind,
    id,
    title: item.title,
    status: item.status,
    region: item.region,
    agencyId: item.agency_id,
    createdAt: isoTimestamp(item.created_at),
    decidedAt: item.decided_at === null ? null : isoTimestamp(item.decided_at),
    reason: item.rejection_reason,
    // The filled days only while filled: the lifecycle clears them, a stale value says nothing.
    ...(item.status === 'filled' && stored?.filled_until ? { filledUntil: stored.filled_until } : {}),
    ...(item.status === 'filled' && stored?.filled_shown_until ? { showFilledUntil: stored.filled_shown_until } : {}),
    posting,
    // `type: object` renders as Record<string, never>; any JSON object is meant.
    submission: submission as Record<string, never> | null,
    // Moderators approve the translations with the German text: they see them all.
    translations: stored?.translations ?? {},
    author: { name: item.author_name, email: item.author_email, phone: item.author_phone },
    signals: spamSignals(posting, earlier, reports.rows.filter((report) => report.status === 'open').length),
    earlierPostings: earlier.map((row) => ({ kind: row.kind, id: row.id, title: row.title, status: row.status, createdAt: isoTimestamp(row.created_at) })),
    reports: reports.rows.map((row) => ({
      id: row.id,
      kind,
      listingId: id,
      listingTitle: item.title,
      // The contract's Status has no staff-only states; a hidden listing is not published.
      listingStatus: item.status === 'hidden' || item.status === 'changes-requested' ? 'rejected' : item.status,
      reason: row.reason,
      ...(row.email === null ? {} : { email: row.email }),
      status: row.status,
      createdAt: isoTimestamp(row.created_at),
      ...(row.resolved_at === null ? {} : { resolvedAt: isoTimestamp(row.resolved_at) }),
      ...(row.note === null ? {} : { note: row.note }),
    })),
    notes: notes.rows.map((row) => ({ id: row.id, accountId: row.account_id, email: row.email, text: row.text, createdAt: isoTimestamp(row.created_at) })),
    claim: await currentClaim(db, principal, kind, id),
  };
}

/** The agency whose queue an item is in (null: the operator's, or no such item). */
export async function itemAgency(db: Queryable, kind: PostingKind, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const { rows } = await db.query<{ agency_id: string | null }>('SELECT agency_id FROM console_items WHERE kind = $1 AND id = $2', [kind, id]);
  return rows[0]?.agency_id ?? null;
}
