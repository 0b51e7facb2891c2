import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../format/locale.js';
import type * as Languages from './languages.js';
import type { FirstScreenWords } from './languages.js';

export type { Lang };

/** A language other than German, whose words may live in a module of their own. */
type Other = Exclude<Lang, 'de'>;

/**
 * An element's words in every language; plurals and interpolations are functions. German is
 * always there. Any other language may be a separate module, loaded when an element first speaks
 * it (so a German page does not download it): until then `[lang]` holds the German words, and
 * LocalizeController does not switch an element to the language before `load(lang)` has settled.
 */
export type Messages<T> = { readonly [L in Lang]: T } & {
  /** Loads `lang`'s words (and those of the catalogues used with these); undefined when they are there. */
  load(lang: Lang): Promise<void> | undefined;
};

/** The code for languages other than German (languages.ts), loaded with the first of them; `loaded` once it is there. */
let languages: Promise<typeof Languages> | undefined;
let loaded: typeof Languages | undefined;

/**
 * Declares an element's catalogue. The German one defines the shape; every other one must have
 * every key with the same type (and no others), so a missing translation is a type error. Each
 * other language is the catalogue itself or, for one the first screen should not carry, a
 * function that imports its module (which exports it under the language's name: `export { x as uk }`).
 * `shared` names the catalogue's part of the first screen's chunk per language (languages.ts).
 * `uses` are catalogues the element renders with as well (the search's cards). A language left
 * out falls back to German; test/elements/catalogues.test.ts fails for it.
 */
export function defineMessages<T extends object>(
  messages: { de: T } & { [L in Other]?: NoInfer<T> | (() => Promise<{ [K in L]: NoInfer<T> }>) } & {
    shared?: keyof FirstScreenWords;
  },
  ...uses: Messages<object>[]
): Messages<T> {
  // A language's entry is its words once they are there (or given), else its loader or nothing.
  const catalogue: Record<string, unknown> = { ...messages };
  // German is always there, and so is a language whose words (and those of `uses`) have come;
  // loading any other is the languages chunk's work, so a German page does not carry its code.
  const load = (lang: Lang) =>
    typeof catalogue[lang] === 'object' && uses.every((used) => used.load(lang) === undefined)
      ? undefined
      : (languages ??= import('./languages.js').then((module) => (loaded = module))).then(
          (module) => module.loadCatalogue(catalogue, messages, lang as Other, uses),
          (error: unknown) => {
            languages = undefined;
            throw error;
          },
        );
  return new Proxy(catalogue, {
    get: (_, key) => (key === 'load' ? load : typeof catalogue[key as string] === 'object' ? catalogue[key as string] : messages.de),
  }) as Messages<T>;
}

/** German for anything the elements do not speak: the listings are German, so that is the safe default. */
export function pickLang(value: string | null | undefined): Lang {
  const base = value?.trim().toLowerCase().split('-')[0];
  return base !== undefined && /^(en|uk|ar|tr|ru)$/.test(base) ? (base as Lang) : 'de';
}

/** The nearest of `names` on `element` or above it, looking through shadow roots up to the page. */
function nearest(element: Element, names: string): Element | undefined {
  let node: Element | undefined = element;
  while (node !== undefined) {
    const found = node.closest(names);
    if (found !== null) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/**
 * The language of the nearest `lang` attribute; German with the nearest `reading="easy"` (an
 * element's) or `data-mitmachen-reading="easy"` (a page's) is Leichte Sprache.
 */
export function langOf(element: Element): Lang {
  const lang = pickLang(langAttributeOf(element));
  if (lang !== 'de') return lang;
  return nearest(element, '[reading=easy],[data-mitmachen-reading=easy]') === undefined ? 'de' : 'easy';
}

/** The nearest `lang` attribute's value, looking through shadow roots up to the page; null without one. */
export function langAttributeOf(element: Element): string | null {
  return nearest(element, '[lang]')?.getAttribute('lang') ?? null;
}

/** Every connected controller; one observer on the document serves them all. */
const listeners = new Set<LocalizeController<unknown>>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer !== undefined) return;
  observer = new MutationObserver(() => {
    for (const controller of listeners) controller.refresh();
  });
  // Any `lang` (or reading) in the light DOM may be the nearest one of some element, not only <html>'s.
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'reading', 'data-mitmachen-reading'], subtree: true });
}

/**
 * Gives an element its language and catalogue: `lang` follows the nearest `lang` attribute
 * (also when it changes at runtime) and `msg` is the catalogue for it. A language whose words
 * are still loading is switched to once they are there: an element that was showing German
 * goes on doing so until then; one that has not been shown yet waits hidden in its place. The
 * host's `updateComplete` waits for the words too, so whoever awaits it sees the element in its
 * language.
 */
export class LocalizeController<T> implements ReactiveController {
  lang: Lang = 'de';
  readonly #host: ReactiveControllerHost & Element;
  readonly #messages: Messages<T>;
  /** The language the element should speak; `lang` once its words are there. */
  #wanted: Lang = 'de';
  #loading: Promise<void> | undefined;
  /** Whether the element has rendered in its language at least once (else it waits hidden). */
  #shown = false;
  #hidden = false;
  #sheet: CSSStyleSheet | undefined;

  constructor(host: ReactiveControllerHost & Element, messages: Messages<T>) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
    // Lit lets the element, not a controller, extend `updateComplete` (getUpdateComplete()), so
    // the controller wraps the host's.
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

  hostUpdated(): void {
    if (this.#loading === undefined) this.#shown = true;
  }

  /** Re-reads the language; the host renders again only when it changed (and its words are there). */
  refresh(): void {
    const lang = langOf(this.#host);
    if (lang === this.#wanted) return;
    this.#wanted = lang;
    const loading = this.#messages.load(lang);
    this.#loading = loading && this.#whenLoaded(loading, lang);
    this.#hide(loading !== undefined && !this.#shown);
    if (loading === undefined) this.#show(lang);
  }

  async #whenLoaded(loading: Promise<void>, lang: Lang): Promise<void> {
    let loaded = true;
    try {
      await loading;
    } catch (error) {
      // German is better than a blank box; the next change of `lang` tries again.
      console.error(`<${this.#host.localName}> could not load its words in "${lang}". Are the chunks next to mitmachen.js reachable?`, error);
      loaded = false;
    }
    // A later change of language has taken over.
    if (this.#wanted !== lang) return;
    this.#loading = undefined;
    this.#hide(false);
    if (loaded) this.#show(lang);
    else this.#wanted = this.lang;
  }

  /**
   * Hides an element that has not been shown in its language yet: it keeps its place on the page
   * (nothing moves when its words come) but shows, and tells screen readers, nothing in another.
   */
  #hide(hidden: boolean): void {
    const root = this.#host.shadowRoot;
    if (hidden === this.#hidden || root === null) return;
    this.#hidden = hidden;
    // A sheet of this controller's own: an element with two catalogues (a form's and the forms')
    // shows when the last has come.
    if (this.#sheet === undefined) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(':host{visibility:hidden!important}');
    }
    const others = root.adoptedStyleSheets.filter((sheet) => sheet !== this.#sheet);
    root.adoptedStyleSheets = hidden ? [...others, this.#sheet] : others;
  }

  #show(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // A language's look (languages.ts): only a page that has loaded another language has one to change.
    loaded?.look(this.#host, lang);
    this.#host.requestUpdate();
  }
}
