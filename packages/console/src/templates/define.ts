import { defineElement } from '../internal/define.js';
import { MitmachenConsoleTemplates } from './templates.js';

defineElement('mitmachen-console-templates', MitmachenConsoleTemplates);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-templates': MitmachenConsoleTemplates;
  }
}
