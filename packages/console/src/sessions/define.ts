import { defineElement } from '../internal/define.js';
import { MitmachenConsoleSessions } from './sessions.js';

defineElement('mitmachen-console-sessions', MitmachenConsoleSessions);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-sessions': MitmachenConsoleSessions;
  }
}
