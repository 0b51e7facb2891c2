import type { AlertSearch, OpportunityQuery } from '@mitmachen/contract';
import { ApiError, type MitmachenClient } from '@mitmachen/sdk';
import { LitElement, html, nothing } from 'lit';
import type { ProofOfWork } from '../forms/proof-of-work.js';
import { findApiBase, inheritedAttribute } from '../internal/api-base.js';
import { LocalizeController } from '../internal/localize.js';
import { textLanguageOf } from '../internal/text-language.js';
import { VERSION } from '../internal/version.js';
import { opportunityQuery, type Presets } from '../search/search-query.js';
import type { SearchState } from '../search/search-state.js';
import { alertMessages } from './alert.messages.js';
import { alertStyles } from './alert.styles.js';

type Status = 'idle' | 'sending' | 'sent' | 'failed';

/** The parameters of a search that an alert follows: what is found, not how it is sorted or paged. */
export function alertSearchOf(query: OpportunityQuery): AlertSearch {
  const { page: _page, pageSize: _pageSize, sort: _sort, lang: _lang, ...search } = query;
  return search;
}

/** `?category=a&category=b…`: the query of the same search for the feed's address. */
function feedQuery(search: AlertSearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * "Notify me" under a search: a button that opens a small form (address, daily or weekly) to
 * subscribe to e-mail alerts for the search shown, and a link to the same search as an Atom
 * feed. `<mitmachen-search>` loads it as a chunk of its own after its first screen, and passes
 * its search state and presets; what was typed survives closing and reopening the form.
 */
export class MitmachenAlert extends LitElement {
  static readonly version = VERSION;
  static override styles = alertStyles;
  static override properties = {
    client: { attribute: false },
    state: { attribute: false },
    presets: { attribute: false },
    open: { state: true },
    status: { state: true },
    emailError: { state: true },
  };

  declare client: MitmachenClient | undefined;
  /** The search shown, and the site's presets it is narrowed by (as `<mitmachen-search>` holds them). */
  declare state: SearchState | undefined;
  declare presets: Presets | undefined;
  declare private open: boolean;
  declare private status: Status;
  declare private emailError: boolean;

  readonly #localize = new LocalizeController(this, alertMessages);
  /**
   * Loaded when the form first opens, from the posting forms' chunk (see posting-form.ts): most
   * visitors never subscribe, and the search page should not fetch it for them.
   */
  #proof: Promise<ProofOfWork> | undefined;
  #email = '';
  #frequency: 'daily' | 'weekly' = 'weekly';
  /** The address the confirm mail went to, for the success message. */
  #sentTo = '';

  constructor() {
    super();
    this.open = false;
    this.status = 'idle';
    this.emailError = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.#proof?.then((proof) => proof.stop());
  }

  override render() {
    const { msg } = this.#localize;
    const search = this.#search();
    // The search's own `api-base` (or the page's data-mitmachen-api-base), for the feed's address.
    const base = findApiBase(this, inheritedAttribute(this, 'api-base'));
    const feed = base === undefined ? undefined : `${base.replace(/\/+$/, '')}/opportunities.atom${feedQuery(search)}`;
    const sending = this.status === 'sending';
    return html`<p class="links">
        <button type="button" part="button alert-toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="alert-form" @click=${this.#toggle}>
          ${msg.subscribe}
        </button>
        ${feed === undefined ? nothing : html`<a part="feed-link" href=${feed} type="application/atom+xml">${msg.feed}</a>`}
      </p>
      <form id="alert-form" part="alert-form" novalidate ?hidden=${!this.open} aria-label=${msg.subscribe} @submit=${this.#submit}>
        <p class="hint" id="alert-hint">${msg.hint}</p>
        <label for="alert-email">${msg.email}</label>
        <input
          id="alert-email"
          type="email"
          name="email"
          autocomplete="email"
          required
          maxlength="254"
          .value=${this.#email}
          aria-invalid=${this.emailError ? 'true' : 'false'}
          aria-describedby=${this.emailError ? 'alert-email-error alert-hint' : 'alert-hint'}
          @input=${(event: Event) => (this.#email = (event.target as HTMLInputElement).value)}
        />
        <p class="error" id="alert-email-error" ?hidden=${!this.emailError}>${msg.emailInvalid}</p>
        <fieldset>
          <legend>${msg.frequency}</legend>
          ${(['daily', 'weekly'] as const).map(
            (value) =>
              html`<label><input type="radio" name="frequency" value=${value} .checked=${this.#frequency === value} @change=${() => (this.#frequency = value)} /> ${msg[value]}</label>`,
          )}
        </fieldset>
        <p><button type="submit" part="button alert-submit" ?disabled=${sending}>${sending ? msg.sending : msg.send}</button></p>
      </form>
      <p class="status ${this.status === 'failed' ? 'error' : ''}" id="alert-status" role="status" tabindex="-1">
        ${this.status === 'sent' ? msg.sent(this.#sentTo) : this.status === 'failed' ? msg.failed : ''}
      </p>`;
  }

  #search(): AlertSearch {
    return this.state === undefined ? {} : alertSearchOf(opportunityQuery(this.state, this.presets ?? { regions: [], categories: [], organisations: [] }, 1));
  }

  #proofOfWork(): Promise<ProofOfWork> {
    return (this.#proof ??= import('../forms/posting-form.js').then(({ ProofOfWork }) => new ProofOfWork()));
  }

  #toggle = (): void => {
    this.open = !this.open;
    if (!this.open) return;
    const client = this.client;
    if (client !== undefined) void this.#proofOfWork().then((proof) => proof.start(client));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#alert-email')?.focus());
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#alert-email')!;
    const client = this.client;
    if (!input.checkValidity()) {
      this.emailError = true;
      input.focus();
      return;
    }
    if (client === undefined || this.status === 'sending') return;
    this.emailError = false;
    this.status = 'sending';
    const email = this.#email.trim();
    try {
      const proof = await this.#proofOfWork();
      const altcha = await proof.solution(client);
      await client.alerts.subscribe({ email, frequency: this.#frequency, language: textLanguageOf(this), search: this.#search() }, { altcha });
      proof.stop();
      this.#sentTo = email;
      this.status = 'sent';
      this.open = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#alert-status')?.focus();
    } catch (error) {
      // A spent or expired proof is renewed for the next try; the address stays as typed.
      (await this.#proofOfWork()).renew(client);
      if (error instanceof ApiError && error.fieldErrors['/email'] !== undefined) {
        this.status = 'idle';
        this.emailError = true;
        await this.updateComplete;
        input.focus();
        return;
      }
      this.status = 'failed';
    }
  };
}
