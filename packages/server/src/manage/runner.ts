/**
 * Runs the lifecycle (scheduler.ts) every few minutes in each server process, without keeping
 * the process alive; `wake()` runs it soon after a request queued a job. Several processes on
 * one database are safe (see scheduler.ts). Tests pass `intervalMs: 0` and call `run()`.
 */
import type { Database } from '../db/database.js';
import { runLifecycle, type LifecycleSummary } from './scheduler.js';

export const defaultLifecycleIntervalMs = 5 * 60 * 1000;

export interface LifecycleRunner {
  /** One pass now (waits for one in progress first); resolves with what it did. */
  run(): Promise<LifecycleSummary>;
  /** A pass soon, without waiting for it. */
  wake(): void;
  stop(): Promise<void>;
}

export interface LifecycleOptions {
  clock: () => Date;
  origin: () => string;
  intervalMs?: number;
  /** After a pass that queued mail. */
  mailQueued?: () => void;
  onError?: (error: unknown) => void;
}

export function startLifecycle(db: Database, options: LifecycleOptions): LifecycleRunner {
  const intervalMs = options.intervalMs ?? defaultLifecycleIntervalMs;
  let running: Promise<LifecycleSummary> | undefined;
  let stopped = false;

  const run = async (): Promise<LifecycleSummary> => {
    while (running) await running.catch(() => undefined);
    running = runLifecycle(db, options.clock(), options.origin());
    try {
      const summary = await running;
      if (Object.values(summary).some((count) => count > 0)) options.mailQueued?.();
      return summary;
    } finally {
      running = undefined;
    }
  };
  const safely = () => {
    if (!stopped) run().catch((error: unknown) => options.onError?.(error));
  };
  const timer = intervalMs > 0 ? setInterval(safely, intervalMs) : undefined;
  timer?.unref();
  return {
    run,
    wake: () => void setImmediate(safely),
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
}
