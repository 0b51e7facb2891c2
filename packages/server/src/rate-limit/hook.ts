/**
 * The rate-limit check, run on every request before it is parsed: the shared database counts
 * the request (in one statement with the others arriving at the same time, batch.ts), then the
 * response carries the headers, or is a 429.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { isDatabaseUnavailable } from '../http/problems.js';
import { bucketOf, clientKey, rateLimitHeaders, tooManyRequests } from './policy.js';
import { requestCounts } from './batch.js';

export function rateLimitHook(config: Config, database: () => Database) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const bucket = bucketOf(request.routeOptions.config?.operation);
    const limit = bucket && config.rateLimits[bucket];
    if (!bucket || !limit) return;
    let count;
    try {
      count = await requestCounts(database().pool).count(bucket, clientKey(request.ip), limit.seconds);
    } catch (error) {
      // Fails open while the database is away: what needs it answers 503 by itself, and what
      // does not (taxonomy) keeps working. Any other failure is a fault and surfaces.
      if (isDatabaseUnavailable(error)) return;
      throw error;
    }
    if (count.hits > limit.requests) throw tooManyRequests(bucket, limit, count);
    reply.headers(rateLimitHeaders(bucket, limit, count));
  };
}
