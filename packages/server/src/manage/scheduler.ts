/**
 * The listing lifecycle, run from the database: reminders 7 and 3 days before the end date,
 * expiry (30 days to renew, then archived), and "still current?" for listings without an end
 * date (every `confirm_interval_days` of the region's agency, 90 by default; unanswered after
 * 14 days the listing leaves the search and the agency is told), and listings filled until a day
 * published again on that day.
 *
 * Exactly once across instances: each notice is a row in `lifecycle_notices` whose key is what
 * it is about, inserted with ON CONFLICT DO NOTHING in the transaction that queues its mail, so
 * a second instance (or a second run) finds it there; a crash rolls back both. State changes
 * re-check the state in their UPDATE, so two runners never move a listing twice.
 *
 * Time comes from the caller (`now`), never from the database's clock: tests move it.
 * Only listings posted through the API (they have a `submission`, hence an author) take part.
 */
import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../mail/outbox.js';
import type { Message } from '../mail/messages.js';
import { serviceDate } from '../search/service-day.js';
import { runJobs } from './jobs.js';
import { issueLink } from './links.js';
import { addDays, confirmDays, expiringDays, renewDays } from './listing.js';
import {
  agencyUnconfirmedNotice,
  expiredNotice,
  expiryReminder,
  languageOf,
  stillCurrentQuestion,
  unconfirmedNotice,
  type Links,
  type Recipient,
} from './messages.js';

/** Days between "still current?" questions where the agency set none. */
export const defaultConfirmIntervalDays = 90;
/** The second reminder, days before the end date. */
export const lastReminderDays = 3;

interface Transactional {
  transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T>;
}

export interface LifecycleSummary {
  reminders: number;
  expired: number;
  archived: number;
  asked: number;
  unconfirmed: number;
  jobs: number;
  /** Listings filled for a while, published again. */
  refilled: number;
  /** Filled listings whose days shown as filled ("besetzt") are over: gone from search. */
  unshown: number;
}

const tables = { opportunity: 'opportunities', offer: 'offers' } as const;
const authorColumns = {
  opportunity: `o.title, o.contact->>'name' AS name, o.contact->>'email' AS email, o.author_language, o.region`,
  offer: `o.title, o.display_name AS name, o.email, o.author_language, o.region`,
} as const;
/** The agency whose queue the listing is in (as the view console_items of migration 080 says). */
const agencyJoins = {
  opportunity: `LEFT JOIN agency_regions r ON r.region = o.region AND o.location_type <> 'remote' LEFT JOIN agencies a ON a.id = r.agency_id`,
  offer: 'LEFT JOIN agency_regions r ON r.region = o.region LEFT JOIN agencies a ON a.id = r.agency_id',
} as const;
/** The moment the listing's current "still current?" period began. */
const periodStart = 'coalesce(o.confirmed_at, o.decided_at, o.created_at)';

interface AuthorRow {
  id: string;
  title: string;
  name: string | null;
  email: string | null;
  author_language: string | null;
  region: string;
  cycle: string;
}

/** One pass over everything due at `now`. Each step is its own transaction. */
export async function runLifecycle(db: Transactional, now: Date, origin: string): Promise<LifecycleSummary> {
  const today = serviceDate(now);
  const summary: LifecycleSummary = { reminders: 0, expired: 0, archived: 0, asked: 0, unconfirmed: 0, jobs: 0, refilled: 0, unshown: 0 };

  // First, so one that comes back after its end date expires in this same pass.
  for (const kind of ['opportunity', 'offer'] as const) {
    summary.refilled += await db.transaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE ${tables[kind]} o SET status = 'published', filled_until = NULL, filled_shown_until = NULL, confirmed_at = $1, lifecycle_at = $1, updated_at = $1
         WHERE o.status = 'filled' AND o.filled_until <= $2::date`,
        [now, today],
      );
      return rowCount ?? 0;
    });
  }

  // Shown as filled through a day that has passed: searches stopped finding it at midnight
  // already (search/filled.ts); clearing the day records the search change, so every
  // instance's index and cache drops it, and the author's page stops showing it.
  for (const kind of ['opportunity', 'offer'] as const) {
    summary.unshown += await db.transaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE ${tables[kind]} o SET filled_shown_until = NULL, lifecycle_at = $1, updated_at = $1
         WHERE o.status = 'filled' AND o.filled_shown_until < $2::date`,
        [now, today],
      );
      return rowCount ?? 0;
    });
  }

  // Reminders: the 7-day one only while more than 3 days are left, so a late publication gets one.
  summary.reminders += await notify(db, 'opportunity', 'expiry-7', now, origin,
    `o.status = 'published' AND o.expires_at > $2::date + ${lastReminderDays} AND o.expires_at <= $2::date + ${expiringDays}`, 'o.expires_at',
    (to, links, row) => expiryReminder(to, links, row.cycle, daysUntil(today, row.cycle)));
  summary.reminders += await notify(db, 'opportunity', 'expiry-3', now, origin,
    `o.status = 'published' AND o.expires_at >= $2::date AND o.expires_at <= $2::date + ${lastReminderDays}`, 'o.expires_at',
    (to, links, row) => expiryReminder(to, links, row.cycle, daysUntil(today, row.cycle)));

  summary.expired += await db.transaction(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `UPDATE opportunities o SET status = 'expired', lifecycle_at = $1, updated_at = $1
       WHERE o.status = 'published' AND o.expires_at < $2::date AND o.submission IS NOT NULL RETURNING o.id`,
      [now, today],
    );
    return rows.length;
  });
  await notify(db, 'opportunity', 'expired', now, origin, `o.status = 'expired' AND o.expires_at >= $2::date - ${renewDays}`, 'o.expires_at', (to, links, row) =>
    expiredNotice(to, links, addDays(row.cycle, renewDays)),
  );
  summary.archived += await db.transaction(async (client) => {
    const { rowCount } = await client.query(
      `UPDATE opportunities o SET status = 'archived', lifecycle_at = $1, updated_at = $1
       WHERE o.status = 'expired' AND o.expires_at < $2::date - ${renewDays} AND o.submission IS NOT NULL`,
      [now, today],
    );
    return rowCount ?? 0;
  });

  for (const kind of ['opportunity', 'offer'] as const) {
    const noEndDate = kind === 'opportunity' ? 'AND o.expires_at IS NULL' : '';
    summary.asked += await notify(db, kind, 'still-current', now, origin,
      `o.status = 'published' ${noEndDate} AND ${periodStart} + coalesce(a.confirm_interval_days, ${defaultConfirmIntervalDays}) * interval '1 day' <= $1`,
      `(${periodStart} AT TIME ZONE 'Europe/Berlin')::date`,
      (to, links) => stillCurrentQuestion(to, links, addDays(today, confirmDays)));
    summary.unconfirmed += await takeOffUnconfirmed(db, kind, now, origin);
  }
  summary.jobs += await runJobs(db, origin, now);
  return summary;
}

/**
 * Inserts the notice for every listing `where` selects (parameters: $1 now, $2 today) and
 * queues its mail, in one transaction; a listing that already has this notice for this cycle
 * gets nothing. Returns how many went out.
 */
async function notify(
  db: Transactional,
  kind: PostingKind,
  notice: string,
  now: Date,
  origin: string,
  where: string,
  cycle: string,
  compose: (to: Recipient, links: Links, row: AuthorRow) => Message,
): Promise<number> {
  return db.transaction(async (client) => {
    const { rows } = await client.query<AuthorRow>(
      `WITH due AS (
         SELECT o.id, ${cycle} AS cycle FROM ${tables[kind]} o ${agencyJoins[kind]}
         -- $2 typed here once, for the conditions that do not use it.
         WHERE ${where} AND o.submission IS NOT NULL AND $2::date IS NOT NULL
       ), sent AS (
         INSERT INTO lifecycle_notices (kind, listing_id, notice, cycle, created_at)
         SELECT $3, id, $4, cycle, $1 FROM due
         ON CONFLICT DO NOTHING RETURNING listing_id, cycle
       )
       SELECT o.id, s.cycle::text AS cycle, ${authorColumns[kind]} FROM sent s JOIN ${tables[kind]} o ON o.id = s.listing_id`,
      [now, serviceDate(now), kind, notice],
    );
    for (const row of rows) {
      if (!row.email) continue;
      const token = await issueLink(client, { kind, id: row.id }, now);
      await enqueue(client, compose(recipientOf(kind, row), { origin, token }, row));
    }
    return rows.length;
  });
}

/** Whole days from one `YYYY-MM-DD` to another (a late publication's first reminder says the truth). */
function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

function recipientOf(kind: PostingKind, row: AuthorRow): Recipient {
  return { kind, title: row.title, name: row.name, email: row.email as string, language: languageOf(row.author_language) };
}

/** "Still current?" unanswered for 14 days: off the search, the author and the agency told. */
async function takeOffUnconfirmed(db: Transactional, kind: PostingKind, now: Date, origin: string): Promise<number> {
  return db.transaction(async (client) => {
    const { rows } = await client.query<AuthorRow & { agency_id: string | null }>(
      `WITH due AS (
         SELECT o.id FROM ${tables[kind]} o
         WHERE o.status = 'published' AND o.submission IS NOT NULL AND EXISTS (
           SELECT 1 FROM lifecycle_notices n WHERE n.kind = $3 AND n.listing_id = o.id AND n.notice = 'still-current'
             AND n.created_at > ${periodStart} AND n.created_at + ${confirmDays} * interval '1 day' <= $1)
       ), moved AS (
         UPDATE ${tables[kind]} o SET status = 'unconfirmed', lifecycle_at = $1, updated_at = $1
         FROM due WHERE o.id = due.id AND o.status = 'published' RETURNING o.id
       ), sent AS (
         INSERT INTO lifecycle_notices (kind, listing_id, notice, cycle, created_at)
         SELECT $3, id, 'unconfirmed', $2::date, $1 FROM moved ON CONFLICT DO NOTHING RETURNING listing_id, cycle
       )
       SELECT o.id, s.cycle::text AS cycle, ${authorColumns[kind]}, r.agency_id
       FROM sent s JOIN ${tables[kind]} o ON o.id = s.listing_id ${agencyJoins[kind]}`,
      [now, serviceDate(now), kind],
    );
    for (const row of rows) {
      if (row.email) {
        const token = await issueLink(client, { kind, id: row.id }, now);
        await enqueue(client, unconfirmedNotice(recipientOf(kind, row), { origin, token }));
      }
      for (const staff of await agencyAddresses(client, row.agency_id)) {
        await enqueue(client, agencyUnconfirmedNotice(staff, { kind, id: row.id, title: row.title, region: row.region }));
      }
    }
    return rows.length;
  });
}

/** Who hears about the agency's listings: its admins and moderators; the operators where no agency covers the region. */
async function agencyAddresses(db: Queryable, agencyId: string | null): Promise<string[]> {
  const { rows } = await db.query<{ email: string }>(
    agencyId === null
      ? `SELECT email FROM staff_accounts WHERE role = 'operator' AND disabled_at IS NULL ORDER BY email`
      : `SELECT email FROM staff_accounts WHERE agency_id = $1 AND role IN ('agency_admin', 'moderator') AND disabled_at IS NULL ORDER BY email`,
    agencyId === null ? [] : [agencyId],
  );
  return rows.map((row) => row.email);
}
