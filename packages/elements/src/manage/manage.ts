import type { MitmachenClient } from '@mitmachen/sdk';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Values } from '../forms/field-spec.js';
import { today } from '../forms/validate.js';
import { findApiBase, renderMissingApiBase, resolveClient } from '../internal/api-base.js';
import { asError, emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { manageApi, resendLinks, type ManageAction, type ManageApi, type ManagedListing } from './manage-api.js';
export type { ManagedEventDetail } from './manage-events.js';
import { manageMessages } from './manage.messages.js';
import { addDays, checkDate, checkShowDate, formatDay, maximumShowFilledDays } from './manage-dates.js';
import { doneMessage } from './manage-done.js';
import { editingFor, loadEditor } from './manage-editing.js';
import { failureMessage, isBadDate, isBadLink, renderFailure } from './manage-errors.js';
import { manageStyles } from './manage.styles.js';
import { renderEditor, renderOverview, renderWithoutListing, type Panel } from './render-manage.js';
import { renderResend, type ResendState } from './render-resend.js';
import { takeTokenFromFragment } from './token.js';

type View = 'loading' | 'ready' | 'editing' | 'no-token' | 'bad-token' | 'load-failed';

/**
 * The author's page for one listing, opened by the secret link in the acceptance mail
 * (`…/manage/#token=…`): its state and how many people got in touch, and what the author may do
 * now (edit with the posting form, extend, pause and resume, mark filled, withdraw). Without a
 * working link it offers to send the links again.
 *
 * @fires mitmachen-managed - The listing was changed; detail `{ action, id, state }` (`{ action: 'resend' }` for links sent again).
 * @fires mitmachen-error - Loading or a change failed (the element shows it too); detail `{ error }`.
 * @csspart status - The live region that says what just happened.
 * @csspart overview - The listing's state, end date and contact count.
 * @csspart panel - An open action (new end date, filled, withdraw question, resend form).
 * @csspart button - Every button.
 */
export class MitmachenManage extends LitElement {
  static readonly version = VERSION;
  static override styles = manageStyles;

  /** The API's base URL; else the nearest ancestor's `data-mitmachen-api-base`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The manage link's secret; without it, the page's `#token=` is read (and taken out of the address). */
  @property() token?: string;
  /** Level of the element's headings, 1–4 (1 when it is the page's main content). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 1 | 2 | 3 | 4 = 2;
  /** `light`, `dark` or `auto` give the element its own colours; without it the page's show through. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** An SDK client to use instead of one made from the API base. */
  @property({ attribute: false }) client?: MitmachenClient;

  @state() private view: View = 'loading';
  @state() private listing?: ManagedListing;
  @state() private panel?: Panel;
  @state() private busy = false;
  @state() private failure?: {
    message: string;
    retry: (() => void) | undefined;
  };
  @state() private announcement = '';
  @state() private dateError?: string;
  @state() private showDateError?: string;
  @state() private resend: ResendState = { email: '', status: 'idle' };

  readonly #localize = new LocalizeController(this, manageMessages);
  #client: MitmachenClient | undefined;
  #api: ManageApi | undefined;
  #loading: AbortController | undefined;
  /** What the end date field holds; kept when an action fails, so nothing typed is lost. */
  #date = '';
  #showDate = '';
  #fragmentToken: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once, before anything renders: the token leaves the address bar at once.
    this.#fragmentToken ??= takeTokenFromFragment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && ![1, 2, 3, 4].includes(this.headingLevel)) this.headingLevel = 2;
    if (!this.hasUpdated || changed.has('apiBase') || changed.has('client') || changed.has('token')) {
      this.#client = resolveClient(this, this.apiBase, this.client);
      const token = this.token?.trim() || this.#fragmentToken;
      this.#api = this.#client === undefined || token === undefined ? undefined : manageApi(this.#client, token);
      if (this.#client !== undefined) void this.#load();
    }
  }

  async #load(): Promise<void> {
    this.#loading?.abort();
    this.failure = undefined;
    const api = this.#api;
    if (api === undefined) {
      this.view = 'no-token';
      return;
    }
    const loading = new AbortController();
    this.#loading = loading;
    this.view = 'loading';
    try {
      const listing = await api.read(loading.signal);
      if (loading.signal.aborted) return;
      this.listing = listing;
      this.view = 'ready';
    } catch (error) {
      if (loading.signal.aborted) return;
      this.view = isBadLink(error) ? 'bad-token' : 'load-failed';
      emit(this, 'mitmachen-error', { error: asError(error) });
    }
  }

  /** Moves focus to what the author should read first now. */
  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #open(panel: Panel | undefined, focus: string): void {
    // Another action's date does not belong in this one's field.
    if (panel !== undefined && panel !== this.panel) this.#date = this.#showDate = '';
    this.panel = panel;
    this.failure = undefined;
    this.dateError = this.showDateError = undefined;
    this.announcement = '';
    void this.#focus(focus);
  }

  /** Runs one action; success is announced and focus goes to the listing, failure keeps what was typed. */
  async #act(action: ManageAction, date?: string, showDate?: string): Promise<void> {
    const api = this.#api;
    if (api === undefined || this.busy) return;
    const msg = this.#localize.msg;
    const dateError = checkDate(action, date, msg);
    this.showDateError = checkShowDate(date, showDate, msg);
    if (dateError !== undefined || this.showDateError !== undefined) {
      this.dateError = dateError;
      await this.#focus(dateError === undefined ? '#manage-show-date' : '#manage-date');
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.announcement = '';
    try {
      const listing = await api.act(action, date, showDate);
      this.listing = listing;
      this.panel = undefined;
      this.#date = this.#showDate = '';
      this.announcement = doneMessage(action, listing, msg, this.#formatDate);
      emit(this, 'mitmachen-managed', {
        action,
        id: listing.id,
        state: listing.state,
      });
      await this.#focus('#listing-title');
    } catch (error) {
      emit(this, 'mitmachen-error', { error: asError(error) });
      if (isBadLink(error)) {
        this.view = 'bad-token';
        await this.#focus('#bad-link');
      } else if (isBadDate(error, ['/showFilledUntil'])) {
        this.showDateError = msg.showFilledInvalid;
        await this.#focus('#manage-show-date');
      } else if (isBadDate(error)) {
        // The server's own check (its day may differ from the browser's): said at the field, in
        // the author's language; the date stays as typed.
        this.dateError = action === 'fill' ? msg.fillUntilInvalid : msg.dateInvalid;
        await this.#focus('#manage-date');
      } else {
        this.failure = {
          message: failureMessage(error, msg),
          retry: () => void this.#act(action, date),
        };
        await this.#focus('.failure');
      }
    } finally {
      this.busy = false;
    }
  }

  #formatDate = (date: string | undefined): string => formatDay(date, this.#localize.lang, this.#localize.msg);

  /** The listing as the posting form's values, made when editing starts. */
  #values: Values | undefined;

  async #startEditing(): Promise<void> {
    const listing = this.listing;
    if (listing === undefined) return;
    this.announcement = '';
    this.#values = await loadEditor(listing);
    this.view = 'editing';
    await this.updateComplete;
    const form = this.renderRoot.querySelector<LitElement>('mitmachen-opportunity-form, mitmachen-offer-form');
    await form?.updateComplete;
    form?.focus();
  }

  #editing(listing: ManagedListing) {
    const api = this.#api;
    const values = this.#values;
    if (api === undefined || values === undefined) return undefined;
    return editingFor(listing, api, values, {
      submitLabel: this.#localize.msg.saveChanges,
      badLink: () => {
        this.view = 'bad-token';
        void this.#focus('#bad-link');
      },
      saved: (result) => {
        const msg = this.#localize.msg;
        this.announcement = result.state === 'pending' && listing.state !== 'pending' ? msg.savedForReview : msg.saved;
        this.listing = result;
        this.view = 'ready';
        emit(this, 'mitmachen-managed', {
          action: 'edit',
          id: result.id,
          state: result.state,
        });
        void this.#focus('#listing-title');
      },
    });
  }

  #stopEditing(): void {
    this.view = 'ready';
    void this.#focus('#edit-button');
  }

  async #resend(email: string, valid: boolean): Promise<void> {
    const client = this.#client;
    if (client === undefined || this.resend.status === 'sending') return;
    if (!valid) {
      this.resend = { email, status: 'invalid' };
      await this.#focus('#resend-email');
      return;
    }
    this.resend = { email, status: 'sending' };
    try {
      await resendLinks(client, email);
      this.resend = { email: '', status: 'sent' };
      emit(this, 'mitmachen-managed', { action: 'resend' });
      await this.#focus('#resend-status');
    } catch (error) {
      this.resend = {
        email,
        status: 'failed',
        message: failureMessage(error, this.#localize.msg),
      };
      emit(this, 'mitmachen-error', { error: asError(error) });
      await this.#focus('.failure');
    }
  }

  override render() {
    const msg = this.#localize.msg;
    if (this.#client === undefined) return renderMissingApiBase(this.#localize.lang);
    const level = this.headingLevel;
    const status = html`<div class="status" part="status" role="status" id="status">${this.announcement}</div>`;
    const resend = () =>
      renderResend(msg, level, this.resend, {
        input: (email) => (this.resend = { ...this.resend, email }),
        submit: (email, valid) => void this.#resend(email, valid),
      });
    switch (this.view) {
      case 'loading':
      case 'no-token':
      case 'bad-token':
      case 'load-failed':
        return renderWithoutListing(this.view, status, msg, resend, () => void this.#load());
      case 'editing': {
        const editing = this.listing === undefined ? undefined : this.#editing(this.listing);
        return html`<div class="manage">
          ${status}${renderEditor(this.listing!, editing, msg, level, findApiBase(this, this.apiBase), this.#client, () => this.#stopEditing())}
        </div>`;
      }
      case 'ready':
        return html`<div class="manage">
          ${status}
          ${renderOverview(this.listing!, {
            msg,
            level,
            panel: this.panel,
            busy: this.busy,
            date: this.#date,
            dateError: this.dateError,
            formatDate: this.#formatDate,
            minDate: today(),
            minFillDate: addDays(today(), 1),
            maxShowDate: addDays(today(), maximumShowFilledDays),
            showDate: this.#showDate,
            showDateError: this.showDateError,
            setShowDate: (value) => (this.#showDate = value),
            open: (panel, focus) => this.#open(panel, focus),
            edit: () => void this.#startEditing(),
            act: (action, date, showDate) => void this.#act(action, date, showDate),
            setDate: (value) => (this.#date = value),
          })}
          ${this.failure === undefined ? nothing : renderFailure(this.failure, msg)}
        </div>`;
    }
  }
}
