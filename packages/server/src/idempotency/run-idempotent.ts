import type pg from 'pg';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors.js';
import { hashRequest } from './request-hash.js';
import { claimKey, completeKey, releaseKey } from './store.js';

export const idempotencyHeader = 'Idempotency-Key';

export interface IdempotentRequest {
  /** What the key is scoped to: the operation and, for nested resources, the parent's id. */
  scope: string;
  key: string | undefined;
  /** The validated request body; its canonical hash tells a retry from a different request. */
  body: unknown;
}

export interface IdempotentResponse {
  status: number;
  /** The JSON body, exactly as first sent. */
  body: string;
  /** True when this is a stored response sent again. */
  replayed: boolean;
}

/**
 * Runs a creating request at most once per Idempotency-Key. `perform` runs in a transaction
 * that also marks the key done with its response, so an answered request is always both
 * written and remembered, and a request that fails leaves neither. Without a key the request
 * simply runs (in a transaction).
 */
export async function runIdempotent(
  db: Database,
  request: IdempotentRequest,
  perform: (client: pg.PoolClient) => Promise<{ status: number; body: unknown }>,
): Promise<IdempotentResponse> {
  const { scope, key } = request;
  if (key === undefined) {
    const result = await db.transaction(perform);
    return { status: result.status, body: JSON.stringify(result.body), replayed: false };
  }
  const claimed = await claimKey(db.pool, scope, key, hashRequest(request.body));
  switch (claimed.kind) {
    case 'claimed':
      break;
    case 'replay':
      return { status: claimed.status, body: claimed.body, replayed: true };
    case 'mismatch':
      throw new ProblemError(422, 'idempotency-key-reused', 'Idempotency key reused',
        `This ${idempotencyHeader} was already used for a request with a different body; use a new key for a new request.`,
        [{ header: idempotencyHeader, detail: 'was already used with a different request body' }]);
    case 'in-progress':
      throw new ProblemError(409, 'idempotency-key-in-use', 'Request still in progress',
        `A request with this ${idempotencyHeader} is still being processed; retry shortly to receive its response.`,
        [{ header: idempotencyHeader, detail: 'a request with this key is still being processed' }], { 'Retry-After': '1' });
  }
  try {
    return await db.transaction(async (client) => {
      const result = await perform(client);
      const body = JSON.stringify(result.body);
      if (!(await completeKey(client, scope, key, claimed.claim, result.status, body))) {
        throw new ProblemError(409, 'idempotency-key-in-use', 'Request superseded',
          `This request took too long and a retry with the same ${idempotencyHeader} took over; its response is the one that counts.`,
          [{ header: idempotencyHeader, detail: 'a retry with this key took over' }]);
      }
      return { status: result.status, body, replayed: false };
    });
  } catch (error) {
    // If the database is away this fails too; the key then counts as abandoned after a while.
    await releaseKey(db.pool, scope, key, claimed.claim).catch(() => {});
    throw error;
  }
}
