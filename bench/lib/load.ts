/**
 * One load run: a fixed number of keep-alive connections, each sending its next request as
 * soon as the last one was answered (closed loop), for a fixed time. Requests rotate through a
 * list of paths shared by all connections, so no single URL is answered from a cache over and
 * over. Latency is recorded per response and the percentiles are exact (no histogram buckets).
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Paths with query, sent in this order, round-robin over all connections. */
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
  /** Where in `paths` to begin, so a run can continue where the warm-up stopped. */
  offset?: number;
  /**
   * Open a new connection after this many requests on one. autocannon ignores `Connection:
   * close` and sends its next request on a socket the server is closing, which ends in a
   * connection reset; behind nginx (keepalive_requests 1000) set this below that limit.
   */
  reconnectEvery?: number;
}

export interface LoadResult {
  connections: number;
  /** Seconds the run actually took. */
  seconds: number;
  /** Responses received (any status). */
  responses: number;
  requestsPerSecond: number;
  /** Milliseconds, over every response received. */
  latency: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Connection errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  /** Responses with a status outside 200–299, by status. */
  non2xx: Record<string, number>;
  /** Requests that got no response, by error message (e.g. a connection reset). */
  errorMessages: Record<string, number>;
  /** Where the next run should continue in `paths`. */
  nextOffset: number;
}

/**
 * A request not answered by then counts as a timeout. The server answers 503 itself after 30 s
 * (limits.handlerTimeoutMs); waiting as long lets a queue on a slow database show as latency.
 */
export const requestTimeoutSeconds = 30;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.paths.length === 0) throw new RangeError('runLoad needs at least one path');
  let next = options.offset ?? 0;
  const latencies: number[] = [];
  const non2xx: Record<string, number> = {};
  const errorMessages: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: requestTimeoutSeconds,
        ...(options.reconnectEvery === undefined ? {} : { reconnectRate: options.reconnectEvery }),
        // No If-None-Match and no other conditional header: every answer is computed and sent whole.
        headers: { accept: 'application/json' },
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }),
          },
        ],
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
          return;
        }
        resolve({
          connections: options.connections,
          seconds: result.duration,
          responses: latencies.length,
          requestsPerSecond: latencies.length / result.duration,
          latency: summarise(latencies),
          errors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          non2xx,
          errorMessages,
          nextOffset: next % options.paths.length,
        });
      },
    );
    instance.on('reqError', (error: Error) => {
      errorMessages[error.message] = (errorMessages[error.message] ?? 0) + 1;
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx[statusCode] = (non2xx[statusCode] ?? 0) + 1;
    });
  });
}

/** Exact nearest-rank percentiles of `latencies` (milliseconds). */
export function summarise(latencies: number[]): LoadResult['latency'] {
  if (latencies.length === 0) return { p50: Number.NaN, p95: Number.NaN, p99: Number.NaN, max: Number.NaN, mean: Number.NaN };
  const sorted = Float64Array.from(latencies).sort();
  // Nearest rank: the smallest value with at least p % of the responses at or below it.
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]!, mean };
}
