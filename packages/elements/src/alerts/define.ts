import { defineElement } from '../internal/define.js';
import { MitmachenAlert } from './alert.js';

defineElement('mitmachen-alert', MitmachenAlert);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-alert': MitmachenAlert;
  }
}
