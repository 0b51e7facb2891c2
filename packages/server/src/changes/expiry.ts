/**
 * Listings pass their expiry date without anybody writing to them: searches already leave them
 * out by date, but a copy kept from the change feed only learns of it from a write. This marks
 * them expired, which records the tombstone (migration 091) for the feed.
 */
import type { Queryable } from '../db/database.js';

/** Marks published listings whose last day is before `today` (Saxon calendar day) expired; returns how many. */
export async function expireListings(db: Queryable, today?: string): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE opportunities SET status = 'expired', updated_at = now()
     WHERE status = 'published' AND expires_at < coalesce($1::date, service_today())`,
    [today ?? null],
  );
  return rowCount ?? 0;
}
