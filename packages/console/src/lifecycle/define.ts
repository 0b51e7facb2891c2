import { defineElement } from '../internal/define.js';
import { MitmachenConsoleConfirmInterval } from './confirm-interval.js';
import { MitmachenConsoleLifecycle } from './lifecycle.js';

defineElement('mitmachen-console-lifecycle', MitmachenConsoleLifecycle);
defineElement('mitmachen-console-confirm-interval', MitmachenConsoleConfirmInterval);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-lifecycle': MitmachenConsoleLifecycle;
    'mitmachen-console-confirm-interval': MitmachenConsoleConfirmInterval;
  }
}
