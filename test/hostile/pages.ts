/**
 * The town page the hostile tests load: every element once, as a web editor would paste them,
 * with only external scripts and styles (a strict policy blocks anything inline).
 */
import type { PageFile } from './harness.js';

export interface PageOptions {
  /** The API base (`http://127.0.0.1:…/v1`). */
  api: string;
  /** An opportunity for the standalone card and the standalone contact form. */
  opportunityId: string;
  /** More lines for `<head>` (stylesheets, a second bundle). */
  head?: string;
  /** Response headers, e.g. the Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** Trusted Types policies the bundle creates (README "Embedding"). */
export const trustedTypesPolicies = 'lit-html dompurify mitmachen-json-ld';

/** The policy from issue 5: nothing but the page's own files, and the API for data. */
export function strictPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypesPolicies}`,
  ].join('; ');
}

export function elementsPage({ api, opportunityId, head = '', headers = {} }: PageOptions): PageFile {
  return {
    type: 'text/html; charset=utf-8',
    headers,
    body: `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Ehrenamt – Stadt Teststadt</title>
  <script src="/watch.js"></script>
  <link rel="stylesheet" href="/site.css">
  ${head}
  <script type="module" src="/bundle/mitmachen.js"></script>
</head>
<body data-mitmachen-privacy-url="/datenschutz">
  <h1>Ehrenamt in Teststadt</h1>
  <nav><ul><li><a href="/">Start</a></li><li><a href="/">Rathaus</a></li></ul></nav>
  <div class="frame" id="search"><mitmachen-search api-base="${api}"></mitmachen-search></div>
  <div class="frame" id="card"><mitmachen-opportunity-card api-base="${api}" opportunity-id="${opportunityId}" href="/angebot"></mitmachen-opportunity-card></div>
  <div class="frame" id="opportunity-form"><mitmachen-opportunity-form api-base="${api}"></mitmachen-opportunity-form></div>
  <div class="frame" id="offer-form"><mitmachen-offer-form api-base="${api}"></mitmachen-offer-form></div>
  <div class="frame" id="interest-form"><mitmachen-interest-form api-base="${api}" opportunity-id="${opportunityId}"></mitmachen-interest-form></div>
  <footer><p>Impressum · Datenschutz</p></footer>
</body>
</html>
`,
  };
}

/** The site's own, well-behaved stylesheet: a fixed column so both pages lay out alike. */
export const siteCss: PageFile = {
  type: 'text/css; charset=utf-8',
  body: `body { font-family: Georgia, serif; color: #222; margin: 0 auto; max-width: 960px; }
.frame { width: 900px; margin: 2rem 0; }
`,
};
