import type { Taxonomy } from '@mitmachen/contract';
import type { Lang } from './locale.js';

/** Which list of the taxonomy an id belongs to ("categories", "benefits", …). */
export type TaxonomyKind = keyof Taxonomy;

/** The display name of a taxonomy id, or undefined while it is not known (nothing is shown then). */
export type TaxonomyLabels = (kind: TaxonomyKind, id: string) => string | undefined;

/** Labels from a loaded taxonomy in one language; each lookup is a map hit. */
export function taxonomyLabels(taxonomy: Taxonomy, lang: Lang): TaxonomyLabels {
  const maps = new Map<TaxonomyKind, Map<string, string>>();
  for (const [kind, terms] of Object.entries(taxonomy) as [TaxonomyKind, Taxonomy[TaxonomyKind]][]) {
    maps.set(kind, new Map(terms.map((term) => [term.id, term.label[lang] ?? term.label.de])));
  }
  return (kind, id) => maps.get(kind)?.get(id);
}
