import type { Offer } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import '../interest-form/define.js';
import type { Lang } from '../internal/localize.js';
import { offerContactMessages } from './offer-contact.messages.js';

// Loaded on the first chosen offer, with the contact form it shows: the search entry carries
// neither the form nor its words.

export interface OfferContactView {
  lang: Lang;
  id: string;
  /** The offer's card data when it is on the page of results shown; a deep link may lack it. */
  offer: Offer | undefined;
  apiBase: string | undefined;
  client: MitmachenClient | undefined;
}

/**
 * A volunteer's offer chosen in `kind="offers"`: an offer has no detail page (its card shows all
 * it publishes), so choosing it opens the contact form to its author. Title and author are named
 * when known; otherwise the form stands under the general heading.
 */
export function renderOfferContact({ lang, id, offer, apiBase, client }: OfferContactView): TemplateResult {
  const msg = offerContactMessages[lang];
  return html`<h2 class="detail-title" part="detail-title" tabindex="-1">${msg.title}</h2>
    ${offer === undefined ? nothing : html`<p class="detail-subject"><strong lang="de">${offer.title}</strong> · ${msg.offeredBy(offer.displayName)}</p>`}
    <mitmachen-interest-form offer-id=${id} api-base=${apiBase ?? nothing} heading-level="3" .client=${client}></mitmachen-interest-form>`;
}
