import { defineElement } from '../internal/define.js';
import { MitmachenConsoleAudit } from './audit.js';

defineElement('mitmachen-console-audit', MitmachenConsoleAudit);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-audit': MitmachenConsoleAudit;
  }
}
