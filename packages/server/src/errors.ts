import type { FieldError } from '@mitmachen/contract';

/** Where problem `type` URIs point; each slug is documented in the contract's responses. */
export const PROBLEM_BASE = 'https://mitmachen.dev/problems/';

/**
 * An error that becomes an RFC 9457 problem response. Code below the HTTP layer throws these
 * when the fault is the client's (an unknown place, a missing posting), so the HTTP layer never
 * has to guess a status from a message.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
    this.name = 'ProblemError';
  }
}

/** A body field is invalid (422), named by JSON pointer, e.g. `/location/address/city`. */
export function invalidField(pointer: string, detail: string): ProblemError {
  return new ProblemError(422, 'validation', 'Your request is not valid', `${pointer}: ${detail}`, [
    { pointer, detail },
  ]);
}

/** A query or path parameter is invalid (400). */
export function invalidParameter(parameter: string, detail: string): ProblemError {
  return new ProblemError(400, 'invalid-parameter', 'Invalid query parameter', `${parameter}: ${detail}`, [
    { parameter, detail },
  ]);
}

export function notFound(detail: string): ProblemError {
  return new ProblemError(404, 'not-found', 'Not found', detail);
}

export function conflict(detail: string): ProblemError {
  return new ProblemError(409, 'conflict', 'Conflict', detail);
}
