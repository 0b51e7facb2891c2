/**
 * The script-tag entry (`<script type="module" src="…/mitmachen.js">`): registers every element.
 * The search's code is in this file: it is what most pages show first, and loading it later
 * would add a round trip before anything appears. It is defined in a task after the one that
 * evaluates this file, so a slow phone gets to paint and answer input between the two (at 4x CPU
 * each was ~100 ms, together one long task); the first render runs with the definition, so the
 * element never stands defined but empty. A script that needs the element waits for
 * `customElements.whenDefined('mitmachen-search')`. Every other element is loaded when its tag
 * first appears in the document, so a page pays only for what it shows (the detail brings the
 * Markdown sanitizer, the forms their validation and proof of work; the search and the detail
 * load what they open in their own views themselves). In Node (server-side rendering imports it
 * at build time) there is no document to watch.
 */
import { defineElement } from './internal/define.js';
// For its HTMLElementEventMap entries, as search/define.ts does.
import './internal/events.js';
import { MitmachenSearch } from './search/search.js';
import { searchStyles } from './search/search.styles.js';

// Not a top-level await: with one, rollup could no longer count on this file having run when the
// lazily loaded elements' chunks do, and would split what they share out of it (a round trip more).
setTimeout(() => {
  // The search's style sheets are parsed in a task before the one that defines and first renders
  // it (the longest of a slow phone's start-up); Lit adopts these very sheets then.
  for (const style of searchStyles) void style.styleSheet;
  setTimeout(() => defineElement('mitmachen-search', MitmachenSearch));
});

/** Tag → the module that defines it, for the elements loaded on first use. */
const lazyElements: Record<string, () => Promise<unknown>> = {
  'mitmachen-opportunity-card': () => import('./opportunity-card/define.js'),
  'mitmachen-opportunity': () => import('./opportunity/define.js'),
  // One chunk per form: together they would make each page pay for all three.
  'mitmachen-opportunity-form': () => import('./opportunity-form/define.js'),
  'mitmachen-offer-form': () => import('./offer-form/define.js'),
  'mitmachen-interest-form': () => import('./interest-form/define.js'),
  // The author's manage page: its own chunk; it loads the posting form only to edit.
  'mitmachen-manage': () => import('./manage/define.js'),
};

const waiting = new Set(Object.keys(lazyElements).filter((tag) => !customElements.get(tag)));

function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  lazyElements[tag]?.().catch((error: unknown) => {
    // The chunk sits next to this file; when it can't load, the web editor should learn why.
    console.error(`mitmachen: could not load <${tag}>. Are the chunks next to mitmachen.js reachable?`, error);
  });
}

/** Loads every waiting element used in `root` (itself included). */
function discover(root: ParentNode & Node): void {
  for (const tag of waiting) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
  }
}

if (waiting.size > 0 && typeof document !== 'undefined') {
  discover(document);
  // Only added subtrees are looked at, so a busy page pays little per mutation.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (waiting.size === 0) observer.disconnect();
  });
  if (waiting.size > 0) observer.observe(document.documentElement, { childList: true, subtree: true });
}
