import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdText } from '../format/json-ld.js';

interface ScriptPolicy {
  createScript(text: string): unknown;
}

/** Created on first use; null when the browser has no Trusted Types or the page forbids the name. */
let policy: ScriptPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script element's text must come from a policy,
 * even for data that never runs. This one passes JSON only (and none with "<" in it), so it
 * cannot be used to smuggle code. Pages with a `trusted-types` directive allow it by name.
 */
function jsonPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
      .trustedTypes;
    try {
      policy =
        factory?.createPolicy('mitmachen-json-ld', {
          createScript: (text) => {
            if (text.includes('<')) throw new TypeError('JSON-LD must not contain "<"');
            JSON.parse(text);
            return text;
          },
        }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

/**
 * The element of the page's own tree that holds `element`: itself, or the outermost shadow host
 * around it (a detail shown inside `<mitmachen-search>` lives in the search's shadow root).
 */
function pageAnchor(element: HTMLElement): HTMLElement {
  let anchor = element;
  for (let root = anchor.getRootNode(); root instanceof ShadowRoot; root = anchor.getRootNode()) anchor = root.host as HTMLElement;
  return anchor;
}

/**
 * Keeps one `<script type="application/ld+json">` in the page's light DOM (in the host, or in the
 * outermost element whose shadow root holds it), where search engines read structured data: a
 * shadow root hides it from them. It is written as text only, leaves with the element and is
 * replaced when the data changes.
 */
export class JsonLdController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #data: unknown;
  #script: HTMLScriptElement | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Shows `data` as the host's structured data; undefined removes it. */
  set(data: unknown): void {
    if (data === this.#data) return;
    this.#data = data;
    this.#remove();
    if (this.#host.isConnected) this.#insert();
  }

  hostConnected(): void {
    this.#insert();
  }

  hostDisconnected(): void {
    this.#remove();
  }

  #insert(): void {
    if (this.#data === undefined || this.#script !== undefined) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.mitmachen = 'json-ld';
    const text = jsonLdText(this.#data);
    const trusted = jsonPolicy();
    // Without a policy (no Trusted Types, or the page forbids ours) a text node still works; under
    // Trusted Types the browser then reports a violation but keeps the data, which never runs.
    if (trusted === null) script.append(document.createTextNode(text));
    else script.textContent = trusted.createScript(text) as string;
    pageAnchor(this.#host).append(script);
    this.#script = script;
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
