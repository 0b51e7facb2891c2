import type { OpportunityListItem } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { LitElement, nothing, type PropertyValues } from 'lit';
import type { TaxonomyLabels } from '../format/taxonomy.js';
import { asError, emit } from '../internal/events.js';
import { LocalizeController, type Lang } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import type { CardLoad } from './card-loader.js';
import { cardMessages } from './opportunity-card.messages.js';
import { opportunityCardStyles } from './opportunity-card.styles.js';
import { renderOpportunityCard } from './render-card.js';
import { renderCardSkeleton } from './render-states.js';

/** The card's fetching code, loaded on first use (see card-loader.ts). */
const loader = () => import('./card-loader.js');
/** Where a page may configure the API for every element inside (see internal/api-base.ts). */
const API_BASE = '[data-mitmachen-api-base]';

/**
 * One opportunity as a card, for use outside the search (a teaser on a page, a "featured"
 * block). Give the data as the `opportunity` property, or an `opportunity-id` to fetch it.
 *
 * @fires mitmachen-select - The card was chosen; cancel it to stop a link's navigation.
 * @fires mitmachen-error - Loading the opportunity failed (the card shows the error as well).
 * @csspart card - The <article>.
 * @csspart card-title - The heading; card-link is the link or button inside it.
 */
export class MitmachenOpportunityCard extends LitElement {
  static readonly version = VERSION;
  static override styles = opportunityCardStyles;
  // Focusing the element focuses its link, so a page can move focus to a card.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  // Declared without decorators: the decorator helpers would cost the card bytes it does not have.
  static override properties = {
    opportunity: { attribute: false },
    opportunityId: { attribute: 'opportunity-id' },
    apiBase: { attribute: 'api-base' },
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    client: { attribute: false },
    load: { state: true },
    labels: { state: true },
  };

  /** The opportunity to show; takes precedence over `opportunity-id`. */
  declare opportunity: OpportunityListItem | undefined;
  /** The id of a published opportunity to fetch and show. */
  declare opportunityId: string | undefined;
  /** The API's base URL; else the nearest ancestor's `data-mitmachen-api-base`. */
  declare apiBase: string | undefined;
  /** Where the card leads (a detail page); without it the title is a button. */
  declare href: string | undefined;
  /** Level of the title heading, 2–4 (3 by default). */
  declare headingLevel: number;
  /** `light`, `dark` or `auto` give the card its own colours; without it the page's show through. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** An SDK client to use instead of one made from the API base. */
  declare client: MitmachenClient | undefined;
  /** The last fetch's outcome; undefined while it runs. */
  declare private load: CardLoad | undefined;
  declare private labels: TaxonomyLabels | undefined;

  readonly #localize = new LocalizeController(this, cardMessages);
  #fetching?: AbortController;
  /** The language the labels were last asked for. */
  #labelsLang?: Lang;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const source = changed.has('opportunityId') || changed.has('apiBase') || changed.has('client');
    if (source || changed.has('opportunity')) this.#fetch();
    const { lang } = this.#localize;
    if (source || lang !== this.#labelsLang) {
      this.#labelsLang = lang;
      void this.#fetchLabels(lang);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fetching?.abort();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A card taken out of the page and put back resumes a fetch its removal cut short.
    if (this.hasUpdated && this.load === undefined) this.#fetch();
  }

  /** Starts fetching `opportunity-id` (aborting an earlier fetch) unless the data was given. */
  #fetch(): void {
    this.#fetching?.abort();
    this.#fetching = undefined;
    this.load = undefined;
    const id = this.opportunityId;
    if (this.opportunity !== undefined || id === undefined || id === '') return;
    const controller = new AbortController();
    this.#fetching = controller;
    const source = { element: this, id, apiBase: this.apiBase, client: this.client };
    loader()
      .then(({ loadCard }) => loadCard(source, controller.signal))
      .then(
        (load) => {
          // A newer fetch aborted this one: its answer is stale.
          if (controller.signal.aborted) return;
          this.load = load;
          if ('error' in load) emit(this, 'mitmachen-error', { error: asError(load.error) });
        },
        () => undefined,
      );
  }

  async #fetchLabels(lang: Lang): Promise<void> {
    // A card given its data on a page without any API base would load the SDK for nothing.
    const root = this.getRootNode() as Document | ShadowRoot;
    const anyBase = this.client ?? this.apiBase ?? root.querySelector(API_BASE) ?? document.querySelector(API_BASE);
    if (anyBase === undefined || anyBase === null) return;
    const { loadLabels } = await loader();
    const labels = await loadLabels({ element: this, apiBase: this.apiBase, client: this.client }, lang).catch(() => undefined);
    // The language may have changed while the taxonomy loaded.
    if (lang === this.#labelsLang) this.labels = labels;
  }

  override render() {
    const { lang, msg } = this.#localize;
    const item = this.opportunity ?? (this.load?.kind === 'data' ? this.load.item : undefined);
    if (item !== undefined) {
      const level = this.headingLevel;
      return renderOpportunityCard(item, {
        lang,
        msg,
        taxonomyLabels: this.labels,
        headingLevel: level === 2 || level === 4 ? level : 3,
        href: this.href,
        onSelect: this.#select,
      });
    }
    if (this.load?.kind === 'problem') return this.load.render(lang, () => this.#fetch());
    return this.#fetching === undefined ? nothing : renderCardSkeleton(msg.loading);
  }

  #select = (id: string, event: Event): void => {
    if (!emit(this, 'mitmachen-select', { id, kind: 'opportunity' }, { cancelable: true })) event.preventDefault();
  };
}
