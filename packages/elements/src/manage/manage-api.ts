import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { ManageActionName, ManagedListing, MitmachenClient } from '@mitmachen/sdk';

export type { ManagedListing };
export type ManageAction = ManageActionName;

/** The calls the manage page makes with one link's token. */
export interface ManageApi {
  read(signal?: AbortSignal): Promise<ManagedListing>;
  edit(listing: ManagedListing, input: OpportunityInput | OfferInput): Promise<ManagedListing>;
  act(action: ManageAction, expiresAt?: string): Promise<ManagedListing>;
}

export function manageApi(client: MitmachenClient, token: string): ManageApi {
  const api = client.manage({ token });
  return {
    read: (signal) => api.get(signal === undefined ? {} : { signal }),
    edit: (listing, input) => (listing.kind === 'offer' ? api.editOffer(input as OfferInput) : api.editOpportunity(input as OpportunityInput)),
    act: (action, expiresAt) => api.act(expiresAt === undefined ? { action } : { action, expiresAt }),
  };
}

export async function resendLinks(client: MitmachenClient, email: string): Promise<void> {
  await client.resendManageLinks(email);
}
