import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Lang = 'de' | 'en';

/**
 * A screen's words in both languages; plurals and interpolations are functions. German is in the
 * bundle; English is a module of its own, imported the first time a screen speaks it (most staff
 * work in German), and until then `en` holds the German words.
 */
export interface Messages<T> {
  readonly de: T;
  readonly en: T;
  /** Loads English; undefined when the words are there already. */
  load(lang: Lang): Promise<void> | undefined;
}

/**
 * Declares a catalogue. The German one defines the shape; the English module must export `en`
 * with every key and the same types, so a missing translation is a type error.
 */
export function defineMessages<T extends object>(de: T, en: () => Promise<{ en: NoInfer<T> }>): Messages<T> {
  let english: T | undefined;
  let loading: Promise<void> | undefined;
  return {
    de,
    get en() {
      return english ?? de;
    },
    load(lang) {
      if (lang === 'de' || english !== undefined) return undefined;
      loading ??= en().then(
        (module) => {
          english = module.en;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** German for anything that is not English. */
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

const controllers = new Set<LocalizeController<object>>();
let observer: MutationObserver | undefined;

/**
 * Gives a screen its language and words: `lang` follows the nearest `lang` attribute (also when
 * the language switch changes it), `msg` is the catalogue for it. The host's `updateComplete`
 * waits for English words that are still loading, so whoever awaits it sees the screen in its
 * language; until they come the screen goes on in German rather than showing nothing.
 */
export class LocalizeController<T extends object> implements ReactiveController {
  lang: Lang = 'de';
  readonly #host: ReactiveControllerHost & Element;
  readonly #messages: Messages<T>;
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & Element, messages: Messages<T>) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
    const element = host as unknown as { getUpdateComplete(): Promise<boolean> };
    const updateComplete = element.getUpdateComplete.bind(element);
    element.getUpdateComplete = async () => {
      while (this.#loading !== undefined) await this.#loading;
      return updateComplete();
    };
  }

  get msg(): T {
    return this.#messages[this.lang];
  }

  hostConnected(): void {
    controllers.add(this);
    if (observer === undefined) {
      observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  refresh(): void {
    const wanted = langOf(this.#host);
    if (wanted === this.lang) return;
    const loading = this.#messages.load(wanted);
    if (loading === undefined) return this.#switch(wanted);
    const settled = loading.then(
      () => this.#switch(wanted),
      (error: unknown) => console.error(`<${this.#host.localName}> could not load its English words`, error),
    );
    this.#loading = settled.finally(() => {
      if (this.#loading === tracked) this.#loading = undefined;
    });
    const tracked = this.#loading;
  }

  #switch(lang: Lang): void {
    // A later change of language may have won the race.
    if (langOf(this.#host) !== lang) return;
    this.lang = lang;
    this.#host.requestUpdate();
  }
}
