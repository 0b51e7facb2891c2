/** The SQL behind the outbox (table `outbox`, migration 062). */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { Message } from './messages.js';

export interface OutboxRow {
  id: string;
  topic: Message['topic'];
  recipient: string;
  reply_to: string | null;
  subject: string;
  body: string;
  headers: Record<string, string> | null;
  attempts: number;
  lease: string;
}

/** Queues a message. Call it with the client of the transaction that makes the change it reports. */
export async function enqueue(db: Queryable, message: Message): Promise<string> {
  const id = randomUUID();
  await db.query('INSERT INTO outbox (id, topic, recipient, reply_to, subject, body, headers) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    id,
    message.topic,
    message.to,
    message.replyTo ?? null,
    // A title with a line break must not start a header of its own.
    message.subject.replace(/[\r\n]+/g, ' '),
    message.body,
    message.headers ? JSON.stringify(message.headers) : null,
  ]);
  return id;
}

/**
 * Claims up to `limit` due messages for `leaseMs`: rows another worker holds are skipped, not
 * waited for, and a lease that ran out (its worker died mid-send) may be taken over.
 */
export async function claimDue(db: Queryable, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  const lease = randomUUID();
  const { rows } = await db.query<OutboxRow>(
    `UPDATE outbox SET lease = $1, lease_until = now() + $3::double precision * interval '1 millisecond', attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox
       WHERE state = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
       ORDER BY next_attempt_at, id LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, topic, recipient, reply_to, subject, body, headers, attempts, lease`,
    [lease, limit, leaseMs],
  );
  return rows;
}

/** Marks a message sent, if this worker still holds it. */
export async function markSent(db: Queryable, row: OutboxRow): Promise<void> {
  await db.query(
    `UPDATE outbox SET state = 'sent', sent_at = now(), lease = NULL, lease_until = NULL, last_error = NULL
     WHERE id = $1 AND lease = $2`,
    [row.id, row.lease],
  );
}

/** Records a failed attempt: tried again after `retryInMs`, or given up (`failed`) when that is undefined. */
export async function markAttemptFailed(db: Queryable, row: OutboxRow, error: string, retryInMs: number | undefined): Promise<void> {
  await db.query(
    `UPDATE outbox SET lease = NULL, lease_until = NULL, last_error = $3,
       state = CASE WHEN $4::double precision IS NULL THEN 'failed' ELSE 'pending' END,
       next_attempt_at = now() + coalesce($4::double precision, 0) * interval '1 millisecond'
     WHERE id = $1 AND lease = $2`,
    [row.id, row.lease, error.slice(0, 1000), retryInMs ?? null],
  );
}

/** Pending messages nobody has mentioned yet, marked as mentioned (for a server without SMTP). */
export async function noteWaiting(db: Queryable): Promise<{ id: string; topic: string }[]> {
  const { rows } = await db.query<{ id: string; topic: string }>(
    `UPDATE outbox SET noted_at = now() WHERE state = 'pending' AND noted_at IS NULL RETURNING id, topic`,
  );
  return rows;
}
