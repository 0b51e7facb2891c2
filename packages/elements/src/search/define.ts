import { defineElement } from '../internal/define.js';
import { MitmachenSearch } from './search.js';

defineElement('mitmachen-search', MitmachenSearch);

declare global {
  interface HTMLElementTagNameMap {
    'mitmachen-search': MitmachenSearch;
  }
}
