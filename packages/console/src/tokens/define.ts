import { defineElement } from '../internal/define.js';
import { MitmachenConsoleTokens } from './tokens.js';

defineElement('mitmachen-console-tokens', MitmachenConsoleTokens);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-tokens': MitmachenConsoleTokens;
  }
}
