import { defineElement } from '../internal/define.js';
import { MitmachenConsolePasskeys } from './passkeys.js';

defineElement('mitmachen-console-passkeys', MitmachenConsolePasskeys);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-passkeys': MitmachenConsolePasskeys;
  }
}
