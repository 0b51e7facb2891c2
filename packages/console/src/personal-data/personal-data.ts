import type { ConsoleSession, PersonalData } from '@mitmachen/contract';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { formatDateTime } from '../internal/dates.js';
import { describeError } from '../internal/describe-error.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { personalDataMessages } from './personal-data.messages.js';

export type PersonalDataApi = Pick<ConsoleApi, 'personalData' | 'erasePersonalData'>;

/** The platform's own check is the server's (format `email`); this one only catches slips early. */
const plausibleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * DSGVO requests about one e-mail address: look it up, download the export as JSON, erase it
 * after a confirmation. The server scopes everything to the signed-in admin's agency.
 */
export class MitmachenConsolePersonalData extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      a.button {
        display: inline-block;
        padding: 0.4em 0.9em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: inherit;
      }
      .actions {
        margin-block: var(--_space);
      }
    `,
  ];

  @property({ attribute: false }) api?: PersonalDataApi;
  @property({ attribute: false }) session?: ConsoleSession;
  /** What was found; shown until the next search. */
  @property({ attribute: false }) data?: PersonalData;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private email = '';
  @state() private emailError?: string;
  @state() private busy = false;
  /** The erasure waits for its confirmation. */
  @property({ attribute: false }) confirming = false;
  @state() private announcement = '';
  @state() private failed = false;

  readonly #localize = new LocalizeController(this, personalDataMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  /** The export as a file the link downloads; replaced with each result. */
  #download?: { data: PersonalData; url: string };

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#download) URL.revokeObjectURL(this.#download.url);
    this.#download = undefined;
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      ${this.#renderForm()}
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderResult()}`;
  }

  #renderForm() {
    const msg = this.#localize.msg;
    const invalid = this.emailError !== undefined;
    return html`<form novalidate class="inline-form" role="search" @submit=${this.#find}>
      <div class="field">
        <label for="email">${msg.email}</label>
        <p class="hint" id="email-hint">${msg.emailHint}</p>
        ${invalid ? html`<p class="error" id="email-error">${this.emailError}</p>` : nothing}
        <input
          id="email"
          type="email"
          maxlength="254"
          autocomplete="off"
          spellcheck="false"
          .value=${this.email}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'email-error email-hint' : 'email-hint'}
          @input=${(event: Event) => {
            this.email = (event.target as HTMLInputElement).value;
            this.emailError = undefined;
          }}
        />
      </div>
      <div class="field"><button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? msg.searching : msg.find}</button></div>
    </form>`;
  }

  #renderResult() {
    const data = this.data;
    if (data === undefined) return nothing;
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    return html`<section aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">${msg.resultHeading(data.email)}</h2>
      ${data.records.length === 0
        ? html`<p class="notice">${msg.nothing}</p>`
        : html`<p>${msg.found(data.records.length)}</p>
            <div class="table-wrap">
              <table>
                <caption>${msg.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${msg.kind}</th>
                    <th scope="col">${msg.summary}</th>
                    <th scope="col">${msg.created}</th>
                    <th scope="col">${msg.id}</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.records.map(
                    (record) => html`<tr>
                      <td>${msg.kinds[record.kind]}</td>
                      <th scope="row">${record.summary}</th>
                      <td>${formatDateTime(record.createdAt, lang)}</td>
                      <td><code>${record.id}</code></td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <div class="actions">
              <a class="button" href=${this.#downloadUrl(data)} download=${`personal-data-${data.generatedAt.slice(0, 10)}.json`}>${msg.download}</a>
              <button type="button" class="danger" aria-expanded=${this.confirming ? 'true' : 'false'} @click=${this.#askToErase}>${msg.erase}</button>
            </div>
            ${this.confirming ? this.#renderConfirm(data) : nothing}`}
    </section>`;
  }

  #renderConfirm(data: PersonalData) {
    const msg = this.#localize.msg;
    return html`<section class="notice problem" role="alertdialog" aria-labelledby="confirm-heading" aria-describedby="confirm-text">
      <h3 id="confirm-heading" tabindex="-1">${msg.confirmHeading}</h3>
      <p id="confirm-text">${msg.confirmText(data.records.length)}</p>
      <div class="actions">
        <button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.#erase(data)}>${msg.confirm}</button>
        <button type="button" @click=${this.#cancel}>${msg.cancel}</button>
      </div>
    </section>`;
  }

  #downloadUrl(data: PersonalData): string {
    if (this.#download?.data !== data) {
      if (this.#download) URL.revokeObjectURL(this.#download.url);
      const file = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      this.#download = { data, url: URL.createObjectURL(file) };
    }
    return this.#download.url;
  }

  async #find(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = this.email.trim();
    if (!plausibleEmail.test(email)) {
      this.emailError = this.#localize.msg.emailMissing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#email')?.focus();
      return;
    }
    if (this.api === undefined) return;
    this.busy = true;
    this.confirming = false;
    try {
      this.data = await this.api.personalData(email);
      this.announcement = this.data.records.length === 0 ? this.#localize.msg.nothing : this.#localize.msg.found(this.data.records.length);
      this.failed = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      this.emailError = error instanceof ConsoleApiError ? error.fieldError('email') : undefined;
      this.announcement = describeError(reportSessionEnd(this, error), this.#common.msg);
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }

  async #askToErase(): Promise<void> {
    this.confirming = !this.confirming;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  async #cancel(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
  }

  async #erase(data: PersonalData): Promise<void> {
    if (this.api === undefined) return;
    const msg = this.#localize.msg;
    this.busy = true;
    try {
      const erased = await this.api.erasePersonalData(data.email);
      const total = Object.values(erased.counts).reduce((sum, count) => sum + count, 0);
      this.data = { ...data, records: [], counts: {} };
      this.confirming = false;
      this.announcement = msg.erased(total);
      this.failed = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      reportSessionEnd(this, error);
      const status = error instanceof ConsoleApiError ? error.status : undefined;
      this.announcement = status === 409 ? msg.own : status === 404 ? msg.gone : describeError(error, this.#common.msg);
      this.failed = true;
    } finally {
      this.busy = false;
    }
  }
}
