import type { AuditAction, AuditEntry, AuditList, AuditQuery, ConsoleSession } from '@mitmachen/contract';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { auditMessages } from './audit.messages.js';
import { renderChange } from './render-change.js';

export type AuditApi = Pick<ConsoleApi, 'audit'>;

const PAGE_SIZE = 50;

/** Filters as typed in the form: dates as `YYYY-MM-DD`, sent as whole UTC days. */
export interface AuditFilters {
  action?: AuditAction;
  itemId?: string;
  since?: string;
  until?: string;
}

/** The audit log of the caller's scope, newest first, filterable by action, item and dates. */
export class MitmachenConsoleAudit extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      .diff {
        margin: 0;
      }
      .diff dd {
        margin: 0 0 0.25em;
        display: flex;
        flex-direction: column;
      }
      del {
        color: var(--_danger);
      }
      ins {
        color: var(--_success);
      }
      .pager {
        display: flex;
        gap: 0.75em;
        align-items: center;
        margin-block-start: var(--_space);
      }
    `,
  ];

  @property({ attribute: false }) api?: AuditApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) log?: AuditList;
  @property({ attribute: false }) error?: unknown;
  @property({ attribute: false }) filters: AuditFilters = {};
  @property({ type: Number }) page = 1;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private loading = false;

  readonly #localize = new LocalizeController(this, auditMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  #abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.log === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  async load(): Promise<void> {
    if (this.api === undefined) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const { action, itemId, since, until } = this.filters;
    const query: AuditQuery = {
      action,
      itemId: itemId?.trim() || undefined,
      since: since ? `${since}T00:00:00Z` : undefined,
      until: until ? `${until}T23:59:59.999Z` : undefined,
      page: this.page,
      pageSize: PAGE_SIZE,
    };
    this.loading = true;
    try {
      const log = await this.api.audit(query, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.log = log;
      this.error = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = reportSessionEnd(this, error);
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      ${this.#renderFilters()}
      <div aria-busy=${this.loading ? 'true' : 'false'}>${this.#renderLog()}</div>`;
  }

  #renderFilters() {
    const msg = this.#localize.msg;
    const filters = this.filters;
    const set = (patch: Partial<AuditFilters>) => (this.filters = { ...this.filters, ...patch });
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    return html`<form class="inline-form" role="search" aria-label=${msg.filters} @submit=${this.#apply}>
      <div class="field">
        <label for="audit-action">${msg.action}</label>
        <select id="audit-action" @change=${(event: Event) => set({ action: (value(event) || undefined) as AuditAction | undefined })}>
          <option value="" ?selected=${filters.action === undefined}>${msg.anyAction}</option>
          ${Object.entries(msg.actions).map(([action, label]) => html`<option value=${action} ?selected=${filters.action === action}>${label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="audit-item">${msg.item}</label>
        <input id="audit-item" type="text" spellcheck="false" .value=${filters.itemId ?? ''} @input=${(event: Event) => set({ itemId: value(event) })} />
      </div>
      <div class="field">
        <label for="audit-since">${msg.since}</label>
        <input id="audit-since" type="date" .value=${filters.since ?? ''} @input=${(event: Event) => set({ since: value(event) || undefined })} />
      </div>
      <div class="field">
        <label for="audit-until">${msg.until}</label>
        <input id="audit-until" type="date" .value=${filters.until ?? ''} @input=${(event: Event) => set({ until: value(event) || undefined })} />
      </div>
      <div class="field"><button type="submit" class="primary">${msg.apply}</button></div>
    </form>`;
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    this.page = 1;
    void this.load();
  }

  #renderLog() {
    const msg = this.#localize.msg;
    if (this.error !== undefined) {
      return html`<div class="notice problem">
        <p>${describeError(this.error, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.load()}>${this.#common.msg.retry}</button>
      </div>`;
    }
    const log = this.log;
    if (log === undefined) return html`<p class="notice">${this.#common.msg.loading}</p>`;
    if (log.items.length === 0) return html`<p class="notice">${msg.none}</p>`;
    const pages = Math.max(1, Math.ceil(log.total / PAGE_SIZE));
    return html`<div class="table-wrap">
        <table>
          <caption>${msg.caption(log.total)}</caption>
          <thead>
            <tr>
              <th scope="col">${msg.when}</th>
              <th scope="col">${msg.who}</th>
              <th scope="col">${msg.what}</th>
              <th scope="col">${msg.on}</th>
              <th scope="col">${msg.change}</th>
              <th scope="col">${msg.reason}</th>
              <th scope="col">${msg.from}</th>
            </tr>
          </thead>
          <tbody>
            ${log.items.map((entry) => this.#renderEntry(entry))}
          </tbody>
        </table>
      </div>
      ${pages <= 1
        ? nothing
        : html`<nav class="pager" aria-label=${msg.page(this.page, pages)}>
            <button type="button" ?disabled=${this.page <= 1} @click=${() => this.#goTo(this.page - 1)}>${msg.previousPage}</button>
            <span>${msg.page(this.page, pages)}</span>
            <button type="button" ?disabled=${this.page >= pages} @click=${() => this.#goTo(this.page + 1)}>${msg.nextPage}</button>
          </nav>`}`;
  }

  #renderEntry(entry: AuditEntry) {
    const msg = this.#localize.msg;
    const roles = this.#labels.msg.roles as Record<string, string>;
    const who = entry.email ?? (entry.tokenId === null ? msg.system : msg.token(entry.tokenId));
    return html`<tr>
      <td><time datetime=${entry.at}>${entry.at.slice(0, 19).replace('T', ' ')}</time></td>
      <td>${who}${entry.role === null ? nothing : html`<br /><span class="muted">${roles[entry.role] ?? entry.role}</span>`}</td>
      <td>${msg.actions[entry.action] ?? entry.action}</td>
      <td>${entry.itemKind === null ? nothing : html`${entry.itemKind}<br /><code>${entry.itemId ?? ''}</code>`}</td>
      <td>${renderChange(entry, msg)}</td>
      <td lang="de">${entry.reason ?? nothing}</td>
      <td>${entry.address ?? nothing}</td>
    </tr>`;
  }

  #goTo(page: number): void {
    this.page = page;
    void this.load();
  }
}
