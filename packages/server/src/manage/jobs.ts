/**
 * Work a request asks for but the server does later (table `lifecycle_jobs`, migration 101),
 * claimed like the outbox: FOR UPDATE SKIP LOCKED and a lease, so one instance does each job
 * and a crash mid-job leaves it to the next round. Today: "send me my links again".
 */
import { randomUUID } from 'node:crypto';
import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../mail/outbox.js';
import { issueLink, manageUrl, revokeLinks, type ListingRef } from './links.js';
import { languageOf, linksMessage, type Language } from './messages.js';

/** A claimed job is held this long; a worker that died mid-job loses it to the next round. */
const leaseMs = 5 * 60 * 1000;
/** Attempts before a job is given up. */
const maxAttempts = 5;
/** Listings an author can act on: not rejected, withdrawn or archived. */
const manageable = `status NOT IN ('rejected', 'withdrawn', 'archived')`;

export async function enqueueResend(db: Queryable, email: string, language: Language): Promise<void> {
  await db.query(`INSERT INTO lifecycle_jobs (id, topic, payload) VALUES ($1, 'resend-links', $2)`, [randomUUID(), { email: email.trim(), language }]);
}

/** Revokes the listing's links and queues a new one to its author; returns it. */
export async function reissueLink(db: Queryable, listing: ListingRef, origin: string, now: Date): Promise<{ url: string; revoked: number; mailedTo?: string }> {
  const revoked = await revokeLinks(db, listing, now);
  const token = await issueLink(db, listing, now);
  const url = manageUrl(origin, token);
  const { rows } = await db.query<{ title: string; email: string | null; language: string | null }>(
    listing.kind === 'opportunity'
      ? `SELECT title, contact->>'email' AS email, author_language AS language FROM opportunities WHERE id = $1`
      : 'SELECT title, email, author_language AS language FROM offers WHERE id = $1',
    [listing.id],
  );
  const row = rows[0];
  if (!row?.email) return { url, revoked };
  await enqueue(db, linksMessage(row.email, languageOf(row.language), [{ title: row.title, url }]));
  return { url, revoked, mailedTo: row.email };
}

/** One round of due jobs, each in a transaction of its own. Returns how many were done. */
export async function runJobs(db: { transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> }, origin: string, now: Date): Promise<number> {
  let done = 0;
  for (;;) {
    const finished = await db.transaction(async (client) => {
      const lease = randomUUID();
      const { rows } = await client.query<{ id: string; payload: { email: string; language: Language }; attempts: number }>(
        `UPDATE lifecycle_jobs SET lease = $1, lease_until = $2::timestamptz + $3 * interval '1 millisecond', attempts = attempts + 1
         WHERE id = (SELECT id FROM lifecycle_jobs WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < $2)
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING id, payload, attempts`,
        [lease, now, leaseMs],
      );
      const job = rows[0];
      if (!job) return false;
      if (job.attempts > maxAttempts) {
        await client.query(`UPDATE lifecycle_jobs SET state = 'failed' WHERE id = $1`, [job.id]);
        return true;
      }
      await resendLinks(client, job.payload.email, job.payload.language, origin, now);
      // Done in the same transaction as the mail it queued: both or neither.
      await client.query(`UPDATE lifecycle_jobs SET state = 'done', done_at = $2, lease = NULL, lease_until = NULL, payload = '{}' WHERE id = $1`, [job.id, now]);
      return true;
    });
    if (!finished) return done;
    done++;
  }
}

/** A fresh link for every listing of the address, in one mail; nothing when it has none. */
async function resendLinks(db: Queryable, email: string, language: Language, origin: string, now: Date): Promise<void> {
  const { rows } = await db.query<{ kind: PostingKind; id: string; title: string }>(
    `SELECT 'opportunity' AS kind, id, title, created_at FROM opportunities WHERE lower(contact->>'email') = lower($1) AND submission IS NOT NULL AND ${manageable}
     UNION ALL
     SELECT 'offer', id, title, created_at FROM offers WHERE lower(email) = lower($1) AND ${manageable}
     ORDER BY created_at DESC LIMIT 50`,
    [email],
  );
  if (rows.length === 0) return;
  const listings = [];
  for (const row of rows) listings.push({ title: row.title, url: manageUrl(origin, await issueLink(db, row, now)) });
  await enqueue(db, linksMessage(email, language, listings));
}
