import { defineElement } from '../internal/define.js';
import { MitmachenConsoleSignIn } from './sign-in.js';

defineElement('mitmachen-console-sign-in', MitmachenConsoleSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-sign-in': MitmachenConsoleSignIn;
  }
}
