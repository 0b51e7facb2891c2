import type { ConsoleSession, ReasonTemplate } from '@mitmachen/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { templatesMessages } from './templates.messages.js';

export type TemplatesApi = Pick<ConsoleApi, 'reasonTemplates' | 'createTemplate' | 'updateTemplate'>;

/** The form's fields; `id` when it changes an existing template. */
export interface TemplateForm {
  id?: string;
  title: string;
  text: string;
  errors: { title?: string | undefined; text?: string | undefined };
}

const emptyForm = (): TemplateForm => ({ title: '', text: '', errors: {} });

/**
 * Reason templates: the list (the platform's and the agency's own), a form to add one or change
 * one, and archive/restore. Agency admins change their agency's templates only; the server
 * refuses anything else (404), so the list offers no buttons for the platform's.
 */
export class MitmachenConsoleTemplates extends LitElement {
  static readonly version = VERSION;
  static override styles = screenStyles;

  @property({ attribute: false }) api?: TemplatesApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) items?: ReasonTemplate[];
  @property({ attribute: false }) error?: unknown;
  /** What the form holds; kept when a request fails, so nothing typed is lost. */
  @property({ attribute: false }) form: TemplateForm = emptyForm();
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private busy = false;
  @state() private announcement = '';
  @state() private failed = false;

  readonly #localize = new LocalizeController(this, templatesMessages);
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
      this.items = (await this.api.reasonTemplates()).items;
      this.error = undefined;
    } catch (error) {
      this.error = reportSessionEnd(this, error);
    }
  }

  /** Whether this account may change `template`: operators all, agency admins their agency's. */
  #mayChange(template: ReasonTemplate): boolean {
    return this.session?.account.role === 'operator' || (template.agencyId !== null && template.agencyId === this.session?.agency?.id);
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      ${this.#renderForm()} ${this.#renderList()}`;
  }

  #renderForm() {
    const msg = this.#localize.msg;
    const form = this.form;
    const editing = form.id !== undefined;
    const field = (name: 'title' | 'text', label: string, hint?: string) => {
      const error = form.errors[name];
      const described = [error === undefined ? '' : `${name}-error`, hint === undefined ? '' : `${name}-hint`].filter(Boolean).join(' ');
      const input = (event: Event) => {
        this.form = { ...this.form, [name]: (event.target as HTMLInputElement).value, errors: { ...this.form.errors, [name]: undefined } };
      };
      return html`<div class="field">
        <label for=${`template-${name}`}>${label}</label>
        ${hint === undefined ? nothing : html`<p class="hint" id=${`${name}-hint`}>${hint}</p>`}
        ${error === undefined ? nothing : html`<p class="error" id=${`${name}-error`}>${error}</p>`}
        ${name === 'title'
          ? html`<input id="template-title" type="text" maxlength="120" autocomplete="off" .value=${form.title}
              aria-invalid=${error === undefined ? 'false' : 'true'} aria-describedby=${described || nothing} @input=${input} />`
          : html`<textarea id="template-text" rows="4" maxlength="2000" .value=${form.text}
              aria-invalid=${error === undefined ? 'false' : 'true'} aria-describedby=${described || nothing} @input=${input}></textarea>`}
      </div>`;
    };
    return html`<section aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${editing ? msg.editHeading(this.items?.find((one) => one.id === form.id)?.title ?? form.title) : msg.createHeading}</h2>
      <form novalidate @submit=${this.#submit}>
        ${field('title', msg.title, msg.titleHint)} ${field('text', msg.text)}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${editing ? msg.save : msg.create}</button>
          ${editing ? html`<button type="button" @click=${this.#cancel}>${msg.cancel}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }

  #renderList() {
    const msg = this.#localize.msg;
    if (this.error !== undefined) {
      return html`<div class="notice problem">
        <p>${describeError(this.error, this.#common.msg)}</p>
        <button type="button" @click=${() => void this.load()}>${this.#common.msg.retry}</button>
      </div>`;
    }
    if (this.items === undefined) return html`<p class="notice" aria-busy="true">${this.#common.msg.loading}</p>`;
    if (this.items.length === 0) return html`<p class="notice">${msg.none}</p>`;
    return html`<div class="table-wrap">
      <table>
        <caption>${msg.caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.title}</th>
            <th scope="col">${msg.text}</th>
            <th scope="col">${msg.scope}</th>
            <th scope="col">${msg.status}</th>
            <th scope="col">${msg.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${this.items.map(
            (template) => html`<tr>
              <th scope="row">${template.title}</th>
              <td>${template.text}</td>
              <td>${template.agencyId === null ? msg.platform : msg.agency}</td>
              <td>${template.archived ? msg.archived : msg.active}</td>
              <td>
                ${this.#mayChange(template)
                  ? html`<div class="actions">
                      <button type="button" aria-label=${msg.editLabel(template.title)} @click=${() => void this.#edit(template)}>${msg.edit}</button>
                      <button type="button" aria-label=${template.archived ? msg.restoreLabel(template.title) : msg.archiveLabel(template.title)}
                        @click=${() => void this.#archive(template, !template.archived)}>${template.archived ? msg.restore : msg.archive}</button>
                    </div>`
                  : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  async #edit(template: ReasonTemplate): Promise<void> {
    this.form = { id: template.id, title: template.title, text: template.text, errors: {} };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#template-title')?.focus();
  }

  async #cancel(): Promise<void> {
    this.form = emptyForm();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.#localize.msg;
    const form = this.form;
    const title = form.title.trim();
    const text = form.text.trim();
    const errors = { ...(title.length < 2 ? { title: msg.titleMissing } : {}), ...(text.length < 3 ? { text: msg.textMissing } : {}) };
    if (Object.keys(errors).length > 0) return this.#showErrors(errors);
    if (this.api === undefined) return;
    this.busy = true;
    try {
      const agencyId = this.session?.account.role === 'operator' ? undefined : this.session?.agency?.id;
      const saved =
        form.id === undefined
          ? await this.api.createTemplate({ title, text, ...(agencyId === undefined ? {} : { agencyId }) })
          : await this.api.updateTemplate(form.id, { title, text });
      const others = (this.items ?? []).filter((one) => one.id !== saved.id);
      this.items = [...others, saved].sort((a, b) => a.title.localeCompare(b.title, 'de'));
      this.form = emptyForm();
      await this.#say(form.id === undefined ? msg.created(saved.title) : msg.saved(saved.title), false);
      this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
    } catch (error) {
      reportSessionEnd(this, error);
      const fieldErrors = error instanceof ConsoleApiError ? { title: error.fieldError('/title'), text: error.fieldError('/text') } : {};
      this.form = { ...form, errors: fieldErrors };
      await this.#say(describeError(error, this.#common.msg), true);
    } finally {
      this.busy = false;
    }
  }

  async #showErrors(errors: TemplateForm['errors']): Promise<void> {
    this.form = { ...this.form, errors };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(errors.title === undefined ? '#template-text' : '#template-title')?.focus();
  }

  async #archive(template: ReasonTemplate, archived: boolean): Promise<void> {
    if (this.api === undefined) return;
    const msg = this.#localize.msg;
    try {
      const saved = await this.api.updateTemplate(template.id, { archived });
      this.items = this.items?.map((one) => (one.id === saved.id ? saved : one));
      await this.#say(archived ? msg.archivedNow(saved.title) : msg.restored(saved.title), false);
    } catch (error) {
      await this.#say(describeError(reportSessionEnd(this, error), this.#common.msg), true);
    }
  }

  /** Cleared first, so the same words twice are announced twice. */
  async #say(text: string, failed: boolean): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
    this.failed = failed;
    await this.updateComplete;
  }
}
