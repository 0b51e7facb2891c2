/**
 * The SQL behind rate limits (table `rate_limit_hits`, migration 063).
 *
 * Fixed windows, aligned to the database clock, rather than sliding ones: a request costs one
 * UPSERT on one row that every instance shares, and the answer (hits so far, seconds until the
 * window closes) is exact and the same from every instance. A sliding log would write a row per
 * request; a sliding-window estimate would read two windows. The price of fixed windows, up to
 * twice the quota in a burst around a window boundary, is fine for a limit meant to stop floods
 * and scrapers, not to meter a paid quota.
 */
import type { Queryable } from '../db/database.js';

export interface WindowCount {
  /** Requests in this window so far, this one included. */
  hits: number;
  /** Whole seconds until the window closes (at least 1). */
  resetSeconds: number;
}

/** Counts one request of `address` against `bucket`'s window of `seconds`, in one statement. */
export async function countRequest(q: Queryable, bucket: string, address: string, seconds: number): Promise<WindowCount> {
  const { rows } = await q.query<{ hits: number; reset: number }>(
    `WITH w AS (SELECT to_timestamp(floor(extract(epoch FROM now()) / $3) * $3) AS start)
     INSERT INTO rate_limit_hits AS h (bucket, address, window_start, window_end, hits)
     SELECT $1, $2, w.start, w.start + $3 * interval '1 second', 1 FROM w
     ON CONFLICT (bucket, address, window_start) DO UPDATE SET hits = h.hits + 1
     RETURNING h.hits, ceil(extract(epoch FROM h.window_end - now()))::int AS reset`,
    [bucket, address, seconds],
  );
  const row = rows[0];
  if (!row) throw new Error('the rate-limit count returned no row');
  return { hits: row.hits, resetSeconds: Math.max(1, row.reset) };
}

/** Deletes windows that have closed; returns how many. */
export async function purgeClosedWindows(q: Queryable): Promise<number> {
  const result = await q.query('DELETE FROM rate_limit_hits WHERE window_end < now()');
  return result.rowCount ?? 0;
}
