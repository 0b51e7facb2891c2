import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenManage } from './manage.js';

defineElement('mitmachen-manage', MitmachenManage);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-manage': MitmachenManage;
  }
}
