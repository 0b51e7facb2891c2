import type { Agency, ExpiringItem, ExpiringList, UnansweredItem, UnansweredList } from '@mitmachen/contract';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { commonMessages } from '../internal/common.messages.js';
import { formatDateTime } from '../internal/dates.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { LocalizeController, type Lang } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { lifecycleMessages } from './lifecycle.messages.js';

export type LifecycleTab = 'expiring' | 'unanswered';
export type LifecycleApi = Pick<ConsoleApi, 'expiring' | 'extendListing' | 'askStillCurrent' | 'unanswered' | 'resolveUnanswered' | 'updateAgency'>;

/** The look-ahead choices of the "expiring" tab, in days. */
export const EXPIRING_DAYS = [7, 14, 30, 60, 90] as const;
const PAGE_SIZE = 25;

const dayFormats = new Map<Lang, Intl.DateTimeFormat>();
/** `2026-12-24` as "24.12.2026" / "24 Dec 2026": a calendar day, no time zone shift. */
function formatDay(day: string, lang: Lang): string {
  let format = dayFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/**
 * The queue's two lifecycle tabs: "läuft ab" (published listings whose end date is near: extend,
 * or ask "still current?" now) and "unbeantwortet" (listings volunteers reported as unanswered:
 * mark dealt with). The server scopes both to the staff member's agency. Results are announced
 * in a live region; after an action focus goes to the next row's first button (or the heading).
 *
 * Data comes from `api`; stories set `list` instead.
 */
export class MitmachenConsoleLifecycle extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      h2:focus {
        outline-offset: 4px;
      }
      .rows {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .rows > li {
        padding-block: 0.75em;
        border-block-end: 1px solid var(--_border);
      }
      .rows h3 {
        margin: 0 0 0.25em;
        font-size: 1em;
      }
      .rows p {
        margin: 0.15em 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-block-start: 0.5em;
      }
      .pager {
        display: flex;
        gap: 1em;
        align-items: center;
        margin-block-start: var(--_space);
      }
    `,
  ];

  @property({ attribute: false }) api?: LifecycleApi;
  @property({ reflect: true }) tab: LifecycleTab = 'expiring';
  /** How far ahead the "expiring" tab looks, in days. */
  @property({ type: Number }) days = 14;
  @property({ type: Number }) page = 1;
  @property({ attribute: false }) list?: ExpiringList | UnansweredList;
  @property({ attribute: false }) error?: unknown;
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** The agency whose "still current?" interval its admin may set here (confirm-interval.ts); none for other roles. */
  @property({ attribute: false }) agency?: Agency;

  /** Ids of rows with a request under way: their buttons wait. */
  @state() private busy: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private announcementFailed = false;

  readonly #localize = new LocalizeController(this, lifecycleMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  #abort: AbortController | undefined;
  #focusNext: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.list === undefined) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new tab's list is another list: never show the old one under the new heading.
    if (changed.has('tab') && changed.get('tab') !== undefined && this.api !== undefined) {
      this.list = undefined;
      this.page = 1;
      void this.load();
    }
  }

  protected override updated(): void {
    const selector = this.#focusNext;
    if (selector === undefined) return;
    this.#focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Loads the tab's current page. A newer load aborts the older, whose answer is never shown. */
  async load(): Promise<void> {
    const api = this.api;
    if (api === undefined) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const tab = this.tab;
    try {
      const list =
        tab === 'expiring'
          ? await api.expiring({ days: this.days, page: this.page, pageSize: PAGE_SIZE }, { signal: abort.signal })
          : await api.unanswered({ page: this.page, pageSize: PAGE_SIZE }, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.list = list;
      this.error = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = reportSessionEnd(this, error);
    }
  }

  override render() {
    const msg = this.#localize.msg;
    const heading = this.tab === 'expiring' ? msg.expiringHeading : msg.unansweredHeading;
    return html`<h2 tabindex="-1" id="lifecycle-heading">${heading}</h2>
      <p>${this.tab === 'expiring' ? msg.expiringIntro : msg.unansweredIntro}</p>
      ${this.tab === 'expiring' ? this.#renderDays() : nothing}
      <div role="status" class="live ${this.announcementFailed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderBody(heading)}
      ${this.tab === 'expiring' && this.agency !== undefined
        ? html`<mitmachen-console-confirm-interval .api=${this.api} .agency=${this.agency} theme=${this.theme ?? nothing}></mitmachen-console-confirm-interval>`
        : nothing}`;
  }

  #renderDays() {
    const msg = this.#localize.msg;
    const change = (event: Event) => {
      this.days = Number((event.target as HTMLSelectElement).value);
      this.page = 1;
      void this.load();
    };
    return html`<div class="field">
      <label for="expiring-days">${msg.within}</label>
      <select id="expiring-days" @change=${change}>
        ${EXPIRING_DAYS.map((days) => html`<option value=${days} ?selected=${days === this.days}>${msg.days(days)}</option>`)}
      </select>
    </div>`;
  }

  #renderBody(heading: string) {
    const msg = this.#localize.msg;
    if (this.error !== undefined) {
      return html`<div class="notice problem">
        <p>${describeError(this.error, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.load()}>${this.#common.msg.retry}</button>
      </div>`;
    }
    const list = this.list;
    if (list === undefined) return html`<p class="notice" aria-busy="true">${this.#common.msg.loading}</p>`;
    if (list.items.length === 0) {
      return html`<p class="notice empty">${this.tab === 'expiring' ? msg.expiringEmpty(msg.days(this.days)) : msg.unansweredEmpty}</p>`;
    }
    const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
    return html`<ul class="rows" aria-label=${msg.list(heading, list.total)}>
        ${this.tab === 'expiring'
          ? (list as ExpiringList).items.map((item) => this.#renderExpiring(item))
          : (list as UnansweredList).items.map((item) => this.#renderUnanswered(item))}
      </ul>
      ${pages <= 1
        ? nothing
        : html`<nav class="pager" aria-label=${msg.page(this.page, pages)}>
            <button type="button" ?disabled=${this.page <= 1} @click=${() => this.#toPage(this.page - 1)}>${msg.previousPage}</button>
            <span>${msg.page(this.page, pages)}</span>
            <button type="button" ?disabled=${this.page >= pages} @click=${() => this.#toPage(this.page + 1)}>${msg.nextPage}</button>
          </nav>`}`;
  }

  #place(item: { organisation: string; region: string }) {
    const regions = this.#labels.msg.regions as Record<string, string>;
    return html`<p class="muted"><span lang="de">${item.organisation}</span> · ${regions[item.region] ?? item.region}</p>`;
  }

  #renderExpiring(item: ExpiringItem) {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    const busy = this.busy.has(item.id);
    return html`<li data-id=${item.id}>
      <h3 lang="de">${item.title}</h3>
      ${this.#place(item)}
      <p>${msg.ends(formatDay(item.expiresAt, lang), item.daysLeft)} · ${msg.reminders(item.remindersSent)}</p>
      ${item.askedAt !== null && item.confirmBy !== null ? html`<p>${msg.asked(formatDateTime(item.askedAt, lang), formatDay(item.confirmBy, lang))}</p>` : nothing}
      ${item.authorReachable ? nothing : html`<p class="muted">${msg.noAddress}</p>`}
      <div class="actions">
        <button type="button" data-action="extend" aria-label=${msg.extendLabel(item.title)} ?disabled=${busy} @click=${() => void this.#extend(item)}>
          ${msg.extend}
        </button>
        ${item.askedAt === null && item.authorReachable
          ? html`<button type="button" data-action="ask" aria-label=${msg.askLabel(item.title)} ?disabled=${busy} @click=${() => void this.#ask(item)}>
              ${msg.ask}
            </button>`
          : nothing}
      </div>
    </li>`;
  }

  #renderUnanswered(item: UnansweredItem) {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    return html`<li data-id=${item.id}>
      <h3 lang="de">${item.title}</h3>
      ${this.#place(item)}
      <p>${msg.flagged(formatDateTime(item.flaggedAt, lang))} · ${msg.noReply(item.noReply, item.requests)}</p>
      <p>${msg.outcome(item.answered, item.placed)}</p>
      ${item.kind === 'offer' ? html`<p>${msg.offerOf}</p>` : nothing}
      <p class="muted">${item.organisationNotifiedAt === null ? msg.notNotified(item.kind) : msg.notified(formatDateTime(item.organisationNotifiedAt, lang), item.kind)}</p>
      <div class="actions">
        <button type="button" data-action="resolve" aria-label=${msg.resolveLabel(item.title)} ?disabled=${this.busy.has(item.id)} @click=${() => void this.#resolve(item)}>
          ${msg.resolve}
        </button>
      </div>
    </li>`;
  }

  #toPage(page: number): void {
    this.page = page;
    this.#focusNext = '#lifecycle-heading';
    void this.load();
  }

  async #extend(item: ExpiringItem): Promise<void> {
    await this.#act(item, async (api) => {
      const changed = await api.extendListing(item.id);
      const msg = this.#localize.msg;
      return msg.extended(item.title, formatDay(changed.expiresAt, this.#localize.lang));
    });
  }

  async #ask(item: ExpiringItem): Promise<void> {
    await this.#act(item, async (api) => {
      const changed = await api.askStillCurrent(item.id);
      return this.#localize.msg.askedDone(item.title, formatDay(changed.confirmBy ?? changed.expiresAt, this.#localize.lang));
    });
  }

  async #resolve(item: UnansweredItem): Promise<void> {
    await this.#act(item, async (api) => {
      await api.resolveUnanswered(item.id);
      return this.#localize.msg.resolved(item.title);
    });
  }

  /**
   * Runs one row's action, reloads the list (the row may have left it), announces the outcome,
   * and puts focus on the next row's first button, else the heading, so the keyboard goes on.
   */
  async #act(item: { id: string; title: string }, action: (api: LifecycleApi) => Promise<string>): Promise<void> {
    const api = this.api;
    if (api === undefined || this.busy.has(item.id)) return;
    this.busy = new Set([...this.busy, item.id]);
    const ids = this.list?.items.map((one) => one.id) ?? [];
    try {
      const words = await action(api);
      await this.load();
      await this.#announce(words, false);
      const left = this.list?.items.map((one) => one.id) ?? [];
      const next = left.includes(item.id) ? item.id : ids.slice(ids.indexOf(item.id) + 1).find((id) => left.includes(id)) ?? left.at(-1);
      this.#focusNext = next === undefined ? '#lifecycle-heading' : `li[data-id="${next}"] button`;
    } catch (error) {
      await this.#announce(this.#localize.msg.failed(item.title, describeError(reportSessionEnd(this, error), this.#common.msg)), true);
    } finally {
      const busy = new Set(this.busy);
      busy.delete(item.id);
      this.busy = busy;
    }
  }

  /** Says `text` in the live region; cleared first, so the same words twice are announced twice. */
  async #announce(text: string, failed: boolean): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
    this.announcementFailed = failed;
  }
}
