import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenOpportunityCard } from './opportunity-card.js';

defineElement('mitmachen-opportunity-card', MitmachenOpportunityCard);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity-card': MitmachenOpportunityCard;
  }
}
