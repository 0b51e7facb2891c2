/**
 * Alert subscriptions: asking (double opt-in), confirming, unsubscribing. Secrets travel only in
 * mails; the database keeps their SHA-256 digests (console/secrets.ts).
 */
import { randomUUID } from 'node:crypto';
import type { AlertInput, AlertSearch, TextLanguage } from '@mitmachen/contract';
import { digest, newSecret } from '../console/secrets.js';
import type { Queryable } from '../db/database.js';
import { invalidField, ProblemError } from '../errors.js';
import { scheduleJob } from '../jobs/store.js';
import { enqueue } from '../mail/outbox.js';
import { searchCenter } from '../search/center.js';
import { confirmMessage } from './messages.js';
import { alertJobs, alertRules } from './rules.js';

const day = 86_400_000;

/** The search without empty parts, so one search is stored (and compared) one way only. */
export function normalizeSearch(search: AlertSearch): AlertSearch {
  const kept = Object.entries(search)
    .filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]): [string, unknown] => [key, Array.isArray(value) ? [...new Set(value as string[])].sort() : value])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(kept);
}

/** The search engine's own check of the place parameters, its 400 turned into the body's field. */
function checkSearch(search: AlertSearch): void {
  try {
    searchCenter(search);
  } catch (error) {
    const field = error instanceof ProblemError ? error.errors?.[0] : undefined;
    if (field?.parameter === undefined) throw error;
    throw invalidField(`/search/${field.parameter}`, field.detail);
  }
}

/**
 * Records a subscription waiting for confirmation and queues the confirm mail, unless the same
 * address asked for the same search within the quiet time or got its day's share of confirm
 * mails: then nothing happens, and the caller answers the same either way.
 */
export async function requestAlert(db: Queryable, input: AlertInput, origin: string, now: Date): Promise<boolean> {
  const search = normalizeSearch(input.search);
  checkSearch(search);
  const email = input.email.trim();
  const { rows } = await db.query<{ same: number; today: number }>(
    `SELECT count(*) FILTER (WHERE search = $2::jsonb AND created_at > $3::timestamptz - $4::int * interval '1 minute')::int AS same,
       count(*) FILTER (WHERE created_at > $3::timestamptz - interval '1 day')::int AS today
     FROM alert_subscriptions WHERE lower(email) = lower($1) AND confirmed_at IS NULL`,
    [email, JSON.stringify(search), now, alertRules.resendQuietMinutes],
  );
  if ((rows[0]?.same ?? 0) > 0 || (rows[0]?.today ?? 0) >= alertRules.confirmMailsPerDay) return false;
  const id = randomUUID();
  const job = randomUUID();
  const secret = newSecret();
  await db.query(
    `INSERT INTO alert_subscriptions (id, email, search, frequency, language, created_at, next_job) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, email, JSON.stringify(search), input.frequency, input.language ?? 'de', now, job],
  );
  await db.query(`INSERT INTO alert_tokens (hash, subscription_id, purpose, created_at) VALUES ($1, $2, 'confirm', $3)`, [digest(secret), id, now]);
  await scheduleJob(db, alertJobs.expire, job, new Date(now.getTime() + alertRules.confirmValidDays * day));
  await enqueue(db, confirmMessage(email, search, input.frequency, origin, secret, alertRules.confirmValidDays));
  return true;
}

export interface AlertTarget {
  id: string;
  search: AlertSearch;
  frequency: 'daily' | 'weekly';
  language: TextLanguage;
  confirmed: boolean;
}

/** The subscription a link's secret belongs to (for `purpose`); undefined for an unknown or spent one. */
export async function findByToken(db: Queryable, secret: string, purpose: 'confirm' | 'unsubscribe'): Promise<AlertTarget | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  const { rows } = await db.query<AlertTarget>(
    `SELECT s.id, s.search, s.frequency, s.language, s.confirmed_at IS NOT NULL AS confirmed
     FROM alert_tokens t JOIN alert_subscriptions s ON s.id = t.subscription_id
     WHERE t.hash = $1 AND t.purpose = $2`,
    [digest(secret), purpose],
  );
  return rows[0];
}

/**
 * Confirms: the digests start from the listings published so far (the first one reports what is
 * new after this moment). An earlier subscription of the address to the same search is replaced.
 * Run it in a transaction. Undefined when the link is unknown; a second confirmation changes nothing.
 */
export async function confirmAlert(db: Queryable, secret: string, now: Date): Promise<AlertTarget | undefined> {
  const target = await findByToken(db, secret, 'confirm');
  if (!target || target.confirmed) return target;
  const { rows } = await db.query<{ version: string }>('SELECT version FROM search_version');
  const job = randomUUID();
  const { rows: confirmed } = await db.query<{ email: string }>(
    `UPDATE alert_subscriptions SET confirmed_at = $2, seen_version = $3, next_job = $4 WHERE id = $1 AND confirmed_at IS NULL RETURNING email`,
    [target.id, now, rows[0]!.version, job],
  );
  if (confirmed.length === 0) return { ...target, confirmed: true };
  await db.query(
    `DELETE FROM alert_subscriptions WHERE id <> $1 AND lower(email) = lower($2) AND search = $3::jsonb AND confirmed_at IS NOT NULL`,
    [target.id, confirmed[0]!.email, JSON.stringify(target.search)],
  );
  await scheduleJob(db, alertJobs.digest, job, new Date(now.getTime() + alertRules.periodDays[target.frequency] * day));
  return { ...target, confirmed: true };
}

/** Deletes the subscription (its tokens go with it); true when there was one. */
export async function unsubscribe(db: Queryable, secret: string): Promise<boolean> {
  const target = await findByToken(db, secret, 'unsubscribe');
  if (!target) return false;
  const { rowCount } = await db.query('DELETE FROM alert_subscriptions WHERE id = $1', [target.id]);
  return rowCount === 1;
}

