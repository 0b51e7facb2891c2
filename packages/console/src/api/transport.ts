import { ConsoleApiError, readProblem, retryAfterSeconds } from './problem.js';

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

export interface RequestOptions {
  json?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The console's one way to the API: same origin, the session cookie sent by the browser, the
 * CSRF token on every state-changing request, problems thrown as ConsoleApiError. No retries: a
 * moderator's action must not be sent twice behind their back, and reads are repeated by the
 * screen's own "try again".
 */
export class Transport {
  readonly base: string;
  /** Given by the session; sent back in `X-CSRF-Token`. */
  csrfToken: string | undefined;
  /**
   * Fetches the session's current CSRF token. Called once when the server refuses a request for
   * its CSRF token: after signing in again in another tab, this page holds the old session's.
   */
  refreshCsrf: (() => Promise<void>) | undefined;
  readonly #fetch: typeof fetch;

  constructor(base: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.#fetch = fetchImpl;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    try {
      return await this.#send<T>(method, path, options);
    } catch (error) {
      const csrf = error instanceof ConsoleApiError && error.status === 403 && /csrf/i.test(error.problem?.type ?? '');
      if (!csrf || this.refreshCsrf === undefined) throw error;
      await this.refreshCsrf();
      return this.#send<T>(method, path, options);
    }
  }

  async #send<T>(method: string, path: string, { json, query, signal }: RequestOptions): Promise<T> {
    const url = new URL(path.replace(/^\//, ''), new URL(this.base, document.baseURI));
    for (const [key, value] of Object.entries(query ?? {})) {
      // Arrays as repeated parameters (`region=a&region=b`), the contract's `explode: true`.
      for (const one of Array.isArray(value) ? value : [value]) {
        if (one !== undefined && one !== '') url.searchParams.append(key, String(one));
      }
    }
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (json !== undefined) headers['content-type'] = 'application/json';
    if (unsafe.has(method) && this.csrfToken !== undefined) headers['x-csrf-token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method,
        headers,
        body: json === undefined ? undefined : JSON.stringify(json),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ConsoleApiError(0, undefined, undefined, error);
    }
    if (!response.ok) throw new ConsoleApiError(response.status, await readProblem(response), retryAfterSeconds(response));
    if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : undefined) as T;
  }
}
