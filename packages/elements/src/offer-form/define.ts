import { defineElement } from '../internal/define.js';
import { MitmachenOfferForm } from './offer-form.js';

defineElement('mitmachen-offer-form', MitmachenOfferForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-offer-form': MitmachenOfferForm;
  }
}
