/**
 * The follow-up on contact requests, for both kinds (kinds.ts): scheduling the question, sending
 * it (a job), recording the answer, and flagging a listing whose requests go unanswered.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { digest, newSecret } from '../console/secrets.js';
import type { Queryable } from '../db/database.js';
import { scheduleJob } from '../jobs/store.js';
import { enqueue } from '../mail/outbox.js';
import { followUpKindList, followUpKinds, type FollowUpKind, type FollowUpKindName } from './kinds.js';
import { followUpMessage, unansweredMessage, type FollowUpAnswer } from './messages.js';
import { followUpRules } from './rules.js';

/** Called with a new contact request, in its transaction. */
export async function scheduleFollowUp(db: Queryable, kind: FollowUpKind, requestId: string, requestedAt: Date): Promise<void> {
  await scheduleJob(db, kind.job, requestId, new Date(requestedAt.getTime() + followUpRules.askAfterDays * 86_400_000));
}

/**
 * The job: mails the sender the question with a fresh single-purpose secret (only its digest
 * is stored). Nothing is sent when the sender already told us, or the texts (and so the
 * address) are gone.
 */
export function followUpHandler(origin: () => string, kind: FollowUpKind) {
  return async (client: pg.PoolClient, requestId: string, now: Date): Promise<void> => {
    const { rows } = await client.query<{ name: string; email: string; title: string }>(
      `SELECT r.name, r.email, l.title FROM ${kind.table} r JOIN ${kind.listingTable} l ON l.id = r.${kind.listingColumn}
       WHERE r.id = $1 AND r.state = 'sent' AND r.texts_deleted_at IS NULL AND r.follow_up_sent_at IS NULL FOR UPDATE OF r`,
      [requestId],
    );
    const request = rows[0];
    if (!request) return;
    const secret = newSecret();
    await client.query(`UPDATE ${kind.table} SET follow_up_hash = $2, follow_up_sent_at = $3 WHERE id = $1`, [requestId, digest(secret), now]);
    await enqueue(client, followUpMessage(request.email, request.name, request.title, origin(), secret, kind));
  };
}

export interface FollowUpTarget {
  kind: FollowUpKindName;
  id: string;
  title: string;
  state: 'sent' | FollowUpAnswer;
}

/** The request a follow-up secret belongs to, while its links work; undefined otherwise. */
export async function findFollowUp(db: Queryable, secret: string, now: Date): Promise<FollowUpTarget | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  // A secret is unique within its table and 256 random bits long, so it finds at most one request
  // of either kind; the kind then decides which table an answer goes to.
  const { rows } = await db.query<FollowUpTarget>(
    followUpKindList
      .map(
        (kind) => `SELECT '${kind.name}' AS kind, r.id, l.title, r.state FROM ${kind.table} r JOIN ${kind.listingTable} l ON l.id = r.${kind.listingColumn}
     WHERE r.follow_up_hash = $1 AND r.texts_deleted_at IS NULL
       AND r.follow_up_sent_at > $2::timestamptz - $3::int * interval '1 day'`,
      )
      .join('\n     UNION ALL\n     '),
    [digest(secret), now, followUpRules.linkValidDays],
  );
  return rows[0];
}

export interface AnswerOutcome {
  target: FollowUpTarget;
  /** The listing was flagged by this answer (and its organisation mailed). */
  flagged: boolean;
}

/**
 * Records the volunteer's answer (a changed mind replaces the earlier one). Run it in a
 * transaction. A "no reply" that completes the pattern flags the listing and mails its contact.
 */
export async function answerFollowUp(db: Queryable, secret: string, answer: FollowUpAnswer, now: Date): Promise<AnswerOutcome | undefined> {
  const target = await findFollowUp(db, secret, now);
  if (!target) return undefined;
  const kind = followUpKinds[target.kind];
  const { rows } = await db.query<{ listing_id: string }>(
    `UPDATE ${kind.table} SET state = $2, state_changed_at = $3,
       replied_at = CASE WHEN $2 IN ('answered', 'placed') THEN coalesce(replied_at, $3) ELSE NULL END
     WHERE id = $1 RETURNING ${kind.listingColumn} AS listing_id`,
    [target.id, answer, now],
  );
  const listingId = rows[0]!.listing_id;
  const flagged = answer === 'no-answer' && (await flagIfUnanswered(db, kind, listingId, now));
  return { target: { ...target, state: answer }, flagged };
}

async function flagIfUnanswered(db: Queryable, kind: FollowUpKind, listingId: string, now: Date): Promise<boolean> {
  // One at a time per listing: two answers at once must not both flag it.
  const { rows: listing } = await db.query<{ title: string; author_name: string | null; author_email: string | null }>(
    `SELECT l.title, ${kind.authorName} AS author_name, ${kind.authorEmail} AS author_email FROM ${kind.listingTable} l WHERE l.id = $1 FOR UPDATE`,
    [listingId],
  );
  const { rows } = await db.query<{ no_reply: number; open: boolean }>(
    `SELECT count(*)::int AS no_reply,
       EXISTS (SELECT 1 FROM unanswered_flags WHERE ${kind.flagColumn} = $1 AND resolved_at IS NULL) AS open
     FROM ${kind.table} WHERE ${kind.listingColumn} = $1 AND state = 'no-answer'
       AND created_at > $2::timestamptz - $3::int * interval '1 day'
       -- Answers before the last resolved flag were dealt with then.
       AND state_changed_at > coalesce((SELECT max(resolved_at) FROM unanswered_flags WHERE ${kind.flagColumn} = $1), '-infinity')`,
    [listingId, now, followUpRules.flagWindowDays],
  );
  const { no_reply: noReply, open } = rows[0]!;
  if (open || noReply < followUpRules.flagThreshold) return false;
  const email = listing[0]?.author_email ?? null;
  await db.query(
    `INSERT INTO unanswered_flags (id, ${kind.flagColumn}, flagged_at, no_reply, organisation_notified_at) VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), listingId, now, noReply, email ? now : null],
  );
  if (email) await enqueue(db, unansweredMessage(email, listing[0]!.author_name, listing[0]!.title, noReply, kind));
  return true;
}
