import { defineElement } from '../internal/define.js';
import { MitmachenConsoleQueue } from './queue.js';

defineElement('mitmachen-console-queue', MitmachenConsoleQueue);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-queue': MitmachenConsoleQueue;
  }
}
