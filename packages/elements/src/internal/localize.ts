import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { numberFormat, type Lang } from '../format/locale.js';

export type { Lang };

/** One catalogue per language; plurals and interpolations are functions. */
export type Messages<T> = Readonly<Record<Lang, T>>;

/**
 * Declares an element's catalogue. The German one defines the shape; the English one must have
 * every key with the same type (and no others), so a missing translation is a type error.
 */
export function defineMessages<T extends object>(messages: { de: T; en: NoInfer<T> }): Messages<T> {
  return messages;
}

/** German for anything that is not English: the listings are German, so that is the safe default. */
export function pickLang(value: string | null | undefined): Lang {
  return value?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'de';
}

/** The language of the nearest `lang` attribute, looking through shadow roots up to the page. */
export function langOf(element: Element): Lang {
  let node: Element | undefined = element;
  while (node !== undefined) {
    const tagged = node.closest('[lang]');
    if (tagged !== null) return pickLang(tagged.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return 'de';
}

/**
 * "1.234" / "1,234". Below 1,000 whole numbers read the same in both languages, so the facet
 * counts and page numbers of a first render need no Intl formatter, whose first construction is
 * slow on a phone.
 */
export function formatNumber(value: number, lang: Lang): string {
  return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : numberFormat(lang).format(value);
}

/** Every connected controller; one observer on the document serves them all. */
const listeners = new Set<LocalizeController<unknown>>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer !== undefined) return;
  observer = new MutationObserver(() => {
    for (const controller of listeners) controller.refresh();
  });
  // Any `lang` in the light DOM may be the nearest one of some element, not only <html>'s.
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language and catalogue: `lang` follows the nearest `lang` attribute
 * (also when it changes at runtime) and `msg` is the catalogue for it.
 */
export class LocalizeController<T> implements ReactiveController {
  lang: Lang = 'de';
  readonly #host: ReactiveControllerHost & Element;
  readonly #messages: Messages<T>;

  constructor(host: ReactiveControllerHost & Element, messages: Messages<T>) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
  }

  get msg(): T {
    return this.#messages[this.lang];
  }

  hostConnected(): void {
    listeners.add(this);
    watchLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    listeners.delete(this);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; the host renders again only when it changed. */
  refresh(): void {
    const lang = langOf(this.#host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.#host.requestUpdate();
  }
}
