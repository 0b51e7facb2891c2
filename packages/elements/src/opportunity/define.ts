import { defineElement } from '../internal/define.js';
import { MitmachenOpportunity } from './opportunity.js';

defineElement('mitmachen-opportunity', MitmachenOpportunity);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity': MitmachenOpportunity;
  }
}
