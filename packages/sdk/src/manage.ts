/**
 * An author's calls with the manage link mailed to them: read the one listing it opens, edit it,
 * change its state. The link's secret goes in `Authorization: Manage <token>`, never in a URL.
 */
import type { components, OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { CallOptions, Send } from './transport.js';

// Named here from the generated schemas (the contract's index may name them too, later).
type Schemas = components['schemas'];
export type ManagedListing = Schemas['ManagedListing'];
export type ManageState = Schemas['ManageState'];
export type ManageActionName = Schemas['ManageActionName'];
export type ManageActionInput = Schemas['ManageActionInput'];
export type ManageResendAccepted = Schemas['ManageResendAccepted'];

export interface ManageApi {
  /** The listing, its state, the actions possible now and its contact count. */
  get(options?: CallOptions): Promise<ManagedListing>;
  /** Replaces the opportunity's posting; a change of its text sends it back to review. */
  editOpportunity(input: OpportunityInput, options?: CallOptions): Promise<ManagedListing>;
  editOffer(input: OfferInput, options?: CallOptions): Promise<ManagedListing>;
  /** Extend, renew, pause, resume, fill, withdraw or confirm (see the listing's `actions`). */
  act(input: ManageActionInput, options?: CallOptions): Promise<ManagedListing>;
}

export function manageApi(send: Send, token: string): ManageApi {
  const headers = { authorization: `Manage ${token}` };
  // Changes carry no idempotency key and are never retried: a second pause is a 409, and an
  // edit the server took must not be sent twice behind the author's back.
  const post = (path: string, json: unknown, call?: CallOptions) => send<ManagedListing>({ method: 'post', path, json, headers }, call);
  return {
    get: (call) => send<ManagedListing>({ method: 'get', path: 'manage', headers }, call),
    editOpportunity: (input, call) => post('manage/opportunity', input, call),
    editOffer: (input, call) => post('manage/offer', input, call),
    act: (input, call) => post('manage/actions', input, call),
  };
}

/** "Send me my links again": the same answer whether or not the address is known. */
export function resendManageLinks(send: Send, email: string, call?: CallOptions): Promise<ManageResendAccepted> {
  return send<ManageResendAccepted>({ method: 'post', path: 'manage/resend', json: { email } }, call);
}
