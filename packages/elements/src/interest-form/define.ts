import { defineElement } from '../internal/define.js';
import { MitmachenInterestForm } from './interest-form.js';

defineElement('mitmachen-interest-form', MitmachenInterestForm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-interest-form': MitmachenInterestForm;
  }
}
