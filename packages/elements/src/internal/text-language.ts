import type { TextLanguage } from '@mitmachen/contract';

/** The languages a listing's texts can be in (see the contract's TextLanguage). */
const TEXT_LANGUAGES: readonly string[] = ['de', 'en', 'uk', 'ar', 'tr', 'ru'];

/**
 * The language to ask the API for a listing's texts in: the nearest `lang` (through shadow
 * roots) when listings can be written in it, else German. Wider than the interface's languages:
 * a Ukrainian page gets Ukrainian listings even while the elements' own words are German.
 */
export function textLanguageOf(element: Element): TextLanguage {
  let node: Element | undefined = element;
  while (node !== undefined) {
    const tagged = node.closest('[lang]');
    if (tagged !== null) {
      const primary = (tagged.getAttribute('lang') ?? '').trim().toLowerCase().split('-')[0] ?? '';
      return (TEXT_LANGUAGES.includes(primary) ? primary : 'de') as TextLanguage;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return 'de';
}
