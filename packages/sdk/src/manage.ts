/**
 * The manage API for an author's own listing: the secret from the manage link
 * (`…/manage/#token=…`) opens that one listing. No account, no cookie; the token goes in
 * `Authorization: Manage <token>` on every call.
 */
import type {
  ManageActionInput,
  ManageActionName,
  ManagedListing,
  ManageResendAccepted,
  OfferInput,
  OpportunityInput,
} from '@mitmachen/contract';
import { createTransport, type CallOptions, type TransportOptions } from './transport.js';

export interface ManageApi {
  /** The listing with its state, possible actions, the posting to edit and its contact count. */
  get(options?: CallOptions): Promise<ManagedListing>;
  /** Replaces the opportunity's posting; a change beyond dates and contact goes back to review. */
  editOpportunity(input: OpportunityInput, options?: CallOptions): Promise<ManagedListing>;
  /** Replaces the offer's posting; a change beyond availability and e-mail goes back to review. */
  editOffer(input: OfferInput, options?: CallOptions): Promise<ManagedListing>;
  /** One action (`listing.actions` says which are possible now). */
  act(action: ManageActionName, extra?: Omit<ManageActionInput, 'action'>, options?: CallOptions): Promise<ManagedListing>;
  /** A new end date (default: 30 days more). */
  extend(expiresAt?: string, options?: CallOptions): Promise<ManagedListing>;
  pause(options?: CallOptions): Promise<ManagedListing>;
  resume(options?: CallOptions): Promise<ManagedListing>;
  fill(options?: CallOptions): Promise<ManagedListing>;
  withdraw(options?: CallOptions): Promise<ManagedListing>;
}

/** The token from a manage link (`…#token=…`), or undefined when it has none. */
export function manageTokenFrom(link: string | URL): string | undefined {
  const hash = new URL(link).hash.slice(1);
  return new URLSearchParams(hash).get('token') ?? undefined;
}

export function createManageClient(options: TransportOptions & { token: string }): ManageApi {
  const { token, ...transport } = options;
  const send = createTransport(transport);
  const headers = { authorization: `Manage ${token}` };
  // Edits and actions are not blindly repeatable (a second withdraw is a 409): never retried.
  const act: ManageApi['act'] = (action, extra, call) =>
    send<ManagedListing>({ method: 'post', path: 'manage/actions', json: { ...extra, action }, headers }, call);
  return {
    get: (call) => send<ManagedListing>({ method: 'get', path: 'manage', headers }, call),
    editOpportunity: (input, call) => send<ManagedListing>({ method: 'post', path: 'manage/opportunity', json: input, headers }, call),
    editOffer: (input, call) => send<ManagedListing>({ method: 'post', path: 'manage/offer', json: input, headers }, call),
    act,
    extend: (expiresAt, call) => act('extend', expiresAt === undefined ? {} : { expiresAt }, call),
    pause: (call) => act('pause', {}, call),
    resume: (call) => act('resume', {}, call),
    fill: (call) => act('fill', {}, call),
    withdraw: (call) => act('withdraw', {}, call),
  };
}

/**
 * "Send me my links again": the answer is the same whether or not listings belong to the
 * address; if they do, their links arrive by mail.
 */
export function requestManageLinks(options: TransportOptions, email: string, call?: CallOptions): Promise<ManageResendAccepted> {
  return createTransport(options)<ManageResendAccepted>({ method: 'post', path: 'manage/resend', json: { email } }, call);
}
