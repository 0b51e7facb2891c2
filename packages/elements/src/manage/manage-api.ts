import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { ManageActionName, ManagedListing, MitmachenClient } from '@mitmachen/sdk';

export type { ManagedListing };
export type ManageAction = ManageActionName;

/** The calls the manage page makes with one link's token. */
export interface ManageApi {
  read(signal?: AbortSignal): Promise<ManagedListing>;
  edit(listing: ManagedListing, input: OpportunityInput | OfferInput): Promise<ManagedListing>;
  /**
   * `date` is the new end date (extend, renew) or the day a filled listing comes back (fill);
   * `showDate` the last day a filled listing is still shown as filled (fill).
   */
  act(action: ManageAction, date?: string, showDate?: string): Promise<ManagedListing>;
}

export function manageApi(client: MitmachenClient, token: string): ManageApi {
  const api = client.manage({ token });
  return {
    read: (signal) => api.get(signal === undefined ? {} : { signal }),
    edit: (listing, input) => (listing.kind === 'offer' ? api.editOffer(input as OfferInput) : api.editOpportunity(input as OpportunityInput)),
    act: (action, date, showDate) =>
      api.act(
        action === 'fill'
          ? { action, ...(date === undefined ? {} : { filledUntil: date }), ...(showDate === undefined ? {} : { showFilledUntil: showDate }) }
          : date === undefined
            ? { action }
            : { action, expiresAt: date },
      ),
  };
}

export async function resendLinks(client: MitmachenClient, email: string): Promise<void> {
  await client.resendManageLinks(email);
}
