import type { PostingAccepted } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import type { Failure } from './render-form-parts.js';
import type { FormMessages } from './form.messages.js';
import type { ProofOfWork } from './proof-of-work.js';

/** Milliseconds from the first touch of a form before it is sent: people need longer, robots do not. */
export const MINIMUM_FILL_MS = 3000;

/** What a form's `send` receives besides its input. */
export interface SendOptions {
  idempotencyKey: string;
  altcha: string;
}

export type Send<Input> = (client: MitmachenClient, input: Input, options: SendOptions) => Promise<PostingAccepted>;

/** The parts of an ApiError the forms read; by shape, so a second copy of the SDK is understood too. */
interface ApiErrorLike {
  status: number;
  fieldErrors: Record<string, string>;
}

function apiError(error: unknown): ApiErrorLike | undefined {
  const candidate = error as Partial<ApiErrorLike> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.status === 'number' && typeof candidate.fieldErrors === 'object'
    ? (candidate as ApiErrorLike)
    : undefined;
}

/** The server refused the proof-of-work (used, expired, wrong): it names the `Altcha` header. */
function isAltchaProblem(error: unknown): boolean {
  return Object.keys(apiError(error)?.fieldErrors ?? {}).some((key) => key.toLowerCase() === 'altcha');
}

/**
 * Sends once the minimum fill time has passed and the proof-of-work is solved. A refused
 * proof-of-work (it expired while the user wrote) is answered once with a fresh one; the
 * idempotency key stays the same, so a posting the server already took is not taken twice.
 */
export async function deliver<Input>(
  client: MitmachenClient,
  pow: ProofOfWork,
  send: Send<Input>,
  input: Input,
  idempotencyKey: string,
  startedAt: number,
): Promise<PostingAccepted> {
  const wait = MINIMUM_FILL_MS - (performance.now() - startedAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  try {
    return await send(client, input, { idempotencyKey, altcha: await pow.solution(client) });
  } catch (error) {
    if (!isAltchaProblem(error)) throw error;
    pow.renew(client);
    return send(client, input, { idempotencyKey, altcha: await pow.solution(client) });
  }
}

/** Field errors of a 422 (pointer → detail), or undefined when the failure is of another kind. */
export function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  const api = apiError(error);
  if (api?.status !== 422 || isAltchaProblem(error)) return undefined;
  return Object.keys(api.fieldErrors).length > 0 ? api.fieldErrors : undefined;
}

/**
 * What the user is told when sending failed; `gone` when the form's subject refused it for good
 * (404: withdrawn; 409 where the form says so: filled), the form deciding from the error.
 */
export function failureOf(error: unknown, msg: FormMessages, gone: string | undefined): Failure {
  const api = apiError(error);
  if (api === undefined) return { message: msg.networkFailed, retry: true };
  if ((api.status === 404 || api.status === 409) && gone !== undefined) return { message: gone, retry: false };
  if (api.status === 429) return { message: msg.tooMany, retry: true };
  return { message: msg.serverFailed, retry: true };
}
