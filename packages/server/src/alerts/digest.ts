/**
 * The digest job. "New" means published (or published again) since the last digest, told by the
 * change feed's `published_version` (migration 091) against the search version the subscription
 * saw last, so a listing moderated days after it was written counts when it goes public, and
 * none is reported twice. Which of them match is the search's own answer to the saved search:
 * its results, newest first, are read until every candidate was met or passed.
 */
import { randomUUID } from 'node:crypto';
import type { AlertSearch, OpportunityListItem, TextLanguage } from '@mitmachen/contract';
import type pg from 'pg';
import { digest, newSecret } from '../console/secrets.js';
import type { Queryable } from '../db/database.js';
import { scheduleJob } from '../jobs/store.js';
import { enqueue } from '../mail/outbox.js';
import { searchOpportunities } from '../opportunities/search.js';
import { digestMessage } from './messages.js';
import { alertJobs, alertRules } from './rules.js';

const pageSize = 50;

/**
 * The listings among `candidates` (id → created) that the search finds, newest first. The search
 * runs on `db`, the job's own transaction: with PGlite's single connection the pool would wait
 * for it (so the SQL engine answers here, which the parity tests hold equal to the index).
 */
export async function matchingListings(db: Queryable, search: AlertSearch, lang: TextLanguage, candidates: Map<string, Date>): Promise<OpportunityListItem[]> {
  const found: OpportunityListItem[] = [];
  const left = new Map(candidates);
  for (let page = 1; left.size > 0 && page <= 1000; page++) {
    const result = await searchOpportunities(db, { ...search, sort: 'newest', page, pageSize }, lang);
    for (const item of result.items) {
      if (left.delete(item.id)) found.push(item);
    }
    const last = result.items.at(-1);
    if (!last || result.items.length < pageSize) break;
    // Sorted by creation, newest first: once past the oldest candidate none can follow.
    const oldest = Math.min(...[...left.values()].map((created) => created.getTime()));
    if (new Date(last.createdAt).getTime() < oldest) break;
  }
  return found;
}

export function digestHandler(origin: () => string) {
  return async (client: pg.PoolClient, job: string, now: Date): Promise<void> => {
    const { rows } = await client.query<{ id: string; email: string; search: AlertSearch; frequency: 'daily' | 'weekly'; language: TextLanguage; seen_version: string }>(
      `SELECT id, email, search, frequency, language, seen_version FROM alert_subscriptions
       WHERE next_job = $1 AND confirmed_at IS NOT NULL FOR UPDATE`,
      [job],
    );
    const subscription = rows[0];
    // Unsubscribed or erased meanwhile: nothing to send, nothing to schedule.
    if (!subscription) return;
    const { rows: version } = await client.query<{ version: string }>('SELECT version FROM search_version');
    const current = version[0]!.version;
    const { rows: candidates } = await client.query<{ id: string; created_at: Date }>(
      `SELECT f.id, o.created_at FROM change_feed f JOIN opportunities o ON o.id = f.id
       WHERE f.reason IS NULL AND f.published_version > $1 AND f.published_version <= $2`,
      [subscription.seen_version, current],
    );
    const matched =
      candidates.length === 0 ? [] : await matchingListings(client, subscription.search, subscription.language, new Map(candidates.map((row) => [row.id, row.created_at])));
    if (matched.length > 0) {
      const secret = newSecret();
      await client.query(`INSERT INTO alert_tokens (hash, subscription_id, purpose, created_at) VALUES ($1, $2, 'unsubscribe', $3)`, [
        digest(secret),
        subscription.id,
        now,
      ]);
      const shown = matched.slice(0, alertRules.listingsPerDigest);
      await enqueue(client, digestMessage(subscription.email, subscription.search, shown, matched.length - shown.length, origin(), secret));
    }
    // The next digest no sooner than a period from now: at most one mail a day or a week.
    const next = randomUUID();
    await client.query(
      `UPDATE alert_subscriptions SET seen_version = $2, next_job = $3, last_digest_at = CASE WHEN $4 THEN $5 ELSE last_digest_at END WHERE id = $1`,
      [subscription.id, current, next, matched.length > 0, now],
    );
    await scheduleJob(client, alertJobs.digest, next, new Date(now.getTime() + alertRules.periodDays[subscription.frequency] * 86_400_000));
  };
}

export async function expiryHandler(client: Queryable, job: string): Promise<void> {
  await client.query('DELETE FROM alert_subscriptions WHERE next_job = $1 AND confirmed_at IS NULL', [job]);
}
