import type { Agency, ConsoleSession, StaffAccount, StaffRole } from '@mitmachen/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { formatDateTime } from '../internal/dates.js';
import { describeError } from '../internal/describe-error.js';
import { labelMessages } from '../internal/labels.messages.js';
import { renderListState, renderTable } from '../internal/render-table.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { staffMessages } from './staff.messages.js';

export type StaffApi = Pick<ConsoleApi, 'staff' | 'createStaff' | 'updateStaff' | 'agencies'>;

/** Staff accounts of the caller's scope: add a person, disable or enable an account. */
export class MitmachenConsoleStaff extends LitElement {
  static readonly version = VERSION;
  static override styles = screenStyles;

  @property({ attribute: false }) api?: StaffApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) items?: StaffAccount[];
  @property({ attribute: false }) agencies: Agency[] = [];
  @property({ attribute: false }) error?: unknown;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private newEmail = '';
  @state() private newName = '';
  @state() private newRole: StaffRole = 'moderator';
  @state() private agencyId = '';
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;
  @state() private announcement = '';
  @state() private failed = false;

  readonly #localize = new LocalizeController(this, staffMessages);
  readonly #labels = new LocalizeController(this, labelMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api !== undefined && this.items === undefined) void this.load();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  get #operator(): boolean {
    return this.session?.account.role === 'operator';
  }

  async load(): Promise<void> {
    if (this.api === undefined) return;
    try {
      const [staff, agencies] = await Promise.all([this.api.staff(), this.#operator ? this.api.agencies() : undefined]);
      this.items = staff.items;
      if (agencies !== undefined) this.agencies = agencies.items;
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
      ${this.#renderForm()} ${this.#renderList()}`;
  }

  #field(id: string, label: string, input: unknown) {
    const error = this.errors[id];
    return html`<div class="field">
      <label for="staff-${id}">${label}</label>
      ${error === undefined ? nothing : html`<p class="error" id="staff-${id}-error">${error}</p>`} ${input}
    </div>`;
  }

  #renderForm() {
    const msg = this.#localize.msg;
    const roles: StaffRole[] = this.#operator ? ['operator', 'agency_admin', 'moderator', 'analyst'] : ['agency_admin', 'moderator', 'analyst'];
    const invalid = (id: string) => (this.errors[id] === undefined ? 'false' : 'true');
    const described = (id: string) => (this.errors[id] === undefined ? nothing : `staff-${id}-error`);
    return html`<section aria-labelledby="add-heading">
      <h2 id="add-heading">${msg.addHeading}</h2>
      <form novalidate class="inline-form" @submit=${this.#add}>
        ${this.#field(
          'email',
          msg.email,
          html`<input id="staff-email" type="email" autocomplete="off" spellcheck="false" maxlength="254" .value=${this.newEmail}
            aria-invalid=${invalid('email')} aria-describedby=${described('email')}
            @input=${(event: Event) => (this.newEmail = (event.target as HTMLInputElement).value)} />`,
        )}
        ${this.#field(
          'name',
          msg.name,
          html`<input id="staff-name" type="text" autocomplete="off" maxlength="120" .value=${this.newName}
            @input=${(event: Event) => (this.newName = (event.target as HTMLInputElement).value)} />`,
        )}
        ${this.#field(
          'role',
          msg.role,
          html`<select id="staff-role" @change=${(event: Event) => (this.newRole = (event.target as HTMLSelectElement).value as StaffRole)}>
            ${roles.map((role) => html`<option value=${role} ?selected=${this.newRole === role}>${this.#labels.msg.roles[role]}</option>`)}
          </select>`,
        )}
        ${this.#operator && this.newRole !== 'operator'
          ? this.#field(
              'agencyId',
              msg.agency,
              html`<select id="staff-agencyId" aria-invalid=${invalid('agencyId')} aria-describedby=${described('agencyId')}
                @change=${(event: Event) => (this.agencyId = (event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${this.agencyId === ''}>–</option>
                ${this.agencies.map((agency) => html`<option value=${agency.id} ?selected=${this.agencyId === agency.id}>${agency.name}</option>`)}
              </select>`,
            )
          : nothing}
        <div class="field"><button type="submit" class="primary" ?disabled=${this.busy}>${msg.add}</button></div>
      </form>
    </section>`;
  }

  #renderList() {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    const state = renderListState({ error: this.error, items: this.items, none: msg.none, onRetry: () => void this.load() }, this.#common.msg);
    if (state !== undefined || this.items === undefined) return state;
    const agencyName = (id: string | null) => (id === null ? '–' : (this.agencies.find((agency) => agency.id === id)?.name ?? this.session?.agency?.name ?? id));
    const self = (account: StaffAccount) => account.id === this.session?.account.id;
    return renderTable<StaffAccount>(
      msg.caption,
      [
        {
          heading: msg.email,
          rowHeader: true,
          cell: (account) => html`${account.email} ${self(account) ? msg.you : nothing}${account.name ? html`<br /><span class="muted">${account.name}</span>` : nothing}`,
        },
        { heading: msg.role, cell: (account) => this.#labels.msg.roles[account.role] },
        { heading: msg.agency, cell: (account) => agencyName(account.agencyId) },
        { heading: msg.lastSignIn, cell: (account) => (account.lastSignInAt === null ? msg.never : formatDateTime(account.lastSignInAt, lang)) },
        {
          heading: msg.status,
          cell: (account) => html`${account.disabled ? msg.disabled : msg.active}
            ${self(account)
              ? nothing
              : html`<button
                  type="button"
                  class=${account.disabled ? '' : 'danger'}
                  aria-label=${account.disabled ? msg.enableLabel(account.email) : msg.disableLabel(account.email)}
                  @click=${() => void this.#toggle(account)}
                >
                  ${account.disabled ? msg.enable : msg.disable}
                </button>`}`,
        },
      ],
      this.items,
    );
  }

  async #add(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.#localize.msg;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#staff-email');
    const email = this.newEmail.trim();
    const errors: Record<string, string> = {};
    if (email === '' || input?.validity.typeMismatch) errors['email'] = msg.emailMissing;
    if (this.#operator && this.newRole !== 'operator' && this.agencyId === '') errors['agencyId'] = msg.agencyMissing;
    this.errors = errors;
    if (Object.keys(errors).length > 0) return this.#focusFirstError();
    if (this.api === undefined) return;
    this.busy = true;
    try {
      const agencyId = this.#operator ? this.agencyId || undefined : this.session?.agency?.id;
      const name = this.newName.trim();
      const account = await this.api.createStaff({
        email,
        role: this.newRole,
        ...(name === '' ? {} : { name }),
        ...(agencyId === undefined || this.newRole === 'operator' ? {} : { agencyId }),
      });
      this.items = [...(this.items ?? []), account].sort((a, b) => a.email.localeCompare(b.email));
      this.newEmail = '';
      this.newName = '';
      this.#say(msg.added(account.email), false);
    } catch (error) {
      const fields = error instanceof ConsoleApiError ? error : undefined;
      this.errors = Object.fromEntries(
        ['email', 'name', 'role', 'agencyId'].flatMap((field) => {
          const text = fields?.fieldError(`/${field}`);
          return text === undefined ? [] : [[field, text]];
        }),
      );
      this.#say(describeError(reportSessionEnd(this, error), this.#common.msg), true);
      if (Object.keys(this.errors).length > 0) await this.#focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const first = Object.keys(this.errors)[0];
    if (first !== undefined) this.renderRoot.querySelector<HTMLElement>(`#staff-${first}`)?.focus();
  }

  async #toggle(account: StaffAccount): Promise<void> {
    if (this.api === undefined) return;
    const msg = this.#localize.msg;
    try {
      const updated = await this.api.updateStaff(account.id, { disabled: !account.disabled });
      this.items = this.items?.map((one) => (one.id === account.id ? updated : one));
      this.#say(updated.disabled ? msg.disabledDone(updated.email) : msg.enabledDone(updated.email), false);
    } catch (error) {
      this.#say(describeError(reportSessionEnd(this, error), this.#common.msg), true);
    }
  }

  #say(text: string, failed: boolean): void {
    this.announcement = text;
    this.failed = failed;
  }
}
