import { defineElement } from '../internal/define.js';
import { MitmachenOpportunityForm } from './opportunity-form.js';

defineElement('mitmachen-opportunity-form', MitmachenOpportunityForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-opportunity-form': MitmachenOpportunityForm;
  }
}
