/**
 * The SQL behind Idempotency-Key handling (table `idempotency_keys`, migration 050).
 *
 * A key is held by the request's own transaction through a transaction-scoped advisory lock,
 * not by a row marked "processing": PostgreSQL frees the lock when the transaction ends in any
 * way, including a killed instance whose connection drops or a database that restarts. So a key
 * is never wedged by a request that died, and needs no lease; a row exists only for an answered
 * request, written in the same transaction as the posting it answers.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/** How long a key is remembered: a replay within this time gets the stored response. */
export const keyRetentionMs = 24 * 60 * 60 * 1000;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/**
 * Takes the key's lock for the rest of the transaction `q` is in; false when another live
 * transaction holds it. The 64-bit hash may in theory collide for two keys; that costs a 409
 * with Retry-After for one of them, never a wrong answer.
 */
export async function lockKey(q: Queryable, scope: string, key: string): Promise<boolean> {
  const { rows } = await q.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', [
    `${scope}\n${key}`,
  ]);
  return rows[0]?.locked === true;
}

/**
 * Claims `key` for a request whose body hashes to `hash`, inside the request's transaction. The
 * stored answer is read after the lock is held (a new snapshot under READ COMMITTED), so a
 * request that finished just before is seen and replayed, never run twice.
 */
export async function claimKey(q: Queryable, scope: string, key: string, hash: string): Promise<Claim> {
  if (!(await lockKey(q, scope, key))) return { kind: 'in-progress' };
  const existing = await q.query<{ request_hash: string; response_status: number; response_body: string }>(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys
     WHERE scope = $1 AND key = $2 AND state = 'done'
       AND created_at >= now() - $3::double precision * interval '1 millisecond'`,
    [scope, key, keyRetentionMs],
  );
  const row = existing.rows[0];
  if (!row) return { kind: 'claimed' };
  if (row.request_hash !== hash) return { kind: 'mismatch' };
  return { kind: 'replay', status: row.response_status, body: row.response_body };
}

/**
 * Stores the response under the claimed key, in the transaction of the write it answers. An
 * expired row, or a "processing" row left by an earlier version of this server, is replaced.
 */
export async function storeResponse(q: Queryable, scope: string, key: string, hash: string, status: number, body: string): Promise<void> {
  const result = await q.query(
    `INSERT INTO idempotency_keys AS k (scope, key, request_hash, state, claim, response_status, response_body)
     VALUES ($1, $2, $3, 'done', $4, $5, $6)
     ON CONFLICT (scope, key) DO UPDATE
       SET request_hash = EXCLUDED.request_hash, state = 'done', claim = EXCLUDED.claim,
           response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body,
           created_at = now(), updated_at = now()
       WHERE k.state = 'processing' OR k.created_at < now() - $7::double precision * interval '1 millisecond'`,
    [scope, key, hash, randomUUID(), status, body, keyRetentionMs],
  );
  // Cannot happen while the lock is held; if it did, rolling back beats answering twice.
  if (result.rowCount !== 1) throw new Error(`idempotency key ${scope} was answered meanwhile`);
}

/** Deletes keys older than the retention time; returns how many. */
export async function purgeExpiredKeys(q: Queryable): Promise<number> {
  const result = await q.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - $1::double precision * interval '1 millisecond'`,
    [keyRetentionMs],
  );
  return result.rowCount ?? 0;
}
