import type { Passkey } from '@mitmachen/contract';
import { browserSupportsWebAuthn, startRegistration, WebAuthnError, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { html, LitElement } from 'lit';
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
import { passkeysMessages } from './passkeys.messages.js';

export type PasskeysApi = Pick<ConsoleApi, 'passkeys' | 'passkeyRegistrationOptions' | 'addPasskey' | 'removePasskey'>;

/**
 * The signed-in person's passkeys: add one (the browser asks the device or security key), see
 * when each was last used, remove one. What was typed as a name stays when adding fails.
 */
export class MitmachenConsolePasskeys extends LitElement {
  static readonly version = VERSION;
  static override styles = screenStyles;

  @property({ attribute: false }) api?: PasskeysApi;
  @property({ attribute: false }) items?: Passkey[];
  @property({ attribute: false }) error?: unknown;
  /** Whether this browser can create passkeys; found out by itself unless a story says. */
  @property({ attribute: false }) supported = browserSupportsWebAuthn();
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private announcement = '';
  @state() private failed = false;
  @state() private name = '';
  @state() private nameError?: string;
  @state() private busy = false;

  readonly #localize = new LocalizeController(this, passkeysMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.items === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  async load(): Promise<void> {
    const api = this.api;
    if (api !== undefined) await loadList(this, () => api.passkeys());
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading" tabindex="-1">${msg.heading}</h2>
      <p>${msg.intro}</p>
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderList()} ${this.#renderAdd()}
    </section>`;
  }

  #renderList() {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    return renderList<Passkey>(
      { error: this.error, items: this.items, none: msg.none, onRetry: () => void this.load() },
      msg.caption,
      [
        { heading: msg.name, rowHeader: true, cell: (item) => item.name },
        { heading: msg.created, cell: (item) => formatDateTime(item.createdAt, lang) },
        { heading: msg.lastUsed, cell: (item) => (item.lastUsedAt === null ? msg.never : formatDateTime(item.lastUsedAt, lang)) },
        { heading: msg.synced, cell: (item) => (item.backedUp ? msg.yes : msg.no) },
        {
          heading: msg.actions,
          cell: (item) => html`<button type="button" class="danger" aria-label=${msg.removeLabel(item.name)} @click=${() => void this.#remove(item)}>${msg.remove}</button>`,
        },
      ],
      this.#common.msg,
    );
  }

  #renderAdd() {
    const msg = this.#localize.msg;
    if (!this.supported) return html`<p class="notice">${msg.unsupported}</p>`;
    return html`<h3>${msg.addHeading}</h3>
      <form novalidate class="inline-form" @submit=${this.#add}>
        ${renderTextField({
          id: 'passkey-name',
          label: msg.nameLabel,
          hint: msg.nameHint,
          error: this.nameError,
          value: this.name,
          maxLength: 80,
          onInput: (value) => {
            this.name = value;
            this.nameError = undefined;
          },
        })}
        <div class="field"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? msg.adding : msg.add}</button></div>
      </form>`;
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.#localize.msg;
    const name = this.name.trim();
    if (name === '') {
      this.nameError = msg.nameMissing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#passkey-name')?.focus();
      return;
    }
    if (this.api === undefined || this.busy) return;
    this.busy = true;
    try {
      const options = await this.api.passkeyRegistrationOptions();
      const response = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
      const passkey = await this.api.addPasskey(name, response);
      this.items = [passkey, ...(this.items ?? [])];
      this.name = '';
      this.#announce(msg.added(passkey.name), false);
    } catch (error) {
      this.#announce(this.#describe(error), true);
    } finally {
      this.busy = false;
    }
  }

  #describe(error: unknown): string {
    const msg = this.#localize.msg;
    if (error instanceof WebAuthnError && error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return msg.exists;
    if (error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')) return msg.cancelled;
    if (error instanceof ConsoleApiError && error.status === 400) return msg.refused;
    return describeError(reportSessionEnd(this, error), this.#common.msg);
  }

  async #remove(item: Passkey): Promise<void> {
    if (this.api === undefined) return;
    try {
      await this.api.removePasskey(item.id);
    } catch (error) {
      this.#announce(describeError(reportSessionEnd(this, error), this.#common.msg), true);
      return;
    }
    this.items = this.items?.filter((one) => one.id !== item.id);
    this.#announce(this.#localize.msg.removed(item.name), false);
    await this.updateComplete;
    // The row with the button is gone: focus goes to the heading, above the announcement.
    this.focus();
  }

  #announce(text: string, failed: boolean): void {
    this.announcement = text;
    this.failed = failed;
  }
}
