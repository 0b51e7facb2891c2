import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenInterestForm } from './interest-form.js';

defineElement('mitmachen-interest-form', MitmachenInterestForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-interest-form': MitmachenInterestForm;
  }
}
