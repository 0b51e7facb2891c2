import type { PostingAccepted } from '@mitmachen/contract';
import type { CreateOptions } from './client.js';
import { idempotencyKey } from './idempotency.js';
import type { Send } from './transport.js';

/**
 * Sends a posting (an opportunity, an offer, an interest, a report, an alert) with its `Idempotency-Key`
 * and proof of work. A module of its own, which the client imports on the first posting: a page
 * that only searches does not download it.
 */
export function post<T = PostingAccepted>(send: Send, path: string, input: unknown, call: CreateOptions = {}): Promise<T> {
  return send<T>(
    {
      method: 'post',
      path,
      json: input,
      idempotencyKey: idempotencyKey(call.idempotencyKey),
      ...(call.altcha === undefined ? {} : { headers: { altcha: call.altcha } }),
    },
    call,
  );
}
