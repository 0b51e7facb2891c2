import type { ScheduleWords } from '../format/schedule.messages.js';
import type { ApiBaseMessages } from './api-base.js';
import type { Lang } from '../format/locale.js';
import type { Messages } from './localize.js';
import type { CardMessages } from '../opportunity-card/opportunity-card.messages.js';
import type { SearchMessages } from '../search/search.messages.js';

// What the elements need for any language but German, in a chunk of its own that a German page
// never loads (the first screen of a German page stays as it was before the five new languages).

/** The words of the first screen (search, cards, their schedule line) in one language. */
export interface FirstScreenWords {
  search: SearchMessages;
  card: CardMessages;
  schedule: ScheduleWords;
  apiBase: ApiBaseMessages;
}

/**
 * One chunk per language for the first screen's three catalogues, behind one import each, so a
 * page in another language makes one request for its words instead of three.
 */
function firstScreenWords(lang: Exclude<Lang, 'de'>): Promise<FirstScreenWords> {
  switch (lang) {
    case 'en':
      return import('./words/en.js');
    case 'uk':
      return import('./words/uk.js');
    case 'ar':
      return import('./words/ar.js');
    case 'tr':
      return import('./words/tr.js');
    case 'ru':
      return import('./words/ru.js');
    case 'easy':
      return import('./words/easy.js');
  }
}

/** A catalogue as declared (see `defineMessages`). */
export interface Source<T> {
  readonly de: T;
  readonly shared?: keyof FirstScreenWords;
  readonly [lang: string]: unknown;
}

/** A catalogue's words in `lang`: its own module, or its part of the first screen's chunk. */
export async function loadWords<T>(source: Source<T>, lang: Exclude<Lang, 'de'>): Promise<T | undefined> {
  const own = source[lang];
  if (typeof own === 'function') return (await (own as () => Promise<Record<string, T>>)())[lang];
  if (typeof own === 'object') return own as T;
  return source.shared === undefined ? undefined : ((await firstScreenWords(lang))[source.shared] as T);
}

/** Each catalogue's languages on their way, so elements asking at once share one load. */
const loading = new WeakMap<object, Map<Lang, Promise<void>>>();

/**
 * Loads `lang`'s words into `catalogue` (defineMessages' own, from `source` as declared), and
 * those of the catalogues it `uses`. A failed load is tried again on the next call.
 */
export function loadCatalogue<T>(catalogue: Record<string, unknown>, source: Source<T>, lang: Exclude<Lang, 'de'>, uses: Messages<object>[]): Promise<void> {
  let languages = loading.get(catalogue);
  if (languages === undefined) loading.set(catalogue, (languages = new Map<Lang, Promise<void>>()));
  let own = languages.get(lang);
  if (own === undefined) {
    own =
      typeof catalogue[lang] === 'object'
        ? Promise.resolve()
        : loadWords(source, lang).then(
            (words) => {
              catalogue[lang] = words ?? source.de;
            },
            (error: unknown) => {
              languages.delete(lang);
              throw error;
            },
          );
    languages.set(lang, own);
  }
  return Promise.all([own, ...uses.flatMap((used) => used.load(lang) ?? [])]).then(() => undefined);
}

/**
 * How a language changes an element's look: Arabic lays it out right to left even when the page
 * around it does not say so (a `dir` on the element itself wins); Leichte Sprache has bigger type
 * and more room (the tokens of tokens.styles.ts, scaled).
 */
const LOOKS: Partial<Record<Lang, string>> = {
  ar: ':host(:not([dir])){direction:rtl}',
  easy: ':host{font-size:calc(1.2*var(--mitmachen-font-size,1em));line-height:1.7;--mitmachen-space:1.4em}',
};

/** Each element's sheet for its language's look, adopted the first time it speaks another language than German. */
const looks = new WeakMap<Element, CSSStyleSheet>();

/** Gives `host` the look of `lang` (none for German and most languages). */
export function look(host: Element, lang: Lang): void {
  const root = host.shadowRoot;
  if (root === null) return;
  let sheet = looks.get(host);
  if (sheet === undefined) {
    looks.set(host, (sheet = new CSSStyleSheet()));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(LOOKS[lang] ?? '');
}
