import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { PostingAccepted } from '@mitmachen/contract';
import type { Database } from '../db/database.js';
import { runIdempotent } from '../idempotency/run-idempotent.js';
import { cacheControl } from './caching.js';

/**
 * Answers a creating POST with 202: the posting is stored (pending moderation) together with its
 * Idempotency-Key in one transaction before the response leaves, so a 202 is never lost.
 */
export async function acceptPosting(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Database,
  scope: string,
  create: (client: pg.PoolClient) => Promise<PostingAccepted>,
): Promise<FastifyReply> {
  const key = request.headers['idempotency-key'];
  const response = await runIdempotent(
    db,
    { scope, key: typeof key === 'string' ? key : undefined, body: request.body },
    async (client) => ({ status: 202, body: await create(client) }),
  );
  if (response.replayed) reply.header('Idempotent-Replayed', 'true');
  return reply
    .code(response.status)
    .header('Cache-Control', cacheControl.none)
    .type('application/json; charset=utf-8')
    .send(response.body);
}
