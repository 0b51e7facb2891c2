import type { ConsoleSession } from '@mitmachen/contract';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { LocalizeController, pickLang } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { appMessages } from './app.messages.js';
import { appStyles } from './app.styles.js';
import { pathForView, signInToken, viewFromPath, viewsFor, type View } from './route.js';
import '../audit/define.js';
import '../confirm/define.js';
import '../personal-data/define.js';
import '../import/define.js';
import '../queue/define.js';
import '../sessions/define.js';
import '../sign-in/define.js';
import '../staff/define.js';
import '../statistics/define.js';
import '../templates/define.js';
import '../tokens/define.js';

type Phase =
  | { kind: 'starting' }
  | { kind: 'start-failed'; error: unknown }
  | { kind: 'signed-out' }
  | { kind: 'confirm'; token: string }
  | { kind: 'signed-in'; session: ConsoleSession };

const LANG_KEY = 'mitmachen-console-lang';

/**
 * The console page: finds out whether this browser has a session, shows the sign-in (or the
 * confirm page of a sign-in link) when not, and otherwise the sections the account's role may
 * open. With `sync-url` it reads and writes the page's address (`/console/audit`, the link's
 * `#sign-in=` fragment) and remembers the chosen language; without, it is a plain element.
 */
export class MitmachenConsole extends LitElement {
  static readonly version = VERSION;
  static override styles = appStyles;

  /** The API's base URL; `/v1` of the page's origin by default (the console is served with the API). */
  @property({ attribute: 'api-base' }) apiBase = '/v1';
  /** Read and write the page's address, and remember the language. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** The API client; made from `api-base` unless given. */
  @property({ attribute: false }) api?: ConsoleApi;

  @state() private phase: Phase = { kind: 'starting' };
  @state() private view: View = 'queue';
  @state() private sessionEnded = false;

  @query('main') private main?: HTMLElement;

  readonly #localize = new LocalizeController(this, appMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  /** Move focus into the screen after the next render (a change the person asked for). */
  #focusScreen = false;
  readonly #popstate = () => this.#readLocation();
  /** A sign-in link pasted into the address bar of an open console changes only the fragment. */
  readonly #hashchange = () => {
    if (signInToken(location.hash) !== undefined) void this.#start();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const stored = safeStorage()?.getItem(LANG_KEY);
      if (stored) this.#setLang(pickLang(stored), false);
      window.addEventListener('popstate', this.#popstate);
      window.addEventListener('hashchange', this.#hashchange);
    }
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#popstate);
    window.removeEventListener('hashchange', this.#hashchange);
  }

  get client(): ConsoleApi {
    this.api ??= new ConsoleApi(this.apiBase);
    return this.api;
  }

  async #start(): Promise<void> {
    const token = this.syncUrl ? signInToken(location.hash) : undefined;
    if (token !== undefined) {
      // The token must not stay in the address bar, the history or a bookmark.
      history.replaceState(history.state, '', location.pathname + location.search);
      this.phase = { kind: 'confirm', token };
      return;
    }
    this.#readLocation();
    this.phase = { kind: 'starting' };
    try {
      this.#signedIn(await this.client.session());
    } catch (error) {
      this.phase = error instanceof ConsoleApiError && error.status === 401 ? { kind: 'signed-out' } : { kind: 'start-failed', error };
    }
  }

  #signedIn(session: ConsoleSession): void {
    this.phase = { kind: 'signed-in', session };
    this.sessionEnded = false;
    const allowed = viewsFor(session.account.role);
    if (!allowed.includes(this.view)) this.view = allowed[0] ?? 'sessions';
  }

  #readLocation(): void {
    if (!this.syncUrl) return;
    const view = viewFromPath(location.pathname);
    if (view !== undefined && view !== this.view) {
      this.view = view;
      this.#focusScreen = this.hasUpdated;
    }
  }

  override render() {
    const msg = this.#localize.msg;
    const session = this.phase.kind === 'signed-in' ? this.phase.session : undefined;
    return html`<button type="button" class="skip" @click=${this.#skip}>${msg.skip}</button>
      <header>
        <p class="product">${msg.product}</p>
        ${session === undefined
          ? nothing
          : html`<p class="account">
              <span class="visually-hidden">${msg.account}:</span>
              <span class="email">${session.account.email}</span>
              <span>${this.#labels.msg.roles[session.account.role]}</span>
              <span>${session.agency?.name ?? msg.platform}</span>
            </p>`}
        <div class="header-actions">
          <button type="button" lang=${msg.otherLanguageCode} @click=${this.#switchLang}>${msg.otherLanguage}</button>
          ${session === undefined ? nothing : html`<button type="button" @click=${this.#signOut}>${msg.signOut}</button>`}
        </div>
      </header>
      ${session === undefined ? nothing : this.#renderNav(viewsFor(session.account.role))}
      <div role="status" class="banner-region">
        ${this.sessionEnded
          ? html`<div class="notice problem banner">
              <p>${msg.sessionEnded}</p>
              <p>${msg.sessionEndedHow}</p>
              <div class="actions">
                <a href="/console/" target="_blank" rel="noopener">${msg.signInAgain}</a>
                <button type="button" @click=${this.#recheck}>${msg.signedInAgain}</button>
              </div>
            </div>`
          : nothing}
      </div>
      <main
        id="main"
        tabindex="-1"
        @mitmachen-console-session-ended=${this.#onSessionEnded}
        @mitmachen-console-signed-out=${this.#onNewLink}
      >${this.#renderScreen(session)}</main>`;
  }

  #renderNav(views: View[]): TemplateResult {
    const msg = this.#localize.msg;
    return html`<nav aria-label=${msg.nav}>
      <ul>
        ${views.map(
          (view) =>
            html`<li>
              <a href=${pathForView(view)} aria-current=${view === this.view ? 'page' : 'false'} @click=${(event: MouseEvent) => this.#go(event, view)}
                >${msg.views[view]}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #renderScreen(session: ConsoleSession | undefined): TemplateResult {
    const phase = this.phase;
    switch (phase.kind) {
      case 'starting':
        return html`<p class="notice" aria-busy="true">${this.#localize.msg.starting}</p>`;
      case 'start-failed':
        return html`<div role="alert">
          <p class="notice problem">${describeError(phase.error, this.#common.msg)}</p>
          <button type="button" @click=${() => void this.#start()}>${this.#common.msg.retry}</button>
        </div>`;
      case 'signed-out':
        return html`<mitmachen-console-sign-in .api=${this.client} @mitmachen-console-signed-in=${this.#onConfirmed}></mitmachen-console-sign-in>`;
      case 'confirm':
        return html`<mitmachen-console-confirm
          .api=${this.client}
          .token=${phase.token}
          @mitmachen-console-signed-in=${this.#onConfirmed}
          @mitmachen-console-new-link=${this.#onNewLink}
        ></mitmachen-console-confirm>`;
      case 'signed-in':
        return this.#renderView(session as ConsoleSession);
    }
  }

  #renderView(session: ConsoleSession): TemplateResult {
    switch (this.view) {
      case 'queue':
        return session.account.role === 'analyst'
          ? html`<p class="notice">${this.#localize.msg.analystOnly}</p>`
          : html`<mitmachen-console-queue .api=${this.client} .session=${session}></mitmachen-console-queue>`;
      case 'audit':
        return html`<mitmachen-console-audit .api=${this.client} .session=${session}></mitmachen-console-audit>`;
      case 'sessions':
        return html`<mitmachen-console-sessions .api=${this.client} .session=${session}></mitmachen-console-sessions>
          <mitmachen-console-passkeys .api=${this.client}></mitmachen-console-passkeys>`;
      case 'tokens':
        return html`<mitmachen-console-tokens .api=${this.client} .session=${session}></mitmachen-console-tokens>`;
      case 'staff':
        return html`<mitmachen-console-staff .api=${this.client} .session=${session}></mitmachen-console-staff>`;
      case 'statistics':
        return html`<mitmachen-console-statistics .api=${this.client} .session=${session}></mitmachen-console-statistics>`;
      case 'templates':
        return html`<mitmachen-console-templates .api=${this.client} .session=${session}></mitmachen-console-templates>`;
      case 'personal-data':
        return html`<mitmachen-console-personal-data .api=${this.client} .session=${session}></mitmachen-console-personal-data>`;
      case 'import':
        return html`<mitmachen-console-import .api=${this.client} .session=${session}></mitmachen-console-import>`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('phase') && changed.get('phase') !== undefined) this.#focusScreen = true;
    if (!this.#focusScreen) return;
    this.#focusScreen = false;
    void this.#focusIntoScreen();
  }

  async #focusIntoScreen(): Promise<void> {
    const screen = this.main?.firstElementChild as (HTMLElement & { updateComplete?: Promise<unknown> }) | null | undefined;
    await screen?.updateComplete;
    // Each screen's focus() goes to its heading, so a screen reader starts reading the new screen there.
    if (screen instanceof HTMLElement && screen.localName.startsWith('mitmachen-console-')) screen.focus();
    else this.main?.focus();
  }

  #go(event: MouseEvent, view: View): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (view === this.view) return;
    this.view = view;
    this.#focusScreen = true;
    if (this.syncUrl) history.pushState(null, '', pathForView(view));
  }

  /** A button rather than a link: a `#main` fragment cannot reach into the shadow root. */
  #skip(): void {
    this.main?.focus();
  }

  #switchLang(): void {
    this.#setLang(this.#localize.lang === 'de' ? 'en' : 'de', true);
  }

  #setLang(lang: 'de' | 'en', remember: boolean): void {
    this.setAttribute('lang', lang);
    if (!this.syncUrl) return;
    document.documentElement.lang = lang;
    if (remember) safeStorage()?.setItem(LANG_KEY, lang);
  }

  async #signOut(): Promise<void> {
    try {
      await this.client.signOut();
    } catch (error) {
      // Signed out already (401) is what was wanted; anything else stays signed in and says so.
      if (!(error instanceof ConsoleApiError && error.status === 401)) {
        this.phase = { kind: 'start-failed', error };
        return;
      }
    }
    this.phase = { kind: 'signed-out' };
  }

  #onConfirmed(event: HTMLElementEventMap['mitmachen-console-signed-in']): void {
    this.#signedIn(event.detail.session);
    if (this.syncUrl) history.replaceState(null, '', pathForView(this.view));
  }

  #onNewLink(): void {
    this.phase = { kind: 'signed-out' };
  }

  #onSessionEnded(): void {
    this.sessionEnded = true;
  }

  /** After signing in again in another tab: the new session (and CSRF token) serves this page too. */
  async #recheck(): Promise<void> {
    try {
      this.#signedIn(await this.client.session());
    } catch (error) {
      if (!(error instanceof ConsoleApiError && error.status === 401)) this.phase = { kind: 'start-failed', error };
    }
  }
}

/** localStorage, unless the browser forbids it (private modes, policies). */
function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
