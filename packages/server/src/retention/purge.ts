/**
 * Deletes personal data the platform no longer needs once the retention period has passed:
 * contact requests (to organisations and to volunteers), resolved reports (they may carry the
 * reporter's address), offers that are over (rejected, expired, or never reviewed), and sent or
 * given-up messages, whose bodies repeat the contact data, and staff sessions that are over
 * (they keep the address and browser a person signed in from). Live listings stay.
 */
import type { Queryable } from '../db/database.js';

/** A sent message is kept this long at most (to answer "did it go out?"), whatever the retention. */
export const sentMailKeepDays = 7;

export interface Purged {
  interests: number;
  offerContacts: number;
  reports: number;
  offers: number;
  messages: number;
  staffSessions: number;
}

export async function purgePersonalData(db: Queryable, retentionDays: number): Promise<Purged> {
  const older = (column: string, days = retentionDays) => `${column} < now() - ${Number(days)} * interval '1 day'`;
  const count = async (sql: string) => (await db.query(sql)).rowCount ?? 0;
  return {
    interests: await count(`DELETE FROM interests WHERE ${older('created_at')}`),
    offerContacts: await count(`DELETE FROM offer_contacts WHERE ${older('created_at')}`),
    reports: await count(`DELETE FROM reports WHERE status <> 'open' AND ${older('resolved_at')}`),
    // Counted from the end: the decision (rejected), the last change (expired), or the
    // submission (still pending, never reviewed). Their contacts and reports go with them.
    offers: await count(
      `DELETE FROM offers WHERE
         (status = 'rejected' AND ${older('coalesce(decided_at, updated_at)')})
         OR (status = 'expired' AND ${older('updated_at')})
         OR (status = 'pending' AND ${older('created_at')})`,
    ),
    messages: await count(
      `DELETE FROM outbox WHERE (state = 'sent' AND ${older('sent_at', Math.min(sentMailKeepDays, retentionDays))})
         OR (state <> 'sent' AND ${older('created_at')})`,
    ),
    // An idle session has no end time; its absolute expiry is then the latest it was usable.
    staffSessions: await count(`DELETE FROM staff_sessions WHERE ${older('coalesce(ended_at, expires_at)')}`),
  };
}
