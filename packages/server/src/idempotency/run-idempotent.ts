import type pg from 'pg';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors.js';
import { hashRequest } from './request-hash.js';
import { claimKey, storeResponse } from './store.js';

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
 * Runs a creating request at most once per Idempotency-Key. Claiming the key, `perform` and
 * storing the response all happen in one transaction, so an answered request is always both
 * written and remembered, and a request that fails (or whose instance dies) leaves neither and
 * frees its key at once. Without a key the request simply runs (in a transaction).
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
  const hash = hashRequest(request.body);
  return db.transaction(async (client) => {
    const claimed = await claimKey(client, scope, key, hash);
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
    const result = await perform(client);
    const body = JSON.stringify(result.body);
    await storeResponse(client, scope, key, hash, result.status, body);
    return { status: result.status, body, replayed: false };
  });
}
