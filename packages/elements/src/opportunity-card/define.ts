import { defineElement } from '../internal/define.js';
import { MitmachenOpportunityCard } from './opportunity-card.js';

defineElement('mitmachen-opportunity-card', MitmachenOpportunityCard);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity-card': MitmachenOpportunityCard;
  }
}
