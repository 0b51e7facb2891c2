/**
 * The server's periodic chores, run now and then every hour without keeping the process alive:
 * forgetting expired idempotency keys, spent proof-of-work solutions and closed rate-limit
 * windows, deleting personal data after the retention period, and marking listings past their
 * expiry date expired (so the change feed tells copies).
 */
import type { Queryable } from './db/database.js';
import { expireListings } from './changes/expiry.js';
import { purgeChallenges } from './console/passkeys.js';
import { purgeSignInLinks } from './console/sessions.js';
import { purgeLifecycle } from './manage/jobs.js';
import { purgeExpiredKeys } from './idempotency/store.js';
import { purgeClosedWindows } from './rate-limit/store.js';
import { purgePersonalData, type RetentionPeriods } from './retention/purge.js';
import { purgeSpentSolutions } from './spam/altcha.js';

export const housekeepingIntervalMs = 60 * 60 * 1000;

/**
 * Starts the chores; returns a function that stops them and waits for a run in progress, so the
 * database can be closed right after. Failures (database briefly away) are reported and retried
 * next time.
 */
export function startHousekeeping(db: Queryable, retention: () => RetentionPeriods, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = Promise.all([
      // Finished lifecycle jobs, and manage links whose listing is gone.
      purgeLifecycle(db),
      purgeExpiredKeys(db),
      purgeSpentSolutions(db),
      purgeClosedWindows(db),
      purgeSignInLinks(db),
      purgeChallenges(db),
      purgePersonalData(db, retention()),
      expireListings(db),
      // Search indexes further behind than this reload instead of replaying the log.
      db.query("SELECT prune_search_changes(interval '1 day')"),
    ]).then(() => {}, onError);
  };
  run();
  const timer = setInterval(run, housekeepingIntervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
