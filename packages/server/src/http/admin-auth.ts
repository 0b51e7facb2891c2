/**
 * Moderation is guarded by one bearer token from the configuration. Without a configured token
 * moderation is switched off (404), never open.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../errors.js';

const challenge = 'Bearer realm="mitmachen moderation"';

/** Throws the problem for a request that may not moderate; returns when it may. */
export function checkAdminToken(request: FastifyRequest, adminToken: string | undefined): void {
  if (adminToken === undefined) {
    throw new ProblemError(404, 'moderation-disabled', 'Moderation disabled',
      'This server has no admin token configured (MITMACHEN_ADMIN_TOKEN), so moderation is switched off.');
  }
  const header = request.headers.authorization;
  if (header === undefined) {
    throw new ProblemError(401, 'unauthorized', 'Authentication required',
      'Send the admin token as Authorization: Bearer <token>.', undefined, { 'WWW-Authenticate': challenge });
  }
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) {
    throw new ProblemError(401, 'unauthorized', 'Authentication required',
      'The Authorization header must be: Bearer <token>.', undefined, { 'WWW-Authenticate': `${challenge}, error="invalid_request"` });
  }
  if (!sameSecret(match[1] as string, adminToken)) {
    throw new ProblemError(403, 'forbidden', 'Forbidden', 'The admin token is not valid.');
  }
}

/** Compares digests, so the time taken reveals neither the token's length nor a common prefix. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
