import { defineElement } from '../internal/define.js';
import { MitmachenConsoleConfirm } from './confirm.js';

defineElement('mitmachen-console-confirm', MitmachenConsoleConfirm);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-confirm': MitmachenConsoleConfirm;
  }
}
