import type { components } from '@mitmachen/contract';

export type Problem = components['schemas']['Problem'];

/**
 * An answer of the API that is not a success, or no answer at all (`status` 0): the problem
 * details the server sent, so a screen can put each field error next to its field.
 */
export class ConsoleApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  /** Seconds the server asked to wait (429, 503), from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfter?: number, cause?: unknown) {
    super(problem?.detail ?? problem?.title ?? (status === 0 ? 'network error' : `HTTP ${status}`), { cause });
    this.name = 'ConsoleApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The server's message for the body field at `pointer` (`/email`), if it named one. */
  fieldError(pointer: string): string | undefined {
    return this.problem?.errors?.find((error) => error.pointer === pointer)?.detail;
  }

  get network(): boolean {
    return this.status === 0;
  }
}

/** Reads a problem body when there is one; a proxy's HTML error page is no problem document. */
export async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null && 'status' in body ? (body as Problem) : undefined;
  } catch {
    return undefined;
  }
}

export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
