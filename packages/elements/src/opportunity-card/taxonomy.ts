import type { Taxonomy } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';

const loaded = new WeakMap<MitmachenClient, Promise<Taxonomy>>();

/**
 * The taxonomy of a client's API, fetched once per client however many cards and detail views
 * need its labels. A failed fetch is forgotten, so the next element tries again.
 */
export function loadTaxonomy(client: MitmachenClient): Promise<Taxonomy> {
  let taxonomy = loaded.get(client);
  if (taxonomy === undefined) {
    taxonomy = client.taxonomy();
    loaded.set(client, taxonomy);
    taxonomy.catch(() => loaded.delete(client));
  }
  return taxonomy;
}
