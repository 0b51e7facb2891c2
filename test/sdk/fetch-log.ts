/**
 * A `fetch` for the SDK that calls the real global fetch and notes what went over the wire,
 * so a test can assert on attempts, statuses and headers the SDK itself hides.
 */
export interface Attempt {
  method: string;
  url: string;
  idempotencyKey: string | null;
  authorization: string | null;
  altcha: string | null;
  /** Undefined when no response arrived (the request failed or was dropped). */
  status?: number;
}

export interface FetchLog {
  fetch: typeof globalThis.fetch;
  attempts: Attempt[];
  statuses(): (number | undefined)[];
}

export interface FetchLogOptions {
  /**
   * Called with each real response before the SDK sees it; throwing here makes the attempt fail
   * after the server has done its work (a response lost on the way back).
   */
  afterResponse?: (response: Response, attempt: Attempt, index: number) => void | Promise<void>;
}

export function fetchLog(options: FetchLogOptions = {}): FetchLog {
  const attempts: Attempt[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const attempt: Attempt = {
      method: request.method,
      url: request.url,
      idempotencyKey: request.headers.get('idempotency-key'),
      authorization: request.headers.get('authorization'),
      altcha: request.headers.get('altcha'),
    };
    const index = attempts.push(attempt) - 1;
    const response = await globalThis.fetch(input, init);
    attempt.status = response.status;
    await options.afterResponse?.(response, attempt, index);
    return response;
  };
  return { fetch, attempts, statuses: () => attempts.map((attempt) => attempt.status) };
}
