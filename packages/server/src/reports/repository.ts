/** Reports about published listings: filed by anyone, resolved by the moderators. */
import { randomUUID } from 'node:crypto';
import type {
  PostingAccepted,
  PostingKind,
  Report,
  ReportInput,
  ReportList,
  ReportQuery,
  ReportResolution,
  ReportResolutionInput,
  ReportStatus,
  Status,
} from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, invalidField, notFound } from '../errors.js';
import { notifyAuthor } from '../mail/decisions.js';
import { visibleOffer } from '../offers/search.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { visibleOpportunity } from '../opportunities/search.js';
import { paging } from '../search/paging.js';
import { isUuid } from '../search/uuid.js';

/** Per kind: its table, the report column pointing at it, and what "reportable" means. */
const listings: Record<PostingKind, { table: string; column: string; visible: string }> = {
  opportunity: { table: 'opportunities', column: 'opportunity_id', visible: visibleOpportunity },
  offer: { table: 'offers', column: 'offer_id', visible: visibleOffer },
};

/** Files a report about a published listing; 404 for anything not (or no longer) public. */
export async function createReport(db: Queryable, kind: PostingKind, listingId: string, input: ReportInput): Promise<PostingAccepted> {
  const { table, column, visible } = listings[kind];
  const id = randomUUID();
  const { rowCount } = isUuid(listingId)
    ? await db.query(
        `INSERT INTO reports (id, ${column}, reason, email)
         SELECT $1, o.id, $3, $4 FROM ${table} o WHERE o.id = $2 AND ${visible}`,
        [id, listingId, input.reason, input.email ?? null],
      )
    : { rowCount: 0 };
  if (!rowCount) throw notFound(`No published ${kind} has the id ${listingId}.`);
  return { id, status: 'pending' };
}

interface ReportRow {
  id: string;
  kind: PostingKind;
  listing_id: string;
  listing_title: string;
  listing_status: Status;
  reason: string;
  email: string | null;
  status: ReportStatus;
  note: string | null;
  created_at: string;
  resolved_at: string | null;
}

const reportSelect = `SELECT r.id, CASE WHEN r.opportunity_id IS NULL THEN 'offer' ELSE 'opportunity' END AS kind,
    coalesce(r.opportunity_id, r.offer_id) AS listing_id, coalesce(p.title, f.title) AS listing_title,
    coalesce(p.status, f.status) AS listing_status, r.reason, r.email, r.status, r.note, r.created_at, r.resolved_at
  FROM reports r LEFT JOIN opportunities p ON p.id = r.opportunity_id LEFT JOIN offers f ON f.id = r.offer_id`;

/** Reports oldest first; open ones unless the query names another status. */
export async function listReports(db: Queryable, query: ReportQuery = {}, agencyId: string | null = null): Promise<ReportList> {
  const { pageSize, offset } = paging(query.page, query.pageSize);
  const { rows } = await db.query<{ total: number; items: ReportRow[] | null }>(
    `WITH chosen AS (
       ${reportSelect}
       WHERE r.status = $1 AND ($2::text IS NULL OR (r.opportunity_id IS NULL) = ($2 = 'offer'))
         -- An agency's API token sees reports about its agency's listings only.
         AND ($5::uuid IS NULL OR coalesce(r.opportunity_id, r.offer_id) IN (SELECT id FROM console_items WHERE agency_id = $5))
     ), page AS (
       SELECT * FROM chosen ORDER BY created_at, id LIMIT $3 OFFSET $4
     )
     SELECT (SELECT count(*) FROM chosen)::int AS total, (SELECT json_agg(page ORDER BY created_at, id) FROM page) AS items`,
    [query.status ?? 'open', query.kind ?? null, pageSize, offset, agencyId],
  );
  const row = rows[0];
  return { total: row?.total ?? 0, items: (row?.items ?? []).map(toReport) };
}

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    kind: row.kind,
    listingId: row.listing_id,
    listingTitle: row.listing_title,
    listingStatus: row.listing_status,
    reason: row.reason,
    ...(row.email === null ? {} : { email: row.email }),
    status: row.status,
    createdAt: isoTimestamp(row.created_at),
    ...(row.resolved_at === null ? {} : { resolvedAt: isoTimestamp(row.resolved_at) }),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/**
 * Dismisses one open report, or takes its listing down (status `rejected` with the note as the
 * reason, queued for its author) and closes every open report about it. Run it in a transaction: the report row is
 * locked first, so two moderators resolving at once get one success and one 409.
 */
export async function resolveReport(db: Queryable, id: string, input: ReportResolutionInput): Promise<ReportResolution> {
  const note = input.note?.trim();
  if (input.action === 'unpublish' && (note === undefined || note.length < 3)) {
    throw invalidField('/note', 'is required to unpublish: it is the reason sent to the author');
  }
  const found = isUuid(id)
    ? (await db.query<{ status: ReportStatus; opportunity_id: string | null; offer_id: string | null }>(
        'SELECT status, opportunity_id, offer_id FROM reports WHERE id = $1 FOR UPDATE',
        [id],
      )).rows[0]
    : undefined;
  if (!found) throw notFound(`No report has the id ${id}.`);
  if (found.status !== 'open') throw conflict(`This report was already resolved: it is ${found.status}.`);
  const kind: PostingKind = found.opportunity_id === null ? 'offer' : 'opportunity';
  const { table, column } = listings[kind];
  const listingId = (found.opportunity_id ?? found.offer_id) as string;

  if (input.action === 'dismiss') {
    await db.query(`UPDATE reports SET status = 'dismissed', note = $2, resolved_at = now() WHERE id = $1`, [id, note ?? null]);
    const listing = await db.query<{ status: Status }>(`SELECT status FROM ${table} WHERE id = $1`, [listingId]);
    return { id, status: 'dismissed', kind, listingId, listingStatus: listing.rows[0]?.status ?? 'rejected' };
  }
  const taken = await db.query(
    `UPDATE ${table} SET status = 'rejected', rejection_reason = $2, decided_at = now(), updated_at = now()
     WHERE id = $1 AND status = 'published'`,
    [listingId, note],
  );
  await db.query(
    `UPDATE reports SET status = 'unpublished', note = $2, resolved_at = now() WHERE ${column} = $1 AND status = 'open'`,
    [listingId, note],
  );
  if (taken.rowCount === 1) await notifyAuthor(db, kind, listingId, 'unpublished', note);
  const listing = await db.query<{ status: Status }>(`SELECT status FROM ${table} WHERE id = $1`, [listingId]);
  return { id, status: 'unpublished', kind, listingId, listingStatus: listing.rows[0]?.status ?? 'rejected' };
}
