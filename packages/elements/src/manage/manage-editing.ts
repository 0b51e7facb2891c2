import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { Values } from '../forms/field-spec.js';
import type { Editing } from '../forms/posting-form.js';
import type { ManageApi, ManagedListing } from './manage-api.js';
import { isBadLink } from './manage-errors.js';

/**
 * Loads the posting form for the listing's kind and the listing as that form's values. The forms
 * are their own chunks: a page that only pauses never loads them. The values' code comes with
 * them, so a new posting's form does not carry it.
 */
export async function loadEditor(listing: ManagedListing): Promise<Values | undefined> {
  const { offer, opportunity } = listing;
  const [, values] = await Promise.all([
    listing.kind === 'offer' ? import('../offer-form/define.js') : import('../opportunity-form/define.js'),
    offer !== undefined
      ? import('../offer-form/offer-values.js').then((module) => module.offerValues(offer))
      : opportunity !== undefined
        ? import('../opportunity-form/opportunity-values.js').then((module) => module.opportunityValues(opportunity))
        : undefined,
  ]);
  return values;
}

export interface EditingHooks {
  submitLabel: string;
  /** The link stopped working while saving: the form keeps its draft, the page offers new links. */
  badLink: () => void;
  saved: (result: ManagedListing) => void;
}

/** What the posting form needs to edit the listing through the manage link. */
export function editingFor(listing: ManagedListing, api: ManageApi, values: Values, hooks: EditingHooks): Editing<OpportunityInput | OfferInput> {
  let result: ManagedListing | undefined;
  return {
    values,
    subject: `${listing.kind}:${listing.id}`,
    submitLabel: hooks.submitLabel,
    save: async (changed) => {
      try {
        result = await api.edit(listing, changed);
      } catch (error) {
        if (isBadLink(error)) hooks.badLink();
        throw error;
      }
    },
    saved: () => {
      if (result !== undefined) hooks.saved(result);
    },
  };
}
