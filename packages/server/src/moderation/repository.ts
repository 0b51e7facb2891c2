import type { ModerationResult, PendingList, PostingKind, Status } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, invalidField, notFound } from '../errors.js';
import { notifyAuthor, type MailLinkOptions } from '../mail/decisions.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { paging } from '../search/paging.js';
import { isUuid } from '../search/uuid.js';

/** Shortest rejection reason: the author should learn why (the contract's minimum). */
export const minimumReasonLength = 3;

const tables: Record<PostingKind, string> = { opportunity: 'opportunities', offer: 'offers' };

interface PendingRow {
  total: number;
  items: Array<{ kind: PostingKind; id: string; title: string; created_at: string; submission: Record<string, unknown> | null }> | null;
}

/** Postings awaiting review, oldest first, each with everything its author submitted. */
export async function listPending(
  db: Queryable,
  options: { kind?: PostingKind | undefined; page?: number | undefined; pageSize?: number | undefined; agencyId?: string | null | undefined },
): Promise<PendingList> {
  const { pageSize, offset } = paging(options.page, options.pageSize);
  const { rows } = await db.query<PendingRow>(
    `WITH pending AS (
       SELECT 'opportunity' AS kind, id, title, created_at, submission FROM opportunities WHERE status = 'pending'
       UNION ALL
       SELECT 'offer', id, title, created_at, submission FROM offers WHERE status = 'pending'
     ), chosen AS (
       SELECT * FROM pending WHERE ($1::text IS NULL OR kind = $1)
         -- An agency's API token sees its agency's queue only (view console_items, migration 080).
         AND ($4::uuid IS NULL OR (kind, id) IN (SELECT kind, id FROM console_items WHERE agency_id = $4))
     ), page AS (
       SELECT * FROM chosen ORDER BY created_at, id LIMIT $2 OFFSET $3
     )
     SELECT (SELECT count(*) FROM chosen)::int AS total,
       (SELECT json_agg(page ORDER BY created_at, id) FROM page) AS items`,
    [options.kind ?? null, pageSize, offset, options.agencyId ?? null],
  );
  const row = rows[0];
  return {
    total: row?.total ?? 0,
    items: (row?.items ?? []).map((item) => ({
      kind: item.kind,
      id: item.id,
      title: item.title,
      createdAt: isoTimestamp(item.created_at),
      // The contract's `posting` is a plain `type: object`, which openapi-typescript renders as
      // Record<string, never>; any JSON object is meant.
      ...(item.submission === null ? {} : { posting: item.submission as Record<string, never> }),
    })),
  };
}

/**
 * Publishes a pending posting and queues the news for its author (run it in a transaction): from now on search finds it, by its typos too (its words join
 * the spelling list), and a new organisation behind it becomes public. One statement, so it is
 * all or nothing even outside a transaction. 404 for an unknown id, 409 when already decided.
 */
export async function approvePosting(db: Queryable, kind: PostingKind, id: string, links: MailLinkOptions = {}): Promise<ModerationResult> {
  const statements: Record<PostingKind, string> = {
    opportunity: `WITH decided AS (
        UPDATE opportunities SET status = 'published', decided_at = now(), updated_at = now(), confirmed_at = now()
        WHERE id = $1 AND status = 'pending' RETURNING id, organisation_id
      ), organisation AS (
        UPDATE organisations SET published_at = now()
        WHERE id IN (SELECT organisation_id FROM decided) AND published_at IS NULL
      ), words AS (
        SELECT add_opportunity_words(id) FROM decided
      )
      SELECT (SELECT count(*) FROM words)::int AS decided, (SELECT status FROM opportunities WHERE id = $1) AS status`,
    offer: `WITH decided AS (
        UPDATE offers SET status = 'published', decided_at = now(), updated_at = now(), confirmed_at = now()
        WHERE id = $1 AND status = 'pending' RETURNING id
      ), words AS (
        SELECT add_offer_words(id) FROM decided
      )
      SELECT (SELECT count(*) FROM words)::int AS decided, (SELECT status FROM offers WHERE id = $1) AS status`,
  };
  const result = await decide(db, kind, id, statements[kind], [id], 'published');
  await notifyAuthor(db, kind, id, 'published', null, links);
  return result;
}

/**
 * Rejects a pending posting; it never becomes visible. The reason is stored and queued for the
 * author (run it in a transaction).
 */
export async function rejectPosting(db: Queryable, kind: PostingKind, id: string, reason: string): Promise<ModerationResult> {
  if (reason.trim().length < minimumReasonLength) {
    throw invalidField('/reason', `must have at least ${minimumReasonLength} characters`);
  }
  const statement = `WITH decided AS (
      UPDATE ${tables[kind]} SET status = 'rejected', decided_at = now(), updated_at = now(), rejection_reason = $2
      WHERE id = $1 AND status = 'pending' RETURNING id
    )
    SELECT (SELECT count(*) FROM decided)::int AS decided, (SELECT status FROM ${tables[kind]} WHERE id = $1) AS status`;
  const result = await decide(db, kind, id, statement, [id, reason], 'rejected');
  await notifyAuthor(db, kind, id, 'rejected', reason);
  return result;
}

/** Runs a decision; the statement reports how many rows it decided and the status before. */
async function decide(
  db: Queryable,
  kind: PostingKind,
  id: string,
  statement: string,
  values: unknown[],
  outcome: Status,
): Promise<ModerationResult> {
  const found = isUuid(id) ? (await db.query<{ decided: number; status: Status | null }>(statement, values)).rows[0] : undefined;
  if (found?.decided) return { kind, id, status: outcome };
  if (!found?.status) throw notFound(`No ${kind} has the id ${id}.`);
  throw conflict(`This ${kind} was already decided: it is ${found.status}.`);
}
