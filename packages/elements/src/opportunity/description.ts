import DOMPurify, { type Config } from 'dompurify';
import { renderMarkdown } from '../format/markdown.js';

/**
 * What may survive of a description: the Markdown subset's own elements, links to http, https
 * and mailto, and a list's start number. The renderer already escapes everything else; this
 * allow-list is the second line should the renderer ever let something through.
 */
const SANITIZE: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'],
  ALLOWED_ATTR: ['href', 'start'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // DOMPurify checks every attribute not marked URI-safe against the URI pattern above, which a
  // list's start number ("3") would fail.
  ADD_URI_SAFE_ATTR: ['start'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // A fragment goes into the template as nodes: no HTML string reaches an innerHTML sink, so
  // this works under `require-trusted-types-for 'script'` (DOMPurify parses through its own
  // "dompurify" policy, which a page's `trusted-types` directive must then allow).
  RETURN_DOM_FRAGMENT: true,
};

/**
 * A listing's description as sanitised DOM. DOMPurify's shared instance is used with a
 * per-call config and no hooks, so a page that uses DOMPurify itself is not affected, and no
 * second "dompurify" Trusted Types policy is created.
 */
export function descriptionFragment(source: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(renderMarkdown(source), SANITIZE);
  for (const link of fragment.querySelectorAll('a')) {
    // Links written by organisations: no referrer, no opener, no ranking credit.
    link.rel = 'nofollow ugc noopener noreferrer';
  }
  return fragment;
}

/** Sanitises already-rendered HTML with the same allow-list (for tests and for HTML from elsewhere). */
export function sanitizedFragment(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, SANITIZE);
}
