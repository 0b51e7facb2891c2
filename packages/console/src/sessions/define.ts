import { defineElement } from '../internal/define.js';
import { MitmachenConsoleSessions } from './sessions.js';
// Passkeys are shown on the sessions page (how one signs in, next to where one is signed in).
import '../passkeys/define.js';

defineElement('mitmachen-console-sessions', MitmachenConsoleSessions);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-sessions': MitmachenConsoleSessions;
  }
}
