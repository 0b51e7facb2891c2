import type { ConsoleSession, SessionSummary } from '@mitmachen/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { commonMessages } from '../internal/common.messages.js';
import { formatDateTime } from '../internal/dates.js';
import { describeError } from '../internal/describe-error.js';
import { emit } from '../internal/events.js';
import { renderListState, renderTable } from '../internal/render-table.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { sessionsMessages } from './sessions.messages.js';

export type SessionsApi = Pick<ConsoleApi, 'sessions' | 'revokeSession'>;

/**
 * The signed-in person's sessions, each revocable. Ending the current one signs out.
 *
 * @fires mitmachen-console-signed-out - The current session was ended here.
 */
export class MitmachenConsoleSessions extends LitElement {
  static readonly version = VERSION;
  static override styles = screenStyles;

  @property({ attribute: false }) api?: SessionsApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) items?: SessionSummary[];
  @property({ attribute: false }) error?: unknown;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private announcement = '';
  @state() private failed = false;

  readonly #localize = new LocalizeController(this, sessionsMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.items === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  async load(): Promise<void> {
    if (this.api === undefined) return;
    try {
      this.items = (await this.api.sessions()).items;
      this.error = undefined;
    } catch (error) {
      this.error = reportSessionEnd(this, error);
    }
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderBody()}`;
  }

  #renderBody() {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    const state = renderListState({ error: this.error, items: this.items, none: msg.none, onRetry: () => void this.load() }, this.#common.msg);
    if (state !== undefined || this.items === undefined) return state;
    return renderTable<SessionSummary>(
      msg.caption,
      [
        { heading: msg.started, cell: (item) => html`${formatDateTime(item.createdAt, lang)} ${item.current ? html`<strong>(${msg.current})</strong>` : nothing}` },
        { heading: msg.lastSeen, cell: (item) => formatDateTime(item.lastSeenAt, lang) },
        { heading: msg.expires, cell: (item) => formatDateTime(item.expiresAt, lang) },
        { heading: msg.from, cell: (item) => item.address ?? msg.unknown },
        { heading: msg.browser, className: 'muted', cell: (item) => item.userAgent ?? msg.unknown },
        {
          heading: msg.actions,
          cell: (item) =>
            html`<button
              type="button"
              class="danger"
              aria-label=${item.current ? msg.revokeCurrent : msg.revokeLabel(formatDateTime(item.createdAt, lang))}
              @click=${() => void this.#revoke(item)}
            >
              ${item.current ? msg.revokeCurrent : msg.revoke}
            </button>`,
        },
      ],
      this.items,
    );
  }

  async #revoke(item: SessionSummary): Promise<void> {
    if (this.api === undefined) return;
    try {
      await this.api.revokeSession(item.id);
    } catch (error) {
      this.announcement = describeError(reportSessionEnd(this, error), this.#common.msg);
      this.failed = true;
      return;
    }
    if (item.current) {
      emit(this, 'mitmachen-console-signed-out', {});
      return;
    }
    this.items = this.items?.filter((one) => one.id !== item.id);
    this.announcement = this.#localize.msg.revoked;
    this.failed = false;
    await this.updateComplete;
    // The row with the button is gone: focus goes to the heading, above the announcement.
    this.focus();
  }
}
