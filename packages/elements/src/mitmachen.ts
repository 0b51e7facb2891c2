/**
 * The script-tag entry (`<script type="module" src="…/mitmachen.js">`): registers every element.
 * The search and the card are registered at once. The detail (`<mitmachen-opportunity>`) brings
 * the Markdown sanitizer, which the first screen does not need: it is loaded when such an element
 * first appears in the document (the search loads it itself when a detail opens in its own view).
 */
import './search/define.js';
import './opportunity-card/define.js';

const detailTag = 'mitmachen-opportunity';
const loadDetail = () => import('./opportunity/define.js');

function watchForDetail(): void {
  if (document.querySelector(detailTag)) {
    void loadDetail();
    return;
  }
  // Only added subtrees are looked at, so a busy page pays little per mutation.
  const observer = new MutationObserver((records) => {
    const added = records.some((record) =>
      [...record.addedNodes].some((node) => node instanceof Element && (node.localName === detailTag || node.querySelector(detailTag))),
    );
    if (!added) return;
    observer.disconnect();
    void loadDetail();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (!customElements.get(detailTag)) watchForDetail();
