import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConsoleSession } from '@mitmachen/contract';
import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { signInMessages } from './sign-in.messages.js';
import { signInStyles } from './sign-in.styles.js';

/** What the sign-in screen needs from the API. */
export interface SignInApi {
  requestLink(email: string): Promise<void>;
  passkeySignInOptions?(): Promise<{ challenge: string }>;
  signInWithPasskey?(response: object): Promise<ConsoleSession>;
}

export type SignInState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; email: string }
  | { kind: 'failed'; error: unknown };

/**
 * Asks for a sign-in link by e-mail. The answer is the same whether or not the address is known
 * (the server does not say, so neither do we); errors stand next to the field, and what was typed
 * stays in it. Beside it, signing in with a passkey where the browser can.
 *
 * @fires mitmachen-console-signed-in - Signed in with a passkey; the session is in place.
 */
export class MitmachenConsoleSignIn extends LitElement {
  static readonly version = VERSION;
  static override styles = signInStyles;

  /** The API; without it the screen shows what `state` says (stories). */
  @property({ attribute: false }) api?: SignInApi;
  @property({ attribute: false }) state: SignInState = { kind: 'idle' };
  /** The address in the field. */
  @property() email = '';
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Whether the browser offers passkeys; found out by itself unless a story says. */
  @property({ attribute: false }) passkeys = browserSupportsWebAuthn();

  @state() private passkeyBusy = false;
  @state() private passkeyError?: string;

  /** Our own check of the field, or the server's message for `/email`. */
  @state() private fieldError?: string;

  @query('input') private input?: HTMLInputElement;
  @query('[data-focus]') private focusTarget?: HTMLElement;

  readonly #localize = new LocalizeController(this, signInMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  #focusAfterUpdate = false;

  override render() {
    const msg = this.#localize.msg;
    if (this.state.kind === 'sent') {
      return html`<section aria-labelledby="sent">
        <h1 id="sent" tabindex="-1" data-focus>${msg.sentHeading}</h1>
        <p>${msg.sent(this.state.email)}</p>
        <p>${msg.sentRules}</p>
        <p class="hint">${msg.sentNothing}</p>
        <button type="button" @click=${this.#again}>${msg.again}</button>
      </section>`;
    }
    const sending = this.state.kind === 'sending';
    const failure = this.state.kind === 'failed' && this.fieldError === undefined ? describeError(this.state.error, this.#common.msg) : undefined;
    return html`<section aria-labelledby="heading">
      <h1 id="heading">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <form novalidate @submit=${this.#submit}>
        <div class="field">
          <label for="email">${msg.emailLabel}</label>
          <p class="hint" id="email-hint">${msg.emailHint}</p>
          ${this.fieldError === undefined ? nothing : html`<p class="error" id="email-error">${this.fieldError}</p>`}
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            spellcheck="false"
            required
            maxlength="254"
            .value=${this.email}
            aria-invalid=${this.fieldError === undefined ? 'false' : 'true'}
            aria-describedby=${this.fieldError === undefined ? 'email-hint' : 'email-error email-hint'}
            @input=${this.#typed}
          />
        </div>
        <div role="alert" class="alert">${failure === undefined ? nothing : html`<p class="notice problem">${failure}</p>`}</div>
        <button class="primary" type="submit" ?disabled=${sending}>${sending ? msg.sending : msg.send}</button>
      </form>
    </section>
    ${this.passkeys ? this.#renderPasskey() : nothing}`;
  }

  #renderPasskey() {
    const msg = this.#localize.msg;
    return html`<section aria-labelledby="passkey-heading" class="passkey">
      <h2 id="passkey-heading">${msg.passkeyHeading}</h2>
      <p>${msg.passkeyIntro}</p>
      <div role="alert" class="alert">${this.passkeyError === undefined ? nothing : html`<p class="notice problem">${this.passkeyError}</p>`}</div>
      <button type="button" ?disabled=${this.passkeyBusy} @click=${this.#withPasskey}>${this.passkeyBusy ? msg.passkeyBusy : msg.passkey}</button>
    </section>`;
  }

  async #withPasskey(): Promise<void> {
    const api = this.api;
    if (api?.passkeySignInOptions === undefined || api.signInWithPasskey === undefined || this.passkeyBusy) return;
    const msg = this.#localize.msg;
    this.passkeyBusy = true;
    this.passkeyError = undefined;
    try {
      const options = await api.passkeySignInOptions();
      const response = await startAuthentication({ optionsJSON: options });
      const session = await api.signInWithPasskey(response);
      emit(this, 'mitmachen-console-signed-in', { email: session.account.email, session });
    } catch (error) {
      this.passkeyError =
        error instanceof ConsoleApiError && error.status === 401
          ? msg.passkeyRefused
          : error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')
            ? msg.passkeyCancelled
            : describeError(error, this.#common.msg);
    } finally {
      this.passkeyBusy = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state.kind === 'sent' && changed.get('state')?.kind !== 'sent') this.focusTarget?.focus();
    if (this.#focusAfterUpdate) {
      this.#focusAfterUpdate = false;
      this.input?.focus();
    }
  }

  #typed(event: Event): void {
    this.email = (event.target as HTMLInputElement).value;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.input;
    if (input === undefined || this.state.kind === 'sending') return;
    const msg = this.#localize.msg;
    const email = input.value.trim();
    this.fieldError = email === '' ? msg.emailMissing : input.validity.typeMismatch ? msg.emailInvalid : undefined;
    if (this.fieldError !== undefined) {
      this.state = { kind: 'idle' };
      this.#focusAfterUpdate = true;
      return;
    }
    if (this.api === undefined) return;
    this.state = { kind: 'sending' };
    try {
      await this.api.requestLink(email);
      this.state = { kind: 'sent', email };
    } catch (error) {
      this.fieldError = error instanceof ConsoleApiError ? error.fieldError('/email') : undefined;
      this.state = { kind: 'failed', error };
      if (this.fieldError !== undefined) this.#focusAfterUpdate = true;
    }
  }

  async #again(): Promise<void> {
    this.state = { kind: 'idle' };
    this.#focusAfterUpdate = true;
  }
}
