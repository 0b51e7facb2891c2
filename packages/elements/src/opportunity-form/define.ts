import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenOpportunityForm } from './opportunity-form.js';

defineElement('mitmachen-opportunity-form', MitmachenOpportunityForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity-form': MitmachenOpportunityForm;
  }
}
