import type { Taxonomy } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import type { ReactiveControllerHost } from 'lit';
import { taxonomyLabels, type TaxonomyLabels } from '../format/taxonomy.js';
import type { Lang } from '../internal/localize.js';
import { loadTaxonomy } from '../opportunity-card/taxonomy.js';

/**
 * The names of categories and other taxonomy ids for the search's filters, chips and cards: the
 * API's taxonomy, fetched once per client, as labels in the current language (made once per
 * taxonomy and language). Until it is there, filters show their ids and cards leave them out.
 */
export class SearchLabels {
  #taxonomy: Taxonomy | undefined;
  #made: { taxonomy: Taxonomy; lang: Lang; labels: TaxonomyLabels } | undefined;
  #client: MitmachenClient | undefined;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get loaded(): boolean {
    return this.#taxonomy !== undefined;
  }

  /** Fetches the taxonomy of `client` (again, after a failure); an answer for an older client is dropped. */
  async load(client: MitmachenClient | undefined): Promise<void> {
    this.#client = client;
    if (client === undefined) return;
    try {
      // In a task after the one that renders the search, and after its first search (which waits
      // one too, search-controller.ts): a request's first run of the SDK's code is the longest part
      // of that task on a slow phone.
      await new Promise((resolve) => setTimeout(resolve));
      const taxonomy = await loadTaxonomy(client);
      if (client !== this.#client) return;
      this.#taxonomy = taxonomy;
      this.#host.requestUpdate();
    } catch {
      // Without the taxonomy, filters show their ids; the search itself reports unreachable APIs.
    }
  }

  labels(lang: Lang): TaxonomyLabels | undefined {
    const taxonomy = this.#taxonomy;
    if (taxonomy === undefined) return undefined;
    if (this.#made?.taxonomy !== taxonomy || this.#made.lang !== lang) this.#made = { taxonomy, lang, labels: taxonomyLabels(taxonomy, lang) };
    return this.#made.labels;
  }
}
