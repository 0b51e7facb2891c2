/**
 * The console's "unanswered" list: listings (opportunities and volunteers' offers) flagged because
 * the senders of contact requests repeatedly reported no reply (see follow-up/rules.ts), scoped
 * like the queue.
 */
import type { Region, UnansweredList, UnansweredQuery } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { notFound } from '../errors.js';
import { followUpRules } from '../follow-up/rules.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { paging } from '../search/paging.js';
import { isUuid } from '../search/uuid.js';
import { actorOf, audit } from './audit.js';
import { agencyScope, forbidden, holderKey, requireQueueRole, type Principal } from './principal.js';

function scopedAgency(principal: Principal, agencyId: string | undefined): string | null {
  const own = agencyScope(principal);
  if (own !== null && agencyId !== undefined && agencyId !== own) throw forbidden('You see your own agency only.');
  return own ?? agencyId ?? null;
}

// Opportunities and volunteers' offers (migration 121), one list.
const flaggedFrom = `
  FROM unanswered_flags f
  JOIN console_items i ON (i.kind = 'opportunity' AND i.id = f.opportunity_id) OR (i.kind = 'offer' AND i.id = f.offer_id)`;
const flaggedWhere = `WHERE f.resolved_at IS NULL AND ($1::uuid IS NULL OR i.agency_id = $1) AND ($2::text[] IS NULL OR i.region = ANY($2))`;

interface Row {
  kind: 'opportunity' | 'offer';
  id: string;
  title: string;
  region: Region;
  status: string;
  organisation: string;
  flagged_at: Date;
  notified_at: Date | null;
  requests: number;
  no_reply: number;
  answered: number;
  placed: number;
}

export async function listUnanswered(db: Queryable, principal: Principal, query: UnansweredQuery, now: Date): Promise<UnansweredList> {
  const agency = scopedAgency(principal, query.agencyId);
  const regions = query.region && query.region.length > 0 ? query.region : null;
  const { pageSize, offset } = paging(query.page, query.pageSize);
  const total = (await db.query<{ total: number }>(`SELECT count(*)::int AS total ${flaggedFrom} ${flaggedWhere}`, [agency, regions])).rows[0]!.total;
  const { rows } = await db.query<Row>(
    `SELECT i.kind, i.id, i.title, i.region, i.status, coalesce(g.name, i.author_name) AS organisation, f.flagged_at,
       f.organisation_notified_at AS notified_at, c.*
     ${flaggedFrom}
     LEFT JOIN opportunities o ON o.id = f.opportunity_id LEFT JOIN organisations g ON g.id = o.organisation_id
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS requests,
         count(*) FILTER (WHERE n.state = 'no-answer')::int AS no_reply,
         count(*) FILTER (WHERE n.state = 'answered')::int AS answered,
         count(*) FILTER (WHERE n.state = 'placed')::int AS placed
       FROM (
         SELECT state, created_at FROM interests WHERE opportunity_id = f.opportunity_id
         UNION ALL
         SELECT state, created_at FROM offer_contacts WHERE offer_id = f.offer_id
       ) n WHERE n.created_at > $3::timestamptz - $4::int * interval '1 day'
     ) c
     ${flaggedWhere}
     ORDER BY f.flagged_at DESC, i.id LIMIT $5 OFFSET $6`,
    [agency, regions, now, followUpRules.flagWindowDays, pageSize, offset],
  );
  return {
    total,
    items: rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      title: row.title,
      region: row.region,
      status: row.status,
      organisation: row.organisation,
      flaggedAt: isoTimestamp(row.flagged_at),
      noReply: row.no_reply,
      requests: row.requests,
      answered: row.answered,
      placed: row.placed,
      organisationNotifiedAt: row.notified_at === null ? null : isoTimestamp(row.notified_at),
    })),
  };
}

/** Closes the listing's open flag; 404 when there is none in the principal's scope. */
export async function resolveUnanswered(db: Queryable, principal: Principal, listingId: string, now: Date): Promise<void> {
  requireQueueRole(principal, true);
  const { rows } = isUuid(listingId)
    ? await db.query<{ kind: 'opportunity' | 'offer'; agency_id: string | null }>(
        `UPDATE unanswered_flags f SET resolved_at = $3, resolved_by = $4
         FROM console_items i
         WHERE ((i.kind = 'opportunity' AND i.id = f.opportunity_id) OR (i.kind = 'offer' AND i.id = f.offer_id))
           AND i.id = $2 AND f.resolved_at IS NULL
           AND ($1::uuid IS NULL OR i.agency_id = $1)
         RETURNING i.kind, i.agency_id`,
        [agencyScope(principal), listingId, now, holderKey(principal)],
      )
    : { rows: [] };
  if (rows.length === 0) throw notFound(`No listing with the id ${listingId} is flagged unanswered in your scope.`);
  await audit(db, actorOf(principal), { action: 'unanswered-resolve', itemKind: rows[0]!.kind, itemId: listingId, subjectAgencyId: rows[0]!.agency_id });
}
