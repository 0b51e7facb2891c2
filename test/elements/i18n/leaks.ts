/**
 * What a page in one language shows of another: the texts an element renders (its shadow roots'
 * text and the attributes screen readers read), and the German of the catalogues among them.
 * Listing content carries its own `lang` (German text on an Arabic page), so it is left out.
 */
import type { Lang } from '../../../packages/elements/src/format/locale.js';
import type { Messages } from '../../../packages/elements/src/internal/localize.js';

const SPOKEN_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

/** Every text a user sees or hears in `element`'s shadow root and the shadow roots inside it. */
export function shownTexts(element: Element): string[] {
  const out: string[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const node of root.childNodes) {
      if (node instanceof Text) {
        const text = node.data.replace(/\s+/g, ' ').trim();
        if (text !== '') out.push(text);
      } else if (node instanceof Element) {
        // Listing content (and anything else that says its own language) is not the interface's text.
        if (node.hasAttribute('lang') || node.localName === 'style' || node.localName === 'script') continue;
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value !== null && value.trim() !== '') out.push(value.trim());
        }
        if (node.shadowRoot !== null) visit(node.shadowRoot);
        visit(node);
      }
    }
  };
  if (element.shadowRoot !== null) visit(element.shadowRoot);
  return out;
}

/** The string leaves of a catalogue's words, by key path. */
function leaves(words: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof words === 'string') out.set(path, words);
  else if (typeof words === 'object' && words !== null) {
    for (const [key, value] of Object.entries(words)) for (const [p, text] of leaves(value, `${path}.${key}`)) out.set(p, text);
  }
  return out;
}

/**
 * The German texts `lang` says differently: a German text found on the page means a missing
 * translation. Texts that are also `lang`'s own words somewhere (the same word in both) are left out.
 */
export function germanOnly(catalogues: Messages<object>[], lang: Lang): Set<string> {
  const german = new Set<string>();
  const own = new Set<string>();
  for (const catalogue of catalogues) {
    const translated = leaves(catalogue[lang]);
    for (const [path, text] of leaves(catalogue.de)) if (translated.get(path) !== text) german.add(text);
    for (const text of translated.values()) own.add(text);
  }
  for (const text of own) german.delete(text);
  return german;
}

/** The shown texts that are German catalogue texts, or contain a long one. */
export function germanShown(texts: string[], german: Set<string>): string[] {
  const long = [...german].filter((text) => text.length >= 16);
  return texts.filter((text) => german.has(text) || long.some((g) => text.includes(g)));
}

/**
 * German function words in text that should have none: the catalogues' functions (a field's
 * error, a date line) give German sentences no fixed string list holds.
 */
export const GERMAN_WORDS = /\b(Bitte|bitte|Sie|Ihre?|Ihnen|und|oder|nicht|werden|wurde|muss|darf|Angebot|Angaben|zum Beispiel)\b/;

/**
 * In Ukrainian, Russian and Arabic every word of the interface is in its own script: a word of
 * three Latin letters or more is a leak, unless it is an address, a file type, a brand, or an
 * attribute name a web editor has to type.
 */
export function latinWords(texts: string[]): string[] {
  const allowed = /^(https?|OpenStreetMap|ics|opportunity-id|offer-id|api-base|name@example\.de|E-Mail)$/;
  return texts
    .flatMap((text) => text.split(/[\s«»"“”„()]+/))
    .map((word) => word.replace(/^[.,:;!?…]+|[.,:;!?…]+$/g, ''))
    .filter((word) => /[A-Za-zÄÖÜäöüß]{3,}/.test(word) && !word.includes('@') && !word.includes('://') && !allowed.test(word));
}
