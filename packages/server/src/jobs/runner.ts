/**
 * Runs scheduled jobs from the database. Any number of runners (one per server process) may
 * share one database: a job is claimed with a lease, then done and marked done in one
 * transaction, which commits only while the lease is still this runner's. So a job's effects
 * (mail queued in the outbox, states changed) happen exactly once, and a runner that dies
 * leaves its jobs to the next one when the lease runs out.
 */
import type pg from 'pg';
import type { Database } from '../db/database.js';
import { claimDueJobs, markJobDone, markJobFailed, type JobRow } from './store.js';

/** Does one job inside the runner's transaction; `now` is the runner's clock. */
export type JobHandler = (client: pg.PoolClient, subjectId: string, now: Date) => Promise<void>;

export interface JobRunnerOptions {
  /** The current time (tests pass a clock they move). */
  clock: () => Date;
  handlers: Record<string, JobHandler>;
  /** How often to look for due jobs; 0: only when `runDue()` is called (tests). */
  pollMs?: number;
  batch?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Called after a round that queued mail, so the outbox worker sends it now. */
  onDone?: (done: number) => void;
  onError?: (error: unknown, job?: { id: string; kind: string; attempts: number }) => void;
}

export const jobDefaults = { pollMs: 60_000, batch: 20, leaseMs: 5 * 60_000, maxAttempts: 5 } as const;

export interface JobRunner {
  /** One round: every job due now. Resolves with how many were done. */
  runDue(): Promise<number>;
  stop(): Promise<void>;
}

class LeaseLost extends Error {}

export function createJobRunner(db: Database, options: JobRunnerOptions): JobRunner {
  const settings = { ...jobDefaults, ...options };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runOne = async (job: JobRow): Promise<boolean> => {
    const handler = settings.handlers[job.kind];
    const now = settings.clock();
    try {
      if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
      await db.transaction(async (client) => {
        await handler(client, job.subject_id, now);
        if (!(await markJobDone(client, job, now))) throw new LeaseLost();
      });
      return true;
    } catch (error) {
      if (error instanceof LeaseLost) return false;
      const retry = job.attempts >= settings.maxAttempts ? undefined : 60_000 * 2 ** (job.attempts - 1);
      await markJobFailed(db.pool, job, now, error instanceof Error ? error.message : String(error), retry);
      settings.onError?.(error, { id: job.id, kind: job.kind, attempts: job.attempts });
      return false;
    }
  };

  const round = async (): Promise<number> => {
    let done = 0;
    for (;;) {
      const jobs = await claimDueJobs(db.pool, settings.clock(), settings.batch, settings.leaseMs);
      for (const job of jobs) if (await runOne(job)) done++;
      if (jobs.length < settings.batch || stopped) break;
    }
    if (done > 0) settings.onDone?.(done);
    return done;
  };

  // Rounds run one after another: a caller during a round gets a round of its own after it,
  // so jobs that became due meanwhile are not missed.
  let chain: Promise<number> = Promise.resolve(0);
  const runDue = (): Promise<number> => {
    chain = chain.then(round, round).catch((error: unknown) => {
      settings.onError?.(error);
      return 0;
    });
    return chain;
  };

  const schedule = () => {
    if (stopped || !(settings.pollMs > 0 && Number.isFinite(settings.pollMs))) return;
    timer = setTimeout(() => void runDue().finally(schedule), settings.pollMs);
    timer.unref();
  };
  schedule();

  return {
    runDue,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}
