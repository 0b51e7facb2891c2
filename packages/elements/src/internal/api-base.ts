import { createClient, type MitmachenClient } from '@mitmachen/sdk';
import { html, type TemplateResult } from 'lit';
import { defineMessages, type Lang } from './localize.js';

/** The attribute a page puts on any ancestor (often <body>) to configure every element inside. */
export const API_BASE_DATA_ATTRIBUTE = 'data-mitmachen-api-base';

/**
 * The API base for `element`: its own `api-base` attribute when given, else the nearest ancestor's
 * `data-mitmachen-api-base`, looking through shadow roots. Relative values resolve against the
 * page. Undefined when neither is there (or the value is not a URL).
 */
export function findApiBase(element: Element, attribute: string | null | undefined): string | undefined {
  const own = attribute?.trim();
  const value = own !== undefined && own !== '' ? own : inheritedApiBase(element);
  if (value === undefined || !URL.canParse(value, document.baseURI)) return undefined;
  return new URL(value, document.baseURI).href;
}

function inheritedApiBase(element: Element): string | undefined {
  return inheritedAttribute(element, API_BASE_DATA_ATTRIBUTE);
}

/**
 * The nearest non-empty `attribute` on `element` or an ancestor, looking through shadow roots:
 * page-wide settings (`data-mitmachen-api-base`, `data-mitmachen-privacy-url`) set once on <body>.
 */
export function inheritedAttribute(element: Element, attribute: string): string | undefined {
  const selector = `[${attribute}]`;
  let node: Element | undefined = element;
  while (node !== undefined) {
    const value = node.closest(selector)?.getAttribute(attribute)?.trim();
    if (value !== undefined && value !== '') return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** One client per base, shared by every element that talks to it. */
const clients = new Map<string, MitmachenClient>();

export function clientFor(base: string): MitmachenClient {
  let client = clients.get(base);
  if (client === undefined) {
    client = createClient({ baseUrl: base });
    clients.set(base, client);
  }
  return client;
}

/**
 * The client an element uses: the one a page injected (the `client` property), else the shared one
 * for its API base. Undefined when there is no base; then the element shows
 * `renderMissingApiBase` and the console says once, for the web editor, what to add.
 */
export function resolveClient(
  element: Element,
  attribute: string | null | undefined,
  injected: MitmachenClient | undefined,
): MitmachenClient | undefined {
  if (injected !== undefined) return injected;
  const base = findApiBase(element, attribute);
  if (base !== undefined) return clientFor(base);
  reportMissingApiBase(element);
  return undefined;
}

const reported = new WeakSet<Element>();

/** Tells the web editor, once per element, what to add; the words load only on a page that needs them. */
function reportMissingApiBase(element: Element): void {
  if (reported.has(element)) return;
  reported.add(element);
  void import('./setup-warnings.js').then(({ missingApiBase }) => missingApiBase(element, API_BASE_DATA_ATTRIBUTE));
}

const german = {
  missingApiBase: 'Dieser Bereich ist noch nicht fertig eingerichtet: Es fehlt die Adresse der Datenquelle (Attribut „api-base“).',
};

export type ApiBaseMessages = typeof german;

/** Every other language comes with the first screen's words in that language (languages.ts). */
export const apiBaseMessages = defineMessages({ de: german, shared: 'apiBase' });

/** The message an element shows in place of its content when it has no API base. */
export function renderMissingApiBase(lang: Lang): TemplateResult {
  return html`<p part="notice" class="notice">${apiBaseMessages[lang].missingApiBase}</p>`;
}
