/**
 * Every error leaves the server as an RFC 9457 problem (`application/problem+json`). This file
 * decides which problem an error is, and sends it.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '@mitmachen/contract';
import { limits } from '../config.js';
import { PROBLEM_BASE, ProblemError } from '../errors.js';
import type { Contract } from './contract.js';
import { validationProblem } from './validation.js';

export const problemContentType = 'application/problem+json; charset=utf-8';

export function sendProblem(reply: FastifyReply, problem: ProblemError): FastifyReply {
  const body: Problem = { type: PROBLEM_BASE + problem.slug, title: problem.title, status: problem.status };
  if (problem.detail !== undefined) body.detail = problem.detail;
  if (problem.errors !== undefined && problem.errors.length > 0) body.errors = problem.errors;
  for (const [name, value] of Object.entries(problem.headers ?? {})) reply.header(name, value);
  // An error is about this moment: no cache may keep it.
  return reply.code(problem.status).header('Cache-Control', 'no-store').type(problemContentType).send(JSON.stringify(body));
}

/** 503 while the server starts, shuts down or cannot reach its database. */
export function unavailable(detail: string): ProblemError {
  return new ProblemError(503, 'unavailable', 'Service unavailable', detail, undefined, {
    'Retry-After': String(limits.retryAfterSeconds),
  });
}

/** Maps anything thrown while handling a request to the problem the client gets. */
export function problemFor(error: unknown, request: FastifyRequest, contract: Contract, bodyLimitBytes: number): ProblemError {
  if (error instanceof ProblemError) return error;
  const fastifyError = error as Partial<FastifyError> & { validation?: unknown };
  if (Array.isArray(fastifyError.validation)) {
    return validationProblem(
      fastifyError.validation,
      fastifyError.validationContext ?? 'body',
      request.routeOptions.config.operation,
      contract,
    );
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return unsupportedMediaType();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      if (request.routeOptions.config.operation?.operationId === 'importListings') {
        return new ProblemError(413, 'too-large', 'File too large', `The file must not be larger than ${limits.importFileBytes / 1024 / 1024} MiB; split it into several imports.`);
      }
      return new ProblemError(413, 'too-large', 'Request body too large', `The body must not be larger than ${bodyLimitBytes} bytes.`);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ProblemError(400, 'invalid-json', 'Body is not valid JSON', 'The body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return invalidJson();
    default:
      break;
  }
  // Fastify's JSON parser rejects broken JSON (and `__proto__` keys) with a SyntaxError marked 400.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return invalidJson();
  if (isDatabaseUnavailable(error)) return unavailable('The database is not reachable right now; please try again shortly.');
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own client errors (bad URL encoding, header too large, …) carry safe messages.
    return new ProblemError(status, 'bad-request', 'Bad request', fastifyError.message);
  }
  return new ProblemError(500, 'internal', 'Internal server error', 'Something went wrong on our side. It has been logged; please try again later.');
}

export function unsupportedMediaType(): ProblemError {
  return new ProblemError(415, 'unsupported-media-type', 'Unsupported media type', 'Send the body as JSON with Content-Type: application/json.');
}

function invalidJson(): ProblemError {
  return new ProblemError(400, 'invalid-json', 'Body is not valid JSON', 'The body could not be parsed as JSON.');
}

/** SQLSTATE classes and codes that mean "the database is away or overloaded", not "your request is wrong". */
const unavailableStates = new Set(['57P01', '57P02', '57P03', '53300', '57014']);
const unavailableNetworkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const unavailableMessages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /client was closed/i,
  /client has encountered a connection error/i,
  /pglite is closed/i,
];

/** Connection failures of pg (PostgreSQL) or PGlite, which a client should simply retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || unavailableStates.has(code) || unavailableNetworkCodes.has(code)) return true;
  }
  if (unavailableMessages.some((pattern) => pattern.test(error.message))) return true;
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause);
}
