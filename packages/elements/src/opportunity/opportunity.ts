import type { Opportunity } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { jobPosting } from '../format/json-ld.js';
import { taxonomyLabels, type TaxonomyLabels } from '../format/taxonomy.js';
import { clientFor, findApiBase, renderMissingApiBase, resolveClient } from '../internal/api-base.js';
import { asError, emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { renderLoadError } from '../opportunity-card/render-load-error.js';
import { renderCardSkeleton } from '../opportunity-card/render-states.js';
import { loadTaxonomy } from '../opportunity-card/taxonomy.js';
import { calendarFile, type CalendarFile } from './calendar-file.js';
import { descriptionFragment } from './description.js';
import { JsonLdController } from './json-ld-controller.js';
import { detailMessages } from './opportunity.messages.js';
import { opportunityStyles } from './opportunity.styles.js';
import { renderDetail, type ShareState } from './render-detail.js';
import { textLanguageOf } from '../internal/text-language.js';

/**
 * `mitmachen-contact`: the volunteer wants to contact the organisation of this opportunity.
 * Cancel it to handle contact yourself; otherwise the contact form opens below the button.
 */
export interface ContactEventDetail {
  id: string;
}

declare global {
  interface HTMLElementEventMap {
    'mitmachen-contact': CustomEvent<ContactEventDetail>;
  }
}

/** Marks a fetch that could not start because no API base is configured. */
const NO_API = Symbol('no api');

/**
 * The full view of one opportunity: description, tasks, requirements, what volunteers get,
 * accessibility, dates, place, contact, share and calendar download. Adds a schema.org
 * JobPosting to its light DOM so search engines index the listing.
 *
 * @fires mitmachen-contact - The contact button was pressed (detail: { id }); cancelable, else the contact form opens inline.
 * @fires mitmachen-error - Loading failed (the view shows the error as well).
 * @csspart title - The title heading; `focus()` moves focus here.
 */
export class MitmachenOpportunity extends LitElement {
  static readonly version = VERSION;
  static override styles = opportunityStyles;

  /** The opportunity to show, when the page has it already; takes precedence over `opportunity-id`. */
  @property({ attribute: false }) opportunity?: Opportunity;
  /** The id of a published opportunity to fetch and show. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;
  /** The API's base URL; else the nearest ancestor's `data-mitmachen-api-base`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Level of the title heading, 2–4; sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 = 2;
  /** The address to share, put in the calendar file and the structured data; the page's by default. */
  @property({ attribute: 'share-url' }) shareUrl?: string;
  /** `light`, `dark` or `auto` give the view its own colours; without it the page's show through. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** An SDK client to use instead of one made from the API base. */
  @property({ attribute: false }) client?: MitmachenClient;
  /** The privacy notice the contact form links to; else the nearest `data-mitmachen-privacy-url`. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  @state() private labels?: TaxonomyLabels;
  @state() private share: ShareState = { kind: 'idle' };
  /** The contact form is open (it stays in the page once opened, so what was typed stays too). */
  @state() private contactOpen = false;
  @state() private contactLoaded = false;
  /** The reader chose to see the German original of a translated listing. */
  @state() private originalShown = false;

  readonly #localize = new LocalizeController(this, detailMessages);
  readonly #jsonLd = new JsonLdController(this);
  /** The German view of the last translated opportunity, kept so its identity is stable. */
  #german?: { of: Opportunity; view: Opportunity };
  /** The opportunity the derived parts below were made for. */
  #shown?: Opportunity;
  /** The sanitised description in an element of its own, so re-rendering never rebuilds it. */
  #description?: HTMLElement;
  #calendar?: CalendarFile;
  /** Set by `focus()` before the content is there: focus moves to it when it arrives. */
  #focusWhenReady = false;

  readonly #load = new Task(this, {
    args: () => [this.opportunity === undefined ? this.opportunityId : undefined, this.apiBase, this.client] as const,
    task: async ([id, base, injected], { signal }) => {
      if (id === undefined || id === '') return initialState;
      const client = resolveClient(this, base, injected);
      return client === undefined ? NO_API : client.opportunities.get(id, { signal, lang: textLanguageOf(this) });
    },
    onError: (error) => emit(this, 'mitmachen-error', { error: asError(error) }),
  });

  constructor() {
    super();
    // Names of categories, benefits and features; the view shows without them until they arrive.
    new Task(this, {
      args: () => [this.apiBase, this.client, this.#localize.lang] as const,
      task: async ([base, injected, lang]) => {
        // Labels are optional: no API base here is not worth the console message `resolveClient` gives.
        const found = injected === undefined ? findApiBase(this, base) : undefined;
        const client = injected ?? (found === undefined ? undefined : clientFor(found));
        return client === undefined ? undefined : taxonomyLabels(await loadTaxonomy(client), lang);
      },
      onComplete: (labels) => (this.labels = labels),
    });
  }

  /** Moves focus to the title, or to the loading or error message while there is no title yet. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-focus]');
    this.#focusWhenReady = this.#load.status === TaskStatus.PENDING || target === null;
    target?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: rebuild what leaving dropped (JSON-LD, calendar file).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetShown();
  }

  get #data(): Opportunity | undefined {
    if (this.opportunity !== undefined) return this.opportunity;
    const value = this.#load.status === TaskStatus.COMPLETE ? this.#load.value : undefined;
    return typeof value === 'object' ? value : undefined;
  }

  /** What is shown: the data as it came, or its German original when the reader asked for it. */
  get #viewed(): Opportunity | undefined {
    const data = this.#data;
    if (!this.originalShown || data?.original === undefined) return data;
    if (this.#german?.of !== data) this.#german = { of: data, view: { ...data, ...data.original, textLang: 'de' } };
    return this.#german.view;
  }

  #pageUrl(): string {
    return this.shareUrl ?? location.href;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && ![2, 3, 4].includes(this.headingLevel)) this.headingLevel = 2;
    const data = this.#viewed;
    if (data === this.#shown && !changed.has('shareUrl')) return;
    this.#forgetShown();
    if (data === undefined) return;
    this.#shown = data;
    const description = document.createElement('div');
    description.className = 'description';
    description.setAttribute('part', 'description');
    description.lang = data.textLang ?? 'de';
    description.dir = 'auto';
    description.append(descriptionFragment(data.description));
    this.#description = description;
    this.#calendar = calendarFile(data, this.#pageUrl());
    this.#jsonLd.set(jobPosting(data, { url: this.#pageUrl() }));
  }

  /** Drops what was made for the last opportunity: its calendar file, description and JSON-LD. */
  #forgetShown(): void {
    if (this.#calendar !== undefined) URL.revokeObjectURL(this.#calendar.href);
    this.#calendar = undefined;
    this.#description = undefined;
    this.#shown = undefined;
    this.share = { kind: 'idle' };
    this.contactOpen = false;
    this.#jsonLd.set(undefined);
  }

  protected override updated(): void {
    if (!this.#focusWhenReady || this.#load.status === TaskStatus.PENDING) return;
    this.#focusWhenReady = false;
    // Only when focus is still ours (or fell to the page because the loading message went away).
    if (this.matches(':focus-within') || document.activeElement === document.body) {
      this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
  }

  override render() {
    const { lang, msg } = this.#localize;
    const data = this.#viewed;
    if (data !== undefined && this.#description !== undefined) {
      return renderDetail({
        opportunity: data,
        lang,
        msg,
        labels: this.labels,
        headingLevel: this.headingLevel,
        description: this.#description,
        calendar: this.#calendar,
        share: this.share,
        contactOpen: this.contactOpen,
        contactForm: this.contactLoaded ? this.#contactForm(data.id) : nothing,
        onShare: () => void this.#share(data),
        onContact: () => void this.#toggleContact(data.id),
        translated: this.#data?.original !== undefined,
        originalShown: this.originalShown,
        onToggleOriginal: () => (this.originalShown = !this.originalShown),
      });
    }
    return this.#load.render({
      initial: () => nothing,
      pending: () => html`<div data-focus tabindex="-1">${renderCardSkeleton(msg.loading)}</div>`,
      complete: (value) => (value === NO_API ? renderMissingApiBase(lang) : nothing),
      error: (error) => html`<div data-focus tabindex="-1">${renderLoadError(error, msg, this.#retry)}</div>`,
    });
  }

  #contactForm(id: string) {
    return html`<mitmachen-interest-form
      opportunity-id=${id}
      api-base=${this.apiBase ?? nothing}
      privacy-url=${this.privacyUrl ?? nothing}
      heading-level=${Math.min(this.headingLevel + 1, 4)}
      .client=${this.client}
    ></mitmachen-interest-form>`;
  }

  /**
   * Opens (or closes) the contact form below the button. Its code is loaded on the first
   * press, so the detail does not carry the forms. A page that cancels `mitmachen-contact`
   * handles contact itself.
   */
  async #toggleContact(id: string): Promise<void> {
    if (!emit(this, 'mitmachen-contact', { id }, { cancelable: true })) return;
    this.contactOpen = !this.contactOpen;
    if (!this.contactOpen) return;
    await import('../interest-form/define.js');
    this.contactLoaded = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('mitmachen-interest-form');
    await form?.updateComplete;
    form?.focus();
  }

  #retry = (): void => {
    this.#focusWhenReady = true;
    void this.#load.run();
  };

  /** The Web Share sheet where there is one (phones); else the link goes to the clipboard. */
  async #share(data: Opportunity): Promise<void> {
    const url = this.#pageUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: data.title, text: data.summary, url });
        return;
      } catch (error) {
        // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.share = { kind: 'copied' };
    } catch {
      this.share = { kind: 'failed', url };
    }
  }
}
