/**
 * What an author does through the manage link. Each runs in the caller's transaction on the
 * locked row; status and end date live in the listing's own row, so the search triggers of
 * migration 070 record the change and every search (cache, in-memory index) sees it at once.
 */
import type { ManageActionInput, ManagedListing, OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, invalidField, ProblemError } from '../errors.js';
import { offerColumnValues } from '../offers/repository.js';
import { opportunityColumns } from '../opportunities/repository.js';
import { serviceDate } from '../search/service-day.js';
import { audit, type Actor } from '../console/audit.js';
import { itemAgency } from '../console/queue.js';
import { invalidLink, type ListingRef } from './links.js';
import { actionsOf, addDays, isEditable, lifecycleRow, renewDays, toManagedListing, type LifecycleRow } from './listing.js';

/** Days an `extend` or `renew` without a date adds. */
export const defaultExtendDays = 30;
/** Furthest ahead an end date may be set. */
export const maximumExtendDays = 365;
/** Furthest ahead a filled listing may stay in the search, shown as filled. */
export const maximumShowFilledDays = 30;

const tables = { opportunity: 'opportunities', offer: 'offers' } as const;

/** Parts of a posting an author may change without a new review (dates and how to reach them). */
const reviewFree = { opportunity: ['schedule', 'expiresAt', 'contact'], offer: ['availability', 'email'] } as const;

async function lockedRow(db: Queryable, listing: ListingRef): Promise<LifecycleRow> {
  const row = await lifecycleRow(db, listing, true);
  // The link outlived its listing (deleted by retention): as good as a wrong link.
  if (!row) throw invalidLink();
  return row;
}

export async function readListing(db: Queryable, listing: ListingRef, now: Date): Promise<ManagedListing> {
  return toManagedListing(await lockedRow(db, listing), now);
}

function notPossible(action: string, row: LifecycleRow, now: Date): ProblemError {
  const allowed = actionsOf(row, now);
  return new ProblemError(
    409,
    'action-not-possible',
    'Not possible now',
    `“${action}” is not possible while the listing is ${row.status}${allowed.length > 0 ? `; possible now: ${allowed.join(', ')}` : ''}.`,
  );
}

/** The new end date of an extend or renew: given, or the default; checked against today. */
function newEndDate(input: ManageActionInput, from: string, today: string): string {
  const date = input.expiresAt ?? addDays(from, defaultExtendDays);
  if (date <= from || date < today) throw invalidField('/expiresAt', `must be after ${from < today ? today : from}`);
  if (date > addDays(today, maximumExtendDays)) throw invalidField('/expiresAt', `must be at most ${maximumExtendDays} days ahead`);
  return date;
}

/** Who acts, for the audit log: the author through the link, or staff from the console. */
export interface ActingAs {
  actor: Actor;
  action: 'author-change' | 'lifecycle-extend';
}

/** The day a listing filled for a while comes back: after today, within a year. */
function filledUntilDate(date: string, today: string): string {
  if (date <= today) throw invalidField('/filledUntil', `must be after ${today}`);
  if (date > addDays(today, maximumExtendDays)) throw invalidField('/filledUntil', `must be at most ${maximumExtendDays} days ahead`);
  return date;
}

/**
 * The last day a filled listing stays found, shown as filled: after today, within 30 days, and
 * before the day a "filled until" publishes it again (from then it is an open listing anyway).
 */
function showFilledDate(date: string, today: string, filledUntil: string | null): string {
  if (date <= today) throw invalidField('/showFilledUntil', `must be after ${today}`);
  if (date > addDays(today, maximumShowFilledDays)) throw invalidField('/showFilledUntil', `must be at most ${maximumShowFilledDays} days ahead`);
  if (filledUntil !== null && date >= filledUntil) throw invalidField('/showFilledUntil', `must be before filledUntil (${filledUntil})`);
  return date;
}

export async function applyAction(
  db: Queryable,
  listing: ListingRef,
  input: ManageActionInput,
  now: Date,
  by: ActingAs = { actor: authorActor, action: 'author-change' },
): Promise<ManagedListing> {
  const row = await lockedRow(db, listing);
  if (!actionsOf(row, now).includes(input.action)) throw notPossible(input.action, row, now);
  const today = serviceDate(now);
  const table = tables[listing.kind];
  const before = row.status;
  let status = row.status;
  let expiresAt = row.expires_at;
  const filledUntil = input.action === 'fill' && input.filledUntil !== undefined ? filledUntilDate(input.filledUntil, today) : null;
  if (input.action !== 'fill' && input.filledUntil !== undefined) throw invalidField('/filledUntil', 'only goes with the action fill');
  if (input.action !== 'fill' && input.showFilledUntil !== undefined) throw invalidField('/showFilledUntil', 'only goes with the action fill');
  const showFilledUntil = input.action === 'fill' && input.showFilledUntil !== undefined ? showFilledDate(input.showFilledUntil, today, filledUntil) : null;
  switch (input.action) {
    case 'extend':
      expiresAt = newEndDate(input, row.expires_at ?? today, today);
      break;
    case 'renew':
      if (input.expiresAt === undefined) expiresAt = addDays(today, renewDays);
      else expiresAt = newEndDate(input, today, today);
      status = 'published';
      break;
    case 'pause':
      status = 'paused';
      break;
    case 'resume':
    case 'confirm':
      status = 'published';
      break;
    case 'fill':
      status = 'filled';
      break;
    case 'withdraw':
      status = 'withdrawn';
      break;
  }
  await db.query(
    `UPDATE ${table} SET status = $2, updated_at = $3, lifecycle_at = $3, filled_until = $5::date,
       filled_shown_until = $${listing.kind === 'opportunity' ? 7 : 6}::date, confirmed_at = CASE WHEN $4 THEN $3 ELSE confirmed_at END
       ${listing.kind === 'opportunity' ? `, expires_at = $6::date,
       submission = CASE WHEN submission IS NULL OR $6::date IS NULL THEN submission ELSE jsonb_set(submission, '{expiresAt}', to_jsonb($6::text)) END` : ''}
     WHERE id = $1`,
    [
      listing.id,
      status,
      now,
      input.action === 'confirm' || input.action === 'resume' || input.action === 'renew',
      // Any other action ends a "filled until": resumed, withdrawn, or filled for good.
      filledUntil,
      ...(listing.kind === 'opportunity' ? [expiresAt] : []),
      // Likewise "shown as filled": only the fill that asks for it sets it.
      showFilledUntil,
    ],
  );
  await audit(db, by.actor, {
    action: by.action,
    itemKind: listing.kind,
    itemId: listing.id,
    subjectAgencyId: await itemAgency(db, listing.kind, listing.id),
    change: { action: input.action, status: { before, after: status }, ...(filledUntil === null ? {} : { filledUntil }), ...(showFilledUntil === null ? {} : { showFilledUntil }), ...(expiresAt !== row.expires_at ? { expiresAt: { before: row.expires_at, after: expiresAt } } : {}) },
  });
  return readListing(db, listing, now);
}

/** The author, in the audit log: no account, no address kept. */
const authorActor: Actor = { accountId: null, email: null, role: 'author', agencyId: null, address: null };

/** Sorted keys, undefined dropped: two postings compare equal when they mean the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function withoutReviewFree(kind: ListingRef['kind'], posting: Record<string, unknown> | null): string | undefined {
  if (posting === null) return undefined;
  const skipped = new Set<string>(reviewFree[kind]);
  return canonical(Object.fromEntries(Object.entries(posting).filter(([key]) => !skipped.has(key))));
}

/**
 * Replaces the posting. Checked exactly like a new one; anything beyond dates and contact
 * changed sends a listing that was visible back to review.
 */
export async function editListing(db: Queryable, listing: ListingRef, input: OpportunityInput | OfferInput, now: Date): Promise<ManagedListing> {
  const row = await lockedRow(db, listing);
  if (!isEditable(row.status)) throw conflict(`A ${row.status} listing can no longer be edited.`);
  const columns = listing.kind === 'opportunity' ? await opportunityColumns(db, input as OpportunityInput, now) : offerColumnValues(input as OfferInput);
  const needsReview = withoutReviewFree(listing.kind, row.submission) !== withoutReviewFree(listing.kind, { ...input });
  const status = needsReview && row.status !== 'pending' ? 'pending' : row.status;
  const names = Object.keys(columns);
  await db.query(
    `UPDATE ${tables[listing.kind]} SET status = $2, updated_at = $3, ${names.map((name, i) => `${name} = $${i + 4}`).join(', ')} WHERE id = $1`,
    [listing.id, status, now, ...Object.values(columns)],
  );
  await audit(db, authorActor, {
    action: 'author-change',
    itemKind: listing.kind,
    itemId: listing.id,
    subjectAgencyId: await itemAgency(db, listing.kind, listing.id),
    change: { action: 'edit', status: { before: row.status, after: status }, review: needsReview },
  });
  return readListing(db, listing, now);
}
