import { defineElement } from '../internal/define.js';
import { MitmachenConsoleImport } from './import.js';

defineElement('mitmachen-console-import', MitmachenConsoleImport);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-import': MitmachenConsoleImport;
  }
}
