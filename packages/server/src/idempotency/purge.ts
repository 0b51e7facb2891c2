import type { Queryable } from '../db/database.js';
import { purgeSpentSolutions } from '../spam/altcha.js';
import { purgeExpiredKeys } from './store.js';

/** How often expired keys are deleted; keys therefore live between 24 and 25 hours. */
export const purgeIntervalMs = 60 * 60 * 1000;

/**
 * Purges expired keys (and spent proof-of-work solutions whose challenge expired) now and then every `purgeIntervalMs`, without keeping the process alive.
 * Returns a function that stops it and waits for a purge in progress, so the database can be
 * closed right after. Failures (database briefly away) are reported and retried next time.
 */
export function startKeyPurge(q: Queryable, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = Promise.all([purgeExpiredKeys(q), purgeSpentSolutions(q)]).then(() => {}, onError);
  };
  run();
  const timer = setInterval(run, purgeIntervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
