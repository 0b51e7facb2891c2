/** The SQL behind Idempotency-Key handling (table `idempotency_keys`, migration 050). */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/** How long a key is remembered: a replay within this time gets the stored response. */
export const keyRetentionMs = 24 * 60 * 60 * 1000;
/**
 * A key still `processing` after this long belongs to a request that died (crash, lost
 * connection); a retry may take it over. Well above the request timeout (30 s), so a live
 * request is never taken over.
 */
export const abandonedAfterMs = 60_000;

export type Claim =
  | { kind: 'claimed'; claim: string }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/**
 * Claims `key` for a request whose body hashes to `hash`, in one statement so that two
 * concurrent requests with the same key cannot both win. A key that is new, expired, or
 * abandoned with the same body is claimed; otherwise the stored state decides.
 */
export async function claimKey(q: Queryable, scope: string, key: string, hash: string): Promise<Claim> {
  // Two attempts: the row found conflicting may be purged before it is read.
  for (let attempt = 0; attempt < 2; attempt++) {
    const claim = randomUUID();
    const inserted = await q.query(
      `INSERT INTO idempotency_keys AS k (scope, key, request_hash, state, claim)
       VALUES ($1, $2, $3, 'processing', $4)
       ON CONFLICT (scope, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, state = 'processing', claim = EXCLUDED.claim,
             response_status = NULL, response_body = NULL, created_at = now(), updated_at = now()
         WHERE (k.state = 'processing' AND k.request_hash = EXCLUDED.request_hash
                AND k.updated_at < now() - $5::double precision * interval '1 millisecond')
            OR k.created_at < now() - $6::double precision * interval '1 millisecond'
       RETURNING claim`,
      [scope, key, hash, claim, abandonedAfterMs, keyRetentionMs],
    );
    if (inserted.rowCount === 1) return { kind: 'claimed', claim };
    const existing = await q.query<{ request_hash: string; state: string; response_status: number | null; response_body: string | null }>(
      'SELECT request_hash, state, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const row = existing.rows[0];
    if (!row) continue;
    if (row.request_hash !== hash) return { kind: 'mismatch' };
    if (row.state === 'done' && row.response_status !== null && row.response_body !== null) {
      return { kind: 'replay', status: row.response_status, body: row.response_body };
    }
    return { kind: 'in-progress' };
  }
  return { kind: 'in-progress' };
}

/**
 * Stores the response under the key. Runs in the same transaction as the write it answers;
 * false when this attempt no longer holds the key (it was taken over), so the caller rolls back.
 */
export async function completeKey(
  q: Queryable,
  scope: string,
  key: string,
  claim: string,
  status: number,
  body: string,
): Promise<boolean> {
  const result = await q.query(
    `UPDATE idempotency_keys SET state = 'done', response_status = $4, response_body = $5, updated_at = now()
     WHERE scope = $1 AND key = $2 AND claim = $3 AND state = 'processing'`,
    [scope, key, claim, status, body],
  );
  return result.rowCount === 1;
}

/** Frees a key whose request failed, so a retry with the same body runs again. */
export async function releaseKey(q: Queryable, scope: string, key: string, claim: string): Promise<void> {
  await q.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND claim = $3 AND state = 'processing'`, [
    scope,
    key,
    claim,
  ]);
}

/** Deletes keys older than the retention time; returns how many. */
export async function purgeExpiredKeys(q: Queryable): Promise<number> {
  const result = await q.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - $1::double precision * interval '1 millisecond'`,
    [keyRetentionMs],
  );
  return result.rowCount ?? 0;
}
