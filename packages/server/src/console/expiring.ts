/**
 * The console's "expiring" tab: published opportunities whose end date is near, and the two
 * things staff do about them: extend the end date (after a phone call, say), or send the author
 * the "still current?" question now instead of waiting for the scheduler. Scoped like the queue
 * (view `console_items`): another agency's listing is not found.
 */
import type { ExpiringItem, ExpiringList, ExpiringQuery, ExtendInput, Region } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict } from '../errors.js';
import { enqueue } from '../mail/outbox.js';
import { applyAction } from '../manage/actions.js';
import { issueLink } from '../manage/links.js';
import { addDays, confirmDays } from '../manage/listing.js';
import { languageOf, stillCurrentQuestion } from '../manage/messages.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { paging } from '../search/paging.js';
import { serviceDate } from '../search/service-day.js';
import { actorOf, audit } from './audit.js';
import { agencyScope, forbidden, requireQueueRole, type Principal } from './principal.js';
import { scopedItem } from './queue.js';

/** Days ahead the tab looks when the caller names none. */
export const defaultExpiringDays = 14;

/** The moment the listing's current "still current?" period began (as the scheduler counts it). */
const periodStart = 'coalesce(o.confirmed_at, o.decided_at, o.created_at)';

const itemColumns = `i.id, i.title, i.region, g.name AS organisation, o.expires_at::text AS expires_at,
  (o.expires_at - $2::date)::int AS days_left,
  nullif(o.contact->>'email', '') IS NOT NULL AS reachable,
  (SELECT count(*) FROM lifecycle_notices n WHERE n.kind = 'opportunity' AND n.listing_id = o.id
     AND n.notice IN ('expiry-7', 'expiry-3') AND n.cycle = o.expires_at)::int AS reminders,
  (SELECT max(n.created_at) FROM lifecycle_notices n WHERE n.kind = 'opportunity' AND n.listing_id = o.id
     AND n.notice = 'still-current' AND n.created_at > ${periodStart}) AS asked_at`;
const itemFrom = `FROM console_items i JOIN opportunities o ON o.id = i.id JOIN organisations g ON g.id = o.organisation_id`;

interface Row {
  id: string;
  title: string;
  region: Region;
  organisation: string;
  expires_at: string;
  days_left: number;
  reachable: boolean;
  reminders: number;
  asked_at: Date | null;
}

function toItem(row: Row): ExpiringItem {
  return {
    kind: 'opportunity',
    id: row.id,
    title: row.title,
    region: row.region,
    organisation: row.organisation,
    expiresAt: row.expires_at,
    daysLeft: row.days_left,
    remindersSent: row.reminders,
    askedAt: row.asked_at === null ? null : isoTimestamp(row.asked_at),
    confirmBy: row.asked_at === null ? null : addDays(serviceDate(row.asked_at), confirmDays),
    authorReachable: row.reachable,
  };
}

function scopedAgency(principal: Principal, agencyId: string | undefined): string | null {
  const own = agencyScope(principal);
  if (own !== null && agencyId !== undefined && agencyId !== own) throw forbidden('You see your own agency only.');
  return own ?? agencyId ?? null;
}

export async function listExpiring(db: Queryable, principal: Principal, query: ExpiringQuery, now: Date): Promise<ExpiringList> {
  const agency = scopedAgency(principal, query.agencyId);
  const regions = query.region && query.region.length > 0 ? query.region : null;
  const days = query.days ?? defaultExpiringDays;
  const { pageSize, offset } = paging(query.page, query.pageSize);
  const where = `WHERE i.kind = 'opportunity' AND o.status = 'published' AND o.expires_at >= $2::date AND o.expires_at <= $2::date + $3::int
    AND ($1::uuid IS NULL OR i.agency_id = $1) AND ($4::text[] IS NULL OR i.region = ANY($4))`;
  const parameters = [agency, serviceDate(now), days, regions];
  const total = (await db.query<{ total: number }>(`SELECT count(*)::int AS total ${itemFrom} ${where}`, parameters)).rows[0]!.total;
  const { rows } = await db.query<Row>(`SELECT ${itemColumns} ${itemFrom} ${where} ORDER BY o.expires_at, i.title, i.id LIMIT $5 OFFSET $6`, [
    ...parameters,
    pageSize,
    offset,
  ]);
  return { total, days, items: rows.map(toItem) };
}

/** One opportunity in scope, as the tab shows it (any status: after a change it may have left the list). */
async function expiringItem(db: Queryable, id: string, now: Date): Promise<ExpiringItem> {
  const { rows } = await db.query<Row>(`SELECT ${itemColumns} ${itemFrom} WHERE i.kind = 'opportunity' AND i.id = $1`, [id, serviceDate(now)]);
  return toItem(rows[0]!);
}

/** Staff extend the end date under the author's rules (see manage/actions.ts). */
export async function extendExpiring(db: Queryable, principal: Principal, id: string, input: ExtendInput, now: Date): Promise<ExpiringItem> {
  requireQueueRole(principal, true);
  await scopedItem(db, principal, 'opportunity', id, true);
  await applyAction(db, { kind: 'opportunity', id }, { action: 'extend', ...(input.expiresAt === undefined ? {} : { expiresAt: input.expiresAt }) }, now, {
    actor: actorOf(principal),
    action: 'lifecycle-extend',
  });
  return expiringItem(db, id, now);
}

interface AskRow {
  status: string;
  title: string;
  name: string | null;
  email: string | null;
  author_language: string | null;
  asked: boolean;
  cycle: string;
  agency_id: string | null;
}

/**
 * The "still current?" question, now. It is the scheduler's notice of this period (same key), so
 * the scheduler does not ask again, the author's `confirm` answers it, and without an answer the
 * listing leaves the search after 14 days just as when the scheduler asked.
 */
export async function askStillCurrent(db: Queryable, principal: Principal, id: string, now: Date, origin: string): Promise<ExpiringItem> {
  requireQueueRole(principal, true);
  const item = await scopedItem(db, principal, 'opportunity', id, true);
  const row = (
    await db.query<AskRow>(
      `SELECT o.status, o.title, o.contact->>'name' AS name, nullif(o.contact->>'email', '') AS email, o.author_language,
         (${periodStart} AT TIME ZONE 'Europe/Berlin')::date::text AS cycle,
         EXISTS (SELECT 1 FROM lifecycle_notices n WHERE n.kind = 'opportunity' AND n.listing_id = o.id
           AND n.notice = 'still-current' AND n.created_at > ${periodStart}) AS asked
       FROM opportunities o WHERE o.id = $1`,
      [id],
    )
  ).rows[0]!;
  if (row.status !== 'published') throw conflict(`Only a published listing can be asked; this one is ${row.status}.`);
  if (row.asked) throw conflict('The author has already been asked in this period; the answer is still open.');
  if (row.email === null) throw conflict('The listing has no e-mail address to ask.');
  // A row of this key can only be from before the period began (a confirmation the same day): it is this period's now.
  await db.query(
    `INSERT INTO lifecycle_notices (kind, listing_id, notice, cycle, created_at) VALUES ('opportunity', $1, 'still-current', $2::date, $3)
     ON CONFLICT (kind, listing_id, notice, cycle) DO UPDATE SET created_at = EXCLUDED.created_at`,
    [id, row.cycle, now],
  );
  const token = await issueLink(db, { kind: 'opportunity', id }, now);
  const to = { kind: 'opportunity' as const, title: row.title, name: row.name, email: row.email, language: languageOf(row.author_language) };
  await enqueue(db, stillCurrentQuestion(to, { origin, token }, addDays(serviceDate(now), confirmDays)));
  await audit(db, actorOf(principal), { action: 'lifecycle-ask', itemKind: 'opportunity', itemId: id, subjectAgencyId: item.agency_id });
  return expiringItem(db, id, now);
}
