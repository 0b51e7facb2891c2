import { defineElement } from '../internal/define.js';
import { MitmachenConsoleLifecycle } from './lifecycle.js';

defineElement('mitmachen-console-lifecycle', MitmachenConsoleLifecycle);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-lifecycle': MitmachenConsoleLifecycle;
  }
}
