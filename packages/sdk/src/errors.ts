import type { FieldError, Problem } from '@mitmachen/contract';

/**
 * The base of every error the SDK throws itself. An aborted call is the exception: it rejects
 * with the abort signal's reason, exactly as `fetch` does, so code that already tells aborts
 * apart (`error.name === 'AbortError'`) keeps working.
 */
export class MitmachenError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MitmachenError';
  }
}

/** The API answered with a status outside 2xx (after any retries). */
export class ApiError extends MitmachenError {
  readonly status: number;
  /** The RFC 9457 problem from the body; a generic one when the body was not a problem (a proxy's HTML page, say). */
  readonly problem: Problem;
  /**
   * One message per invalid input, keyed by what the problem names: a JSON pointer into the body
   * (`/title`, `/contact/email`), a query parameter (`radiusKm`) or a header (`Idempotency-Key`).
   * Several messages for one key are joined with `; `.
   */
  readonly fieldErrors: Record<string, string>;
  /** Seconds the server asked us to wait (`Retry-After`), when it said so. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.fieldErrors = fieldErrorsOf(problem.errors ?? []);
    this.retryAfter = retryAfter;
  }
}

/** No HTTP response arrived: DNS, refused or dropped connection, CORS rejection, offline. */
export class NetworkError extends MitmachenError {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/** One attempt took longer than the configured timeout (and timeouts are not retried). */
export class TimeoutError extends MitmachenError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(message: string, timeout: number) {
    super(message);
    this.name = 'TimeoutError';
    this.timeout = timeout;
  }
}

function fieldErrorsOf(errors: readonly FieldError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const key = error.pointer ?? error.parameter ?? error.header;
    if (key === undefined) continue;
    fields[key] = key in fields ? `${fields[key]}; ${error.detail}` : error.detail;
  }
  return fields;
}

/**
 * Builds the ApiError for a non-2xx response. The body is trusted only as far as its shape
 * goes: a gateway may answer with HTML or with JSON that is not a problem at all.
 */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const problem = toProblem(parseJson(text), response);
  return new ApiError(problem, parseRetryAfter(response.headers.get('retry-after')));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toProblem(body: unknown, response: Response): Problem {
  const generic: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  if (!isRecord(body) || typeof body.title !== 'string') return generic;
  const problem: Problem = {
    type: typeof body.type === 'string' ? body.type : generic.type,
    title: body.title,
    // The status line is what actually happened; the body may have been produced upstream.
    status: response.status,
  };
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.instance === 'string') problem.instance = body.instance;
  if (Array.isArray(body.errors)) problem.errors = body.errors.filter(isFieldError);
  return problem;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.detail === 'string';
}

/** `Retry-After` as whole seconds from now: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Every HTTP-date names a month; demanding a letter stops Date.parse reading "-5" as a year.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
