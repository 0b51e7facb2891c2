import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenOfferForm } from './offer-form.js';

defineElement('mitmachen-offer-form', MitmachenOfferForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-offer-form': MitmachenOfferForm;
  }
}
