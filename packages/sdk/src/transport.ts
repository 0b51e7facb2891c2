import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { MitmachenError, NetworkError, TimeoutError, apiErrorFrom } from './errors.js';
import { IDEMPOTENT_REPLAY_STATUS, kyRetryOptions, resolveRetryPolicy, type RetryPolicy } from './retry.js';

export interface TransportOptions {
  /** The API base including the version, e.g. `https://api.example.org/v1`; a trailing slash is optional. */
  baseUrl: string | URL;
  /** A fetch implementation; by default the global `fetch` as it is at call time. */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may take, body included; `false` for none. Default 10 000. */
  timeout?: number | false;
  retry?: number | RetryPolicy;
  /** Headers sent with every request (a `User-Agent` in Node, say). */
  headers?: Record<string, string>;
}

/** What every call accepts. */
export interface CallOptions {
  /** Aborts the call; it then rejects with `signal.reason`, as `fetch` does. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for this call. */
  timeout?: number | false;
}

export interface ApiRequest {
  method: 'get' | 'post';
  /** Relative to the base URL, without a leading slash. */
  path: string;
  searchParams?: URLSearchParams;
  json?: unknown;
  headers?: Record<string, string>;
  /** Makes a POST safe to repeat, and so retryable. */
  idempotencyKey?: string;
}

export type Send = <T>(request: ApiRequest, call?: CallOptions) => Promise<T>;

export const DEFAULT_TIMEOUT = 10_000;

/** Statuses whose responses have no body; `new Response(body)` refuses one for them. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createTransport(options: TransportOptions): Send {
  const policy = resolveRetryPolicy(options.retry);
  const clientTimeout = options.timeout ?? DEFAULT_TIMEOUT;
  const api = ky.create({
    prefixUrl: options.baseUrl,
    fetch: bufferedFetch(options.fetch),
    headers: { accept: 'application/json, application/problem+json', ...options.headers },
  });

  return async function send<T>(request: ApiRequest, call: CallOptions = {}): Promise<T> {
    const timeout = call.timeout ?? clientTimeout;
    const headers: Record<string, string> = { ...request.headers };
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
    const retry =
      request.method === 'get'
        ? kyRetryOptions(policy, 'get')
        : request.idempotencyKey !== undefined
          ? kyRetryOptions(policy, 'post', [IDEMPOTENT_REPLAY_STATUS])
          : 0;
    // A string, not the URLSearchParams: ky tests those with `.size`, which Safari 16 lacks.
    const search = request.searchParams?.toString() ?? '';
    try {
      const response = await api(request.path, {
        method: request.method,
        headers,
        timeout,
        retry,
        ...(search === '' ? {} : { searchParams: search }),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      });
      return await parseBody<T>(response);
    } catch (error) {
      throw await toSdkError(error, call.signal, timeout);
    }
  };
}

/**
 * Wraps fetch so that each attempt reads the whole body: ky's timeout then bounds the body too,
 * and a connection lost halfway through the body is retried like one lost before the headers.
 * A fetch that fails without an abort becomes a NetworkError, the one error ky retries as such.
 */
function bufferedFetch(custom: typeof globalThis.fetch | undefined): typeof globalThis.fetch {
  return async (input, init) => {
    const fetchImpl = custom ?? globalThis.fetch;
    try {
      const response = await fetchImpl(input, init);
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      if (signal?.aborted) throw error;
      const target = input instanceof Request ? `${input.method} ${input.url}` : String(input);
      const reason = error instanceof Error ? error.message : String(error);
      throw new NetworkError(`Could not reach the API: ${target} (${reason})`, { cause: error });
    }
  };
}

async function parseBody<T>(response: Response): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new MitmachenError(`The API answered ${response.status} with a body that is not JSON`, { cause });
  }
}

async function toSdkError(error: unknown, signal: AbortSignal | undefined, timeout: number | false): Promise<unknown> {
  // An abort wins over whatever the aborted attempt reported on its way out.
  if (signal?.aborted) return signal.reason;
  if (error instanceof HTTPError) return apiErrorFrom(error.response);
  if (error instanceof KyTimeoutError) {
    const { method, url } = error.request;
    return new TimeoutError(`${method} ${url} took longer than ${String(timeout)} ms`, Number(timeout));
  }
  return error;
}
