/** The SQL behind scheduled work (table `scheduled_jobs`, migration 105). */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';

export interface JobRow {
  id: string;
  kind: string;
  subject_id: string;
  attempts: number;
  lease: string;
}

/**
 * Schedules `kind` for `subjectId` at `dueAt` (an SQL expression or a Date); a job of that
 * kind for that subject already scheduled stays as it is. Call it in the transaction of the
 * change that calls for it.
 */
export async function scheduleJob(db: Queryable, kind: string, subjectId: string, dueAt: Date): Promise<void> {
  await db.query(
    `INSERT INTO scheduled_jobs (id, kind, subject_id, due_at) VALUES ($1, $2, $3, $4) ON CONFLICT (kind, subject_id) DO NOTHING`,
    [randomUUID(), kind, subjectId, dueAt],
  );
}

/**
 * Claims up to `limit` jobs due at `now` for `leaseMs`: rows another runner holds are skipped,
 * not waited for, and a lease that ran out (its runner died) may be taken over.
 */
export async function claimDueJobs(db: Queryable, now: Date, limit: number, leaseMs: number): Promise<JobRow[]> {
  const { rows } = await db.query<JobRow>(
    `UPDATE scheduled_jobs SET lease = $1, lease_until = $2::timestamptz + $4::double precision * interval '1 millisecond', attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM scheduled_jobs
       WHERE state = 'pending' AND due_at <= $2 AND (lease_until IS NULL OR lease_until < $2)
       ORDER BY due_at, id LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, kind, subject_id, attempts, lease`,
    [randomUUID(), now, limit, leaseMs],
  );
  return rows;
}

/**
 * Marks a job done if this runner still holds it; false when the lease went to another runner
 * (then the caller's transaction must roll back, so the work is not done twice).
 */
export async function markJobDone(db: Queryable, job: JobRow, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE scheduled_jobs SET state = 'done', done_at = $3, lease = NULL, lease_until = NULL, last_error = NULL
     WHERE id = $1 AND lease = $2 AND state = 'pending'`,
    [job.id, job.lease, now],
  );
  return rowCount === 1;
}

/** Records a failed attempt: retried after `retryInMs`, or given up when that is undefined. */
export async function markJobFailed(db: Queryable, job: JobRow, now: Date, error: string, retryInMs: number | undefined): Promise<void> {
  await db.query(
    `UPDATE scheduled_jobs SET lease = NULL, lease_until = NULL, last_error = $4,
       state = CASE WHEN $5::double precision IS NULL THEN 'failed' ELSE 'pending' END,
       due_at = $3::timestamptz + coalesce($5::double precision, 0) * interval '1 millisecond'
     WHERE id = $1 AND lease = $2`,
    [job.id, job.lease, now, error.slice(0, 1000), retryInMs ?? null],
  );
}
