import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { PostingAccepted } from '@mitmachen/contract';
import { runIdempotent } from '../idempotency/run-idempotent.js';
import { spendSolution } from '../spam/altcha.js';
import { cacheControl } from './caching.js';
import type { RouteContext } from './routes/index.js';

/**
 * Answers an anonymous creating POST with 202. The order of checks is part of the contract:
 * the body (validated before this runs), then an Idempotency-Key replay (which returns the
 * stored answer even though its proof of work is spent by now), then the proof of work, then the
 * write. Solution, posting and key are stored in one transaction before the response leaves, so
 * a 202 is never lost and a failed request spends nothing.
 */
export async function acceptPosting<T extends object = PostingAccepted>(
  context: RouteContext,
  request: FastifyRequest,
  reply: FastifyReply,
  scope: string,
  create: (client: pg.PoolClient) => Promise<T>,
): Promise<FastifyReply> {
  const db = context.database();
  // Read before the transaction: PGlite has one connection, which the transaction holds.
  const hmacKey = await context.altchaKey();
  const key = request.headers['idempotency-key'];
  const solution = request.headers.altcha;
  const response = await runIdempotent(
    db,
    { scope, key: typeof key === 'string' ? key : undefined, body: request.body },
    async (client) => {
      await spendSolution(client, typeof solution === 'string' ? solution : undefined, hmacKey);
      return { status: 202, body: await create(client) };
    },
  );
  if (response.replayed) reply.header('Idempotent-Replayed', 'true');
  else context.mailQueued();
  return reply
    .code(response.status)
    .header('Cache-Control', cacheControl.none)
    .type('application/json; charset=utf-8')
    .send(response.body);
}
