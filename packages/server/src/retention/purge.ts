/**
 * Deletes personal data the platform no longer needs once its period has passed: the texts of
 * contact requests (to organisations and to volunteers; the rows stay, so the figures keep
 * counting them), resolved reports (they may carry the reporter's address), offers that are over
 * (rejected, expired, or never reviewed), the contact person of listings that are over, sent or
 * given-up messages, whose bodies repeat the contact data, and staff sessions that are over (they
 * keep the address and browser a person signed in from). Live listings stay.
 */
import type { Config } from '../config.js';
import type { Queryable } from '../db/database.js';

/** A sent message is kept this long at most (to answer "did it go out?"), whatever the retention. */
export const sentMailKeepDays = 7;

export interface RetentionPeriods {
  /** The general period: reports, finished offers, messages; and at the latest, contact texts. */
  retentionDays: number;
  /** Contact requests' texts, counted from their last state change. */
  contactTextDays?: number;
  /** The contact person of a listing that is over, counted from its last change. */
  archivedListingDays?: number;
  /** The time to count from (the server's clock; tests move it). */
  now?: Date;
}

/** The periods the configuration sets. */
export function retentionPeriods(config: Pick<Config, 'retentionDays' | 'contactTextDays' | 'archivedListingDays'>, now?: Date): RetentionPeriods {
  return { retentionDays: config.retentionDays, contactTextDays: config.contactTextDays, archivedListingDays: config.archivedListingDays, ...(now ? { now } : {}) };
}

export interface Purged {
  interests: number;
  offerContacts: number;
  reports: number;
  offers: number;
  listingContacts: number;
  messages: number;
  staffSessions: number;
}

export async function purgePersonalData(db: Queryable, periods: RetentionPeriods | number): Promise<Purged> {
  const { retentionDays, contactTextDays = retentionDays, archivedListingDays = retentionDays, now = new Date() } =
    typeof periods === 'number' ? { retentionDays: periods } : periods;
  const older = (column: string, days = retentionDays) => `${column} < $1::timestamptz - ${Number(days)} * interval '1 day'`;
  const count = async (sql: string) => (await db.query(sql, [now])).rowCount ?? 0;
  // Whichever comes first: the texts' own period from the last state change, or the general
  // period from the request (a request nobody answers must not keep its texts for ever).
  const contactTextsDue = (changed: string) => `texts_deleted_at IS NULL AND (${older(changed, contactTextDays)} OR ${older('created_at')})`;
  return {
    interests: await count(
      `UPDATE interests SET name = NULL, email = NULL, phone = NULL, message = NULL, follow_up_hash = NULL, texts_deleted_at = $1
       WHERE ${contactTextsDue('state_changed_at')}`,
    ),
    offerContacts: await count(
      `UPDATE offer_contacts SET name = NULL, email = NULL, phone = NULL, message = NULL, follow_up_hash = NULL, texts_deleted_at = $1
       WHERE ${contactTextsDue('state_changed_at')}`,
    ),
    reports: await count(`DELETE FROM reports WHERE status <> 'open' AND ${older('resolved_at')}`),
    // Counted from the end: the decision (rejected), the last change (expired), or the
    // submission (still pending, never reviewed). Their contacts and reports go with them.
    offers: await count(
      `DELETE FROM offers WHERE
         (status = 'rejected' AND ${older('coalesce(decided_at, updated_at)')})
         OR (status = 'expired' AND ${older('updated_at')})
         OR (status = 'pending' AND ${older('created_at')})`,
    ),
    // The listing stays (its figures, its history in the audit log); the person does not.
    listingContacts: await count(
      `UPDATE opportunities SET contact = NULL, contact_public = false
       WHERE contact IS NOT NULL AND status IN ('archived', 'withdrawn', 'expired', 'rejected') AND ${older('greatest(updated_at, expires_at::timestamptz)', archivedListingDays)}`,
    ),
    messages: await count(
      `DELETE FROM outbox WHERE (state = 'sent' AND ${older('sent_at', Math.min(sentMailKeepDays, retentionDays))})
         OR (state <> 'sent' AND ${older('created_at')})`,
    ),
    // An idle session has no end time; its absolute expiry is then the latest it was usable.
    staffSessions: await count(`DELETE FROM staff_sessions WHERE ${older('coalesce(ended_at, expires_at)')}`),
  };
}
