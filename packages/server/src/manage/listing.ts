/**
 * A listing as its author sees it through the manage link: its state in the lifecycle, what
 * can be done now, the posting for the edit form, and how many contacted it (a count only).
 */
import type { ManageActionName, ManagedListing, ManageState, OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { serviceDate } from '../search/service-day.js';
import type { ListingRef } from './links.js';

/** Days before the end date from which a listing is `expiring` (and the first reminder goes). */
export const expiringDays = 7;
/** Days after the end date in which `renew` brings an expired listing back; then it is archived. */
export const renewDays = 30;
/** Days the author has to answer "still current?" before the listing leaves the search. */
export const confirmDays = 14;

export interface LifecycleRow {
  kind: ListingRef['kind'];
  id: string;
  title: string;
  status: string;
  expires_at: string | null;
  rejection_reason: string | null;
  submission: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  contact_count: number;
  /** When the open "still current?" question was asked, if one is open. */
  asked_at: Date | null;
  /** `filled` for a while: the day it is published again. */
  filled_until: string | null;
  /** `filled` and still found by search, flagged filled, through this day. */
  filled_shown_until: string | null;
}

const selects = {
  opportunity: `SELECT 'opportunity' AS kind, o.id, o.title, o.status, o.expires_at::text AS expires_at, o.filled_until::text AS filled_until, o.filled_shown_until::text AS filled_shown_until, o.rejection_reason,
      o.submission, o.created_at, o.updated_at,
      (SELECT count(*) FROM interests i WHERE i.opportunity_id = o.id)::int AS contact_count,
      (SELECT max(n.created_at) FROM lifecycle_notices n WHERE n.kind = 'opportunity' AND n.listing_id = o.id
        AND n.notice = 'still-current' AND n.created_at > coalesce(o.confirmed_at, o.decided_at, o.created_at)) AS asked_at
    FROM opportunities o WHERE o.id = $1`,
  offer: `SELECT 'offer' AS kind, o.id, o.title, o.status, NULL AS expires_at, o.filled_until::text AS filled_until, o.filled_shown_until::text AS filled_shown_until, o.rejection_reason,
      o.submission, o.created_at, o.updated_at,
      (SELECT count(*) FROM offer_contacts c WHERE c.offer_id = o.id)::int AS contact_count,
      (SELECT max(n.created_at) FROM lifecycle_notices n WHERE n.kind = 'offer' AND n.listing_id = o.id
        AND n.notice = 'still-current' AND n.created_at > coalesce(o.confirmed_at, o.decided_at, o.created_at)) AS asked_at
    FROM offers o WHERE o.id = $1`,
} as const;

/** The listing's row, locked for a change when `lock`. */
export async function lifecycleRow(db: Queryable, listing: ListingRef, lock = false): Promise<LifecycleRow | undefined> {
  const { rows } = await db.query<LifecycleRow>(lock ? `${selects[listing.kind]} FOR UPDATE OF o` : selects[listing.kind], [listing.id]);
  return rows[0];
}

/** `2026-03-14` plus days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function stateOf(row: Pick<LifecycleRow, 'status' | 'expires_at'>, now: Date): ManageState {
  if (row.status === 'published' && row.expires_at !== null && row.expires_at <= addDays(serviceDate(now), expiringDays)) return 'expiring';
  return row.status as ManageState;
}

/** What `POST /v1/manage/actions` accepts in this state. */
export function actionsOf(row: Pick<LifecycleRow, 'kind' | 'status' | 'expires_at'>, now: Date): ManageActionName[] {
  const opportunity = row.kind === 'opportunity';
  switch (row.status) {
    case 'published':
      return [...(opportunity ? (['extend'] as const) : []), 'pause', 'fill', 'withdraw', 'confirm'];
    case 'paused':
      return ['resume', 'fill', 'withdraw'];
    case 'filled':
      return ['resume', 'withdraw'];
    case 'unconfirmed':
      return ['confirm', 'pause', 'fill', 'withdraw'];
    case 'expired':
      return opportunity && row.expires_at !== null && serviceDate(now) <= addDays(row.expires_at, renewDays) ? ['renew', 'withdraw'] : ['withdraw'];
    case 'pending':
    case 'changes-requested':
    case 'hidden':
      return ['withdraw'];
    default:
      return [];
  }
}

export function isEditable(status: string): boolean {
  return !['withdrawn', 'archived', 'rejected'].includes(status);
}

export function toManagedListing(row: LifecycleRow, now: Date): ManagedListing {
  const listing: ManagedListing = {
    kind: row.kind,
    id: row.id,
    title: row.title,
    state: stateOf(row, now),
    actions: actionsOf(row, now),
    editable: isEditable(row.status),
    contactCount: row.contact_count,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
  };
  if (row.expires_at !== null) listing.expiresAt = row.expires_at;
  if (row.status === 'expired' && row.expires_at !== null) listing.renewableUntil = addDays(row.expires_at, renewDays);
  if (row.status === 'filled' && row.filled_until !== null) listing.filledUntil = row.filled_until;
  if (row.status === 'filled' && row.filled_shown_until !== null && row.filled_shown_until >= serviceDate(now)) listing.showFilledUntil = row.filled_shown_until;
  if (row.asked_at !== null && row.status === 'published') listing.confirmBy = addDays(serviceDate(row.asked_at), confirmDays);
  if (row.rejection_reason !== null && ['rejected', 'changes-requested', 'hidden'].includes(row.status)) listing.reviewReason = row.rejection_reason;
  if (row.submission !== null) {
    if (row.kind === 'opportunity') listing.opportunity = row.submission as unknown as OpportunityInput;
    else listing.offer = row.submission as unknown as OfferInput;
  }
  return listing;
}
