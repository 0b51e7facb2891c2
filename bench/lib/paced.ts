/**
 * Open-loop load, evenly paced: request i is due at start + i / rate, whether or not earlier
 * ones have been answered, and is sent on a free connection of a fixed pool. Its latency is
 * counted from when it was DUE, not from when it could be sent, so a server that falls behind
 * shows its queue in the latencies instead of quietly slowing the generator down (coordinated
 * omission). autocannon's `overallRate` releases each second's quota at the second's start,
 * which measures how a burst queues, not an even load; this does not.
 *
 * The scheduling is separate from the network (a `Clock` and a `Send`), so its arithmetic is
 * unit-tested with a simulated clock (test/bench/paced.test.ts).
 */
import { Pool } from 'undici';
import { requestTimeoutSeconds, summarise, type LoadResult } from './load.js';

/** Milliseconds on a monotonic clock, and a way to wait until a given one. */
export interface Clock {
  now(): number;
  sleepUntil(milliseconds: number): Promise<void>;
}

export const wallClock: Clock = {
  now: () => performance.now(),
  sleepUntil: (milliseconds) => new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds - performance.now()))),
};

/** Sends one request; resolves with the HTTP status once the whole answer has arrived. */
export type Send = (path: string) => Promise<number>;

export interface PacedOptions {
  /** Paths with query, sent in this order, round-robin. */
  paths: readonly string[];
  /** Requests per second offered. */
  rate: number;
  /** At most this many requests in flight (the connection pool's size). */
  connections: number;
  durationSeconds: number;
  /**
   * Requests still waiting for a connection when the time is up are sent for this many seconds
   * more (their latency, counted from their due time, is what a user behind the queue would
   * see); the rest are dropped and counted as unsent. Default 5.
   */
  graceSeconds?: number;
  /** Where in `paths` to begin. */
  offset?: number;
  clock?: Clock;
  send: Send;
}

export interface PacedLoad {
  /** Requests offered in the run: rate × duration. */
  scheduled: number;
  /** Requests that found every connection busy when due and waited for one (their wait is in their latency). */
  waited: number;
  /** Requests still waiting for a connection when the run's time was up: never sent. */
  unsent: number;
  /** Milliseconds from due to sent: p99 and max (the generator's own lateness plus waits for a connection). */
  sendLag: { p99: number; max: number };
}

export type PacedResult = LoadResult & { offeredRate: number; paced: PacedLoad };

/** When request `i` is due, in the clock's milliseconds. */
export const dueAt = (start: number, rate: number, i: number): number => start + (i * 1000) / rate;

/** How many requests a run offers. */
export const scheduledCount = (rate: number, durationSeconds: number): number => Math.floor(rate * durationSeconds);

const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Offers `rate` requests a second for `durationSeconds`, each when due; a request due while all
 * connections are busy waits for the next free one (first come, first served). Requests still
 * waiting `graceSeconds` after the time is up are dropped and counted as unsent; those in flight
 * are awaited.
 */
export async function runPaced(options: PacedOptions): Promise<PacedResult> {
  const { paths, rate, connections, durationSeconds, send } = options;
  if (paths.length === 0) throw new RangeError('runPaced needs at least one path');
  if (!(rate > 0) || connections < 1) throw new RangeError('runPaced needs a positive rate and at least one connection');
  const clock = options.clock ?? wallClock;
  const offset = options.offset ?? 0;
  const total = scheduledCount(rate, durationSeconds);
  const latencies: number[] = [];
  const lags: number[] = [];
  const non2xx: Record<string, number> = {};
  const errorMessages: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  let busy = 0;
  let waited = 0;
  // A queue of request numbers waiting for a connection; `head` instead of shift() keeps it O(1).
  const waiting: number[] = [];
  let head = 0;
  const inFlight = new Set<Promise<void>>();
  const start = clock.now();
  const deadline = start + (durationSeconds + (options.graceSeconds ?? 5)) * 1000;

  const launch = (i: number): void => {
    busy++;
    const due = dueAt(start, rate, i);
    lags.push(clock.now() - due);
    const request = send(paths[(offset + i) % paths.length]!).then(
      (status) => {
        latencies.push(clock.now() - due);
        if (status < 200 || status > 299) non2xx[status] = (non2xx[status] ?? 0) + 1;
      },
      (error: unknown) => {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && timeoutCodes.has(code)) timeouts++;
        else errors++;
        const message = error instanceof Error ? error.message : String(error);
        errorMessages[message] = (errorMessages[message] ?? 0) + 1;
      },
    );
    const tracked = request.finally(() => {
      inFlight.delete(tracked);
      busy--;
      if (head < waiting.length && clock.now() < deadline) launch(waiting[head++]!);
    });
    inFlight.add(tracked);
  };

  let next = 0;
  while (next < total) {
    const now = clock.now();
    // Everything due by now goes out (several at once when the generator was late).
    for (; next < total && dueAt(start, rate, next) <= now; next++) {
      if (busy < connections) launch(next);
      else {
        waited++;
        waiting.push(next);
      }
    }
    if (next < total) await clock.sleepUntil(dueAt(start, rate, next));
  }
  await clock.sleepUntil(start + durationSeconds * 1000);
  // Each answer sends the next waiting request until the deadline; then the queue stops moving.
  while (inFlight.size > 0) await Promise.all(inFlight);
  const unsent = waiting.length - head;
  const seconds = (clock.now() - start) / 1000;
  const sortedLags = Float64Array.from(lags).sort();
  return {
    connections,
    seconds,
    responses: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    latency: summarise(latencies),
    errors,
    timeouts,
    non2xx,
    errorMessages,
    nextOffset: (offset + total) % paths.length,
    offeredRate: rate,
    paced: {
      scheduled: total,
      waited,
      unsent,
      sendLag: {
        p99: sortedLags.length ? sortedLags[Math.max(0, Math.ceil(0.99 * sortedLags.length) - 1)]! : Number.NaN,
        max: sortedLags.length ? sortedLags[sortedLags.length - 1]! : Number.NaN,
      },
    },
  };
}

/**
 * A pool of `connections` keep-alive connections to `origin` (undici's Pool; runPaced never has
 * more requests in flight than that, so the pool never queues). Each answer is read to its end.
 */
export function poolSender(origin: string, connections: number): { send: Send; warm: () => Promise<void>; close: () => Promise<void> } {
  const pool = new Pool(origin, {
    connections,
    pipelining: 1,
    headersTimeout: requestTimeoutSeconds * 1000,
    bodyTimeout: requestTimeoutSeconds * 1000,
    keepAliveTimeout: 60_000,
  });
  const get = async (path: string): Promise<number> => {
    // No If-None-Match and no Accept-Encoding: every answer is computed and sent whole, as in runLoad.
    const { statusCode, body } = await pool.request({ method: 'GET', path, headers: { accept: 'application/json' } });
    for await (const chunk of body) void chunk;
    return statusCode;
  };
  return {
    send: get,
    // Opens every connection before the clock starts, so the run measures searches, not handshakes.
    warm: async () => {
      await Promise.all(Array.from({ length: connections }, () => get('/health')));
    },
    close: () => pool.close(),
  };
}
