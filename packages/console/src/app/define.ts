import { defineElement } from '../internal/define.js';
import { MitmachenConsole } from './app.js';

defineElement('mitmachen-console', MitmachenConsole);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console': MitmachenConsole;
  }
}
