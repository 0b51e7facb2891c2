import type { ConsoleSession } from '@mitmachen/contract';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { confirmMessages } from './confirm.messages.js';
import { confirmStyles } from './confirm.styles.js';

/** What the confirm page needs from the API. */
export interface ConfirmApi {
  confirmSignIn(token: string): Promise<ConsoleSession>;
}

export type ConfirmState = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'failed'; error: unknown };

/**
 * The page a sign-in link opens. It spends the link only when the person presses the button (a
 * POST): mail scanners that open every link in a mail must not sign anyone in, nor use the link up.
 *
 * @fires mitmachen-console-signed-in - The link was spent and the session is in place (detail: { email }).
 * @fires mitmachen-console-new-link - The person wants to ask for a new link.
 */
export class MitmachenConsoleConfirm extends LitElement {
  static readonly version = VERSION;
  static override styles = confirmStyles;

  @property({ attribute: false }) api?: ConfirmApi;
  /** The token from the link. */
  @property({ attribute: false }) token = '';
  @property({ attribute: false }) state: ConfirmState = { kind: 'idle' };
  @property({ reflect: true }) theme?: 'light' | 'dark';

  readonly #localize = new LocalizeController(this, confirmMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override render() {
    const msg = this.#localize.msg;
    const busy = this.state.kind === 'confirming';
    const error = this.state.kind === 'failed' ? this.state.error : undefined;
    const passkeyRequired = error instanceof ConsoleApiError && error.status === 403 && error.problem?.type.endsWith('/passkey-required') === true;
    const invalid = passkeyRequired || (error instanceof ConsoleApiError && (error.status === 401 || error.status === 400 || error.status === 422));
    return html`<section aria-labelledby="heading">
      <h1 id="heading">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <div role="alert" class="alert">
        ${error === undefined ? nothing : html`<p class="notice problem">${passkeyRequired ? msg.passkeyRequired : invalid ? msg.invalid : describeError(error, this.#common.msg)}</p>`}
      </div>
      <div class="actions">
        ${invalid
          ? html`<button class="primary" type="button" @click=${this.#newLink}>${passkeyRequired ? msg.toPasskey : msg.newLink}</button>`
          : html`<button class="primary" type="button" ?disabled=${busy} @click=${this.#confirm}>${busy ? msg.confirming : msg.confirm}</button>`}
      </div>
    </section>`;
  }

  async #confirm(): Promise<void> {
    if (this.api === undefined || this.state.kind === 'confirming') return;
    this.state = { kind: 'confirming' };
    try {
      const session = await this.api.confirmSignIn(this.token);
      this.state = { kind: 'idle' };
      emit(this, 'mitmachen-console-signed-in', { email: session.account.email, session });
    } catch (error) {
      this.state = { kind: 'failed', error };
      await this.updateComplete;
      // The button changed under the focus (to "ask for a new link"): keep focus on it.
      this.renderRoot.querySelector('button')?.focus();
    }
  }

  #newLink(): void {
    emit(this, 'mitmachen-console-new-link', {});
  }
}
