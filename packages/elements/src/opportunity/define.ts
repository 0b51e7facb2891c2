import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenOpportunity } from './opportunity.js';

defineElement('mitmachen-opportunity', MitmachenOpportunity);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity': MitmachenOpportunity;
  }
}
