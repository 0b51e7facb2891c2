import { defineElement } from '../internal/define.js';
// Kept in this module's declarations, so importing it alone brings the events' HTMLElementEventMap entries.
import '../internal/events.js';
import { MitmachenSearch } from './search.js';

defineElement('mitmachen-search', MitmachenSearch);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-search': MitmachenSearch;
  }
}
