/**
 * A standalone client for the manage API (manage.ts has the calls, `createClient().manage()` the
 * same from a general client): for a script or page that has only the manage link, plus the
 * link's token parsed and a few one-word actions.
 */
import type { ManageActionInput, ManageApi, ManagedListing, ManageResendAccepted } from './manage.js';
import { manageApi, resendManageLinks } from './manage.js';
import { createTransport, type CallOptions, type TransportOptions } from './transport.js';

/** The days `fill` takes, named as the contract's `ManageActionInput` names them. */
export type ManageFillOptions = Pick<ManageActionInput, 'filledUntil' | 'showFilledUntil'>;

export interface ManageClient extends ManageApi {
  /** A new end date (default: 30 days more). */
  extend(expiresAt?: string, options?: CallOptions): Promise<ManagedListing>;
  pause(options?: CallOptions): Promise<ManagedListing>;
  resume(options?: CallOptions): Promise<ManagedListing>;
  /**
   * Marks the listing filled: for good, or with `filledUntil` (a day after today, at most a year
   * ahead) only until that day, when it is published again by itself. With `showFilledUntil` (at
   * most 30 days ahead) it stays in search, shown as filled ("besetzt"), through that day.
   * A plain string is `filledUntil`, as before.
   */
  fill(days?: string | ManageFillOptions, options?: CallOptions): Promise<ManagedListing>;
  withdraw(options?: CallOptions): Promise<ManagedListing>;
}

// Only the days given go out: the server reads an absent day as "none", a null it would refuse.
function fillInput(days: ManageFillOptions = {}): ManageActionInput {
  const input: ManageActionInput = { action: 'fill' };
  if (days.filledUntil !== undefined) input.filledUntil = days.filledUntil;
  if (days.showFilledUntil !== undefined) input.showFilledUntil = days.showFilledUntil;
  return input;
}

/** The token from a manage link (`…/manage/#token=…`), or undefined when it has none. */
export function manageTokenFrom(link: string | URL): string | undefined {
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? undefined;
}

export function createManageClient(options: TransportOptions & { token: string }): ManageClient {
  const { token, ...transport } = options;
  const api = manageApi(createTransport(transport), token);
  return {
    ...api,
    extend: (expiresAt, call) => api.act(expiresAt === undefined ? { action: 'extend' } : { action: 'extend', expiresAt }, call),
    pause: (call) => api.act({ action: 'pause' }, call),
    resume: (call) => api.act({ action: 'resume' }, call),
    fill: (days, call) => api.act(fillInput(typeof days === 'string' ? { filledUntil: days } : days), call),
    withdraw: (call) => api.act({ action: 'withdraw' }, call),
  };
}

/**
 * "Send me my links again" without a client: the same answer whether or not listings belong to
 * the address; if they do, their links arrive by mail.
 */
export function requestManageLinks(options: TransportOptions, email: string, call?: CallOptions): Promise<ManageResendAccepted> {
  return resendManageLinks(createTransport(options), email, call);
}
