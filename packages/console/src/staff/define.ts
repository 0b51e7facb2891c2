import { defineElement } from '../internal/define.js';
import { MitmachenConsoleStaff } from './staff.js';

defineElement('mitmachen-console-staff', MitmachenConsoleStaff);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-staff': MitmachenConsoleStaff;
  }
}
