import { defineElement } from '../internal/define.js';
import { MitmachenConsolePersonalData } from './personal-data.js';

defineElement('mitmachen-console-personal-data', MitmachenConsolePersonalData);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-personal-data': MitmachenConsolePersonalData;
  }
}
