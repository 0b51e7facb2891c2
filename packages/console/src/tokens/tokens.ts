import type { ApiToken, ApiTokenCreated, ApiTokenScope, ConsoleSession } from '@mitmachen/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { formatDateTime } from '../internal/dates.js';
import { describeError } from '../internal/describe-error.js';
import { loadList, renderList, renderTextField } from '../internal/list-screen.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { tokensMessages } from './tokens.messages.js';

export type TokensApi = Pick<ConsoleApi, 'tokens' | 'createToken' | 'revokeToken'>;

/** API tokens: create (the secret shown once), the list with last use, revoke. */
export class MitmachenConsoleTokens extends LitElement {
  static readonly version = VERSION;
  static override styles = screenStyles;

  @property({ attribute: false }) api?: TokensApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) items?: ApiToken[];
  @property({ attribute: false }) error?: unknown;
  /** The token just created, with its secret: shown until the screen is left. */
  @property({ attribute: false }) created?: ApiTokenCreated;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private name = '';
  @state() private scope: ApiTokenScope = 'moderate';
  @state() private nameError?: string;
  @state() private busy = false;
  @state() private announcement = '';
  @state() private failed = false;

  readonly #localize = new LocalizeController(this, tokensMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.items === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  async load(): Promise<void> {
    const api = this.api;
    if (api !== undefined) await loadList(this, () => api.tokens());
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderCreated()} ${this.#renderForm()} ${this.#renderList()}`;
  }

  #renderCreated() {
    const created = this.created;
    if (created === undefined) return nothing;
    const msg = this.#localize.msg;
    return html`<section class="notice" aria-labelledby="created-heading">
      <h2 id="created-heading" tabindex="-1">${msg.createdHeading}: ${created.name}</h2>
      <p>${msg.createdNote}</p>
      <div class="field">
        <label for="secret">${msg.secretLabel}</label>
        <input id="secret" class="secret" type="text" readonly .value=${created.token} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
      </div>
      <button type="button" @click=${this.#copy}>${msg.copy}</button>
    </section>`;
  }

  #renderForm() {
    const msg = this.#localize.msg;
    return html`<section aria-labelledby="create-heading">
      <h2 id="create-heading">${msg.createHeading}</h2>
      <form novalidate class="inline-form" @submit=${this.#create}>
        ${renderTextField({
          id: 'token-name',
          label: msg.name,
          hint: msg.nameHint,
          error: this.nameError,
          value: this.name,
          maxLength: 120,
          onInput: (value) => {
            this.name = value;
            this.nameError = undefined;
          },
        })}
        <div class="field">
          <label for="token-scope">${msg.scope}</label>
          <select id="token-scope" @change=${(event: Event) => (this.scope = (event.target as HTMLSelectElement).value as ApiTokenScope)}>
            ${(['moderate', 'read'] as const).map((scope) => html`<option value=${scope} ?selected=${this.scope === scope}>${msg.scopes[scope]}</option>`)}
          </select>
        </div>
        <div class="field"><button type="submit" class="primary" ?disabled=${this.busy}>${msg.create}</button></div>
      </form>
    </section>`;
  }

  #renderList() {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    return renderList<ApiToken>(
      { error: this.error, items: this.items, none: msg.none, onRetry: () => void this.load() },
      msg.caption,
      [
        { heading: msg.name, rowHeader: true, cell: (token) => html`${token.name}${token.agencyId === null ? html` <span class="muted">(${msg.platformWide})</span>` : nothing}` },
        { heading: msg.scope, cell: (token) => msg.scopes[token.scope] },
        { heading: msg.prefix, cell: (token) => html`<code>${token.prefix}…</code>` },
        { heading: msg.created, cell: (token) => formatDateTime(token.createdAt, lang) },
        { heading: msg.lastUsed, cell: (token) => (token.lastUsedAt === null ? msg.never : formatDateTime(token.lastUsedAt, lang)) },
        {
          heading: msg.status,
          cell: (token) =>
            token.revokedAt === null
              ? html`${msg.active}
                  <button type="button" class="danger" aria-label=${msg.revokeLabel(token.name)} @click=${() => void this.#revoke(token)}>${msg.revoke}</button>`
              : msg.revokedAt(formatDateTime(token.revokedAt, lang)),
        },
      ],
      this.#common.msg,
    );
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.#localize.msg;
    const name = this.name.trim();
    if (name.length < 2) {
      this.nameError = msg.nameMissing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#token-name')?.focus();
      return;
    }
    if (this.api === undefined) return;
    this.busy = true;
    try {
      const agencyId = this.session?.agency?.id;
      this.created = await this.api.createToken({ name, scope: this.scope, ...(agencyId === undefined ? {} : { agencyId }) });
      this.name = '';
      this.items = [this.created, ...(this.items ?? [])].map(({ token: _secret, ...token }: ApiToken & { token?: string }) => token);
      this.announcement = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#created-heading')?.focus();
    } catch (error) {
      this.nameError = error instanceof ConsoleApiError ? error.fieldError('/name') : undefined;
      this.announcement = describeError(reportSessionEnd(this, error), this.#common.msg);
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }

  async #revoke(token: ApiToken): Promise<void> {
    if (this.api === undefined) return;
    try {
      const revoked = await this.api.revokeToken(token.id);
      this.items = this.items?.map((one) => (one.id === token.id ? revoked : one));
      this.announcement = this.#localize.msg.revoked(token.name);
      this.failed = false;
      await this.updateComplete;
      this.focus();
    } catch (error) {
      this.announcement = describeError(reportSessionEnd(this, error), this.#common.msg);
      this.failed = true;
    }
  }

  async #copy(): Promise<void> {
    const secret = this.created?.token;
    if (secret === undefined) return;
    try {
      await navigator.clipboard.writeText(secret);
      this.announcement = this.#localize.msg.copied;
      this.failed = false;
    } catch {
      // No clipboard permission: the field is selected, so Ctrl+C works.
      this.renderRoot.querySelector<HTMLInputElement>('#secret')?.focus();
    }
  }
}
