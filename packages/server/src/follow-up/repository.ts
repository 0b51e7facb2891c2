/**
 * The follow-up on contact requests: scheduling the question, sending it (a job), recording the
 * volunteer's answer, and flagging a listing whose requests go unanswered.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { digest, newSecret } from '../console/secrets.js';
import type { Queryable } from '../db/database.js';
import { scheduleJob } from '../jobs/store.js';
import { enqueue } from '../mail/outbox.js';
import { followUpMessage, unansweredMessage, type FollowUpAnswer } from './messages.js';
import { followUpRules } from './rules.js';

export const followUpJob = 'interest-follow-up';

/** Called with a new contact request, in its transaction. */
export async function scheduleFollowUp(db: Queryable, interestId: string, requestedAt: Date): Promise<void> {
  await scheduleJob(db, followUpJob, interestId, new Date(requestedAt.getTime() + followUpRules.askAfterDays * 86_400_000));
}

/**
 * The job: mails the volunteer the question with a fresh single-purpose secret (only its digest
 * is stored). Nothing is sent when the volunteer already told us, or the texts (and so the
 * address) are gone.
 */
export function followUpHandler(origin: () => string) {
  return async (client: pg.PoolClient, interestId: string, now: Date): Promise<void> => {
    const { rows } = await client.query<{ name: string; email: string; title: string }>(
      `SELECT i.name, i.email, o.title FROM interests i JOIN opportunities o ON o.id = i.opportunity_id
       WHERE i.id = $1 AND i.state = 'sent' AND i.texts_deleted_at IS NULL AND i.follow_up_sent_at IS NULL FOR UPDATE OF i`,
      [interestId],
    );
    const interest = rows[0];
    if (!interest) return;
    const secret = newSecret();
    await client.query('UPDATE interests SET follow_up_hash = $2, follow_up_sent_at = $3 WHERE id = $1', [interestId, digest(secret), now]);
    await enqueue(client, followUpMessage(interest.email, interest.name, interest.title, origin(), secret));
  };
}

export interface FollowUpTarget {
  id: string;
  title: string;
  state: 'sent' | FollowUpAnswer;
}

/** The request a follow-up secret belongs to, while its links work; undefined otherwise. */
export async function findFollowUp(db: Queryable, secret: string, now: Date): Promise<FollowUpTarget | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  const { rows } = await db.query<FollowUpTarget>(
    `SELECT i.id, o.title, i.state FROM interests i JOIN opportunities o ON o.id = i.opportunity_id
     WHERE i.follow_up_hash = $1 AND i.texts_deleted_at IS NULL
       AND i.follow_up_sent_at > $2::timestamptz - $3::int * interval '1 day'`,
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
  const { rows } = await db.query<{ opportunity_id: string }>(
    `UPDATE interests SET state = $2, state_changed_at = $3,
       replied_at = CASE WHEN $2 IN ('answered', 'placed') THEN coalesce(replied_at, $3) ELSE NULL END
     WHERE id = $1 RETURNING opportunity_id`,
    [target.id, answer, now],
  );
  const opportunityId = rows[0]!.opportunity_id;
  const flagged = answer === 'no-answer' && (await flagIfUnanswered(db, opportunityId, now));
  return { target: { ...target, state: answer }, flagged };
}

async function flagIfUnanswered(db: Queryable, opportunityId: string, now: Date): Promise<boolean> {
  // One at a time per listing: two answers at once must not both flag it.
  const { rows: listing } = await db.query<{ title: string; contact_name: string | null; contact_email: string | null }>(
    `SELECT title, contact->>'name' AS contact_name, contact->>'email' AS contact_email FROM opportunities WHERE id = $1 FOR UPDATE`,
    [opportunityId],
  );
  const { rows } = await db.query<{ no_reply: number; open: boolean }>(
    `SELECT count(*)::int AS no_reply,
       EXISTS (SELECT 1 FROM unanswered_flags WHERE opportunity_id = $1 AND resolved_at IS NULL) AS open
     FROM interests WHERE opportunity_id = $1 AND state = 'no-answer'
       AND created_at > $2::timestamptz - $3::int * interval '1 day'
       -- Answers before the last resolved flag were dealt with then.
       AND state_changed_at > coalesce((SELECT max(resolved_at) FROM unanswered_flags WHERE opportunity_id = $1), '-infinity')`,
    [opportunityId, now, followUpRules.flagWindowDays],
  );
  const { no_reply: noReply, open } = rows[0]!;
  if (open || noReply < followUpRules.flagThreshold) return false;
  const email = listing[0]?.contact_email ?? null;
  await db.query(
    `INSERT INTO unanswered_flags (id, opportunity_id, flagged_at, no_reply, organisation_notified_at) VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), opportunityId, now, noReply, email ? now : null],
  );
  if (email) await enqueue(db, unansweredMessage(email, listing[0]!.contact_name, listing[0]!.title, noReply));
  return true;
}
