import type { OpportunityListItem } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import type { TemplateResult } from 'lit';
import { taxonomyLabels, type TaxonomyLabels } from '../format/taxonomy.js';
import { apiBaseMessages, clientFor, findApiBase, renderMissingApiBase, resolveClient } from '../internal/api-base.js';
import { langOf, type Lang } from '../internal/localize.js';
import { textLanguageOf } from '../internal/text-language.js';
import { cardErrorMessages } from './card-errors.messages.js';
import { renderLoadError } from './render-load-error.js';
import { loadTaxonomy } from './taxonomy.js';

/*
 * Everything the standalone card needs only when it fetches: the SDK, the taxonomy and the
 * error states. The card imports this module on first use, so a card given its data (and the
 * page that shows it) does not download the SDK.
 */

export interface CardSource {
  element: Element;
  id: string;
  apiBase: string | undefined;
  client: MitmachenClient | undefined;
}

/** What a fetch ended with; each kind renders itself in the card's language. */
export type CardLoad =
  | { kind: 'data'; item: OpportunityListItem }
  | { kind: 'problem'; render: (lang: Lang, retry: () => void) => TemplateResult; error?: unknown };

export async function loadCard({ element, id, apiBase, client }: CardSource, signal: AbortSignal): Promise<CardLoad> {
  const resolved = resolveClient(element, apiBase, client);
  if (resolved === undefined) {
    // The notice's words come with the first screen's, which the card's own catalogue loads
    // without filling this one: load it, or the notice shows German on a page in another language.
    await apiBaseMessages.load(langOf(element));
    return { kind: 'problem', render: renderMissingApiBase };
  }
  try {
    return { kind: 'data', item: await resolved.opportunities.get(id, { signal, lang: textLanguageOf(element) }) };
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'problem', error, render: (lang, retry) => renderLoadError(error, cardErrorMessages[lang], retry) };
  }
}

/**
 * Category names for a card, or undefined without an API base: labels are optional, so a
 * missing base is not worth the console message a missing data source gets.
 */
export async function loadLabels(
  { element, apiBase, client }: Omit<CardSource, 'id'>,
  lang: Lang,
): Promise<TaxonomyLabels | undefined> {
  const base = client === undefined ? findApiBase(element, apiBase) : undefined;
  const resolved = client ?? (base === undefined ? undefined : clientFor(base));
  return resolved === undefined ? undefined : taxonomyLabels(await loadTaxonomy(resolved), lang);
}
