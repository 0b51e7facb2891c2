import { defineElement } from '../internal/define.js';
import { MitmachenConsoleStatistics } from './statistics.js';

defineElement('mitmachen-console-statistics', MitmachenConsoleStatistics);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-console-statistics': MitmachenConsoleStatistics;
  }
}
