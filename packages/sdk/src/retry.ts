import { HTTPError, type RetryOptions } from 'ky';
import { parseRetryAfter } from './errors.js';

/** When a failed attempt is tried again. Every field is optional; `retry: 0` switches retries off. */
export interface RetryPolicy {
  /** Attempts after the first one. Default 2. */
  limit?: number;
  /** Response statuses worth another attempt. Default 408, 429, 500, 502, 503, 504. */
  statusCodes?: readonly number[];
  /**
   * The longest `Retry-After` the SDK waits for, in milliseconds. A server asking for longer
   * ends the call with an `ApiError` whose `retryAfter` says how long. Default 30 000.
   */
  maxRetryAfter?: number;
  /** Upper bound of the exponential backoff (0.3 s, 0.6 s, 1.2 s, …) in milliseconds. Default 10 000. */
  backoffLimit?: number;
  /** Also retry an attempt that timed out. Default false: a slow server is not helped by more load. */
  onTimeout?: boolean;
}

export const DEFAULT_RETRY: Readonly<Required<RetryPolicy>> = Object.freeze({
  limit: 2,
  statusCodes: Object.freeze([408, 429, 500, 502, 503, 504]),
  maxRetryAfter: 30_000,
  backoffLimit: 10_000,
  onTimeout: false,
});

/**
 * A create call that carries an `Idempotency-Key` may also meet 409: the server is still
 * processing an earlier attempt of this very call (one whose response was lost). Waiting and
 * asking again returns that attempt's stored answer instead of failing the call.
 */
export const IDEMPOTENT_REPLAY_STATUS = 409;

export function resolveRetryPolicy(retry: number | RetryPolicy | undefined): Required<RetryPolicy> {
  if (typeof retry === 'number') return { ...DEFAULT_RETRY, limit: retry };
  return { ...DEFAULT_RETRY, ...definedFields(retry ?? {}) };
}

/** ky's retry options for one call; `method` is the only method ky may retry for it. */
export function kyRetryOptions(
  policy: Required<RetryPolicy>,
  method: 'get' | 'post',
  extraStatusCodes: readonly number[] = [],
): RetryOptions {
  const statusCodes = [...policy.statusCodes, ...extraStatusCodes];
  return {
    limit: policy.limit,
    methods: [method],
    statusCodes,
    // Honour Retry-After on every retried status, not only ky's default 413/429/503.
    afterStatusCodes: statusCodes,
    maxRetryAfter: policy.maxRetryAfter,
    backoffLimit: policy.backoffLimit,
    retryOnTimeout: policy.onTimeout,
    // ky would shorten a too-long Retry-After to the cap and ask again too early; give up instead.
    shouldRetry: ({ error }) => {
      if (!(error instanceof HTTPError)) return undefined;
      const seconds = parseRetryAfter(error.response.headers.get('retry-after'));
      return seconds !== undefined && seconds * 1000 > policy.maxRetryAfter ? false : undefined;
    },
  };
}

function definedFields(policy: RetryPolicy): RetryPolicy {
  return Object.fromEntries(Object.entries(policy).filter(([, value]) => value !== undefined));
}
