import type { ReasonTemplate } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemMessages } from './item.messages.js';

/** Actions that need a reason: typed in a form below the buttons. */
export type ReasonAction = 'reject' | 'request-changes' | 'hide' | 'unpublish';

export interface ReasonForm {
  action: ReasonAction;
  templateId: string;
  reason: string;
  error?: string;
  /** Several items at once (bulk reject): the form stands in the bulk bar. */
  bulk?: boolean;
}

export interface EditForm {
  title: string;
  summary?: string;
  description: string;
  /** Field errors by JSON pointer (`/title`), ours or the server's. */
  errors: Record<string, string>;
}

export interface FormHandlers {
  change: (form: ReasonForm) => void;
  submit: (form: ReasonForm) => void;
  cancel: () => void;
}

/** The reason form: an optional template, the text, the error next to it, confirm and cancel. */
export function renderReasonForm(form: ReasonForm, templates: ReasonTemplate[], msg: ItemMessages, busy: boolean, on: FormHandlers): TemplateResult {
  const id = form.bulk ? 'bulk-reason' : 'reason';
  const invalid = form.error !== undefined;
  return html`<form
    class="reason-form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      on.submit(form);
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') on.cancel();
    }}
  >
    ${templates.length === 0
      ? nothing
      : html`<div class="field">
          <label for="${id}-template">${msg.template}</label>
          <select id="${id}-template" @change=${(event: Event) => on.change({ ...form, templateId: (event.target as HTMLSelectElement).value, error: undefined })}>
            <option value="" ?selected=${form.templateId === ''}>${msg.noTemplate}</option>
            ${templates.map((template) => html`<option value=${template.id} ?selected=${form.templateId === template.id}>${template.title}</option>`)}
          </select>
        </div>`}
    <div class="field">
      <label for=${id}>${msg.reasonLabel[form.action]}</label>
      ${invalid ? html`<p class="error" id="${id}-error">${form.error}</p>` : nothing}
      <textarea
        id=${id}
        rows="4"
        maxlength="2000"
        .value=${form.reason}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        @input=${(event: Event) => on.change({ ...form, reason: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>
    <div class="actions">
      <button type="submit" class=${form.action === 'request-changes' ? 'primary' : 'danger'} ?disabled=${busy}>${msg.confirm[form.action]}</button>
      <button type="button" @click=${on.cancel}>${msg.cancel}</button>
    </div>
  </form>`;
}

export interface EditHandlers {
  change: (form: EditForm) => void;
  submit: (form: EditForm) => void;
  cancel: () => void;
}

const limits = { title: [5, 120], summary: [10, 300], description: [20, 10000] } as const;

/** Our own check before sending, with the contract's limits; the server checks again. */
export function checkEdit(form: EditForm, tooShort: (min: number) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of ['title', 'summary', 'description'] as const) {
    const value = form[field];
    if (value === undefined) continue;
    const [min] = limits[field];
    if (value.trim().length < min) errors[`/${field}`] = tooShort(min);
  }
  return errors;
}

export function renderEditForm(form: EditForm, msg: ItemMessages, busy: boolean, on: EditHandlers): TemplateResult {
  const field = (name: 'title' | 'summary' | 'description', label: string, multiline: boolean) => {
    const value = form[name];
    if (value === undefined) return nothing;
    const error = form.errors[`/${name}`];
    const input = (event: Event) => on.change({ ...form, [name]: (event.target as HTMLInputElement).value });
    const common = { id: `edit-${name}`, describedby: error === undefined ? undefined : `edit-${name}-error` };
    return html`<div class="field">
      <label for=${common.id}>${label}</label>
      ${error === undefined ? nothing : html`<p class="error" id=${`edit-${name}-error`}>${error}</p>`}
      ${multiline
        ? html`<textarea
            id=${common.id}
            rows=${name === 'description' ? 10 : 3}
            maxlength=${limits[name][1]}
            .value=${value}
            aria-invalid=${error === undefined ? 'false' : 'true'}
            aria-describedby=${common.describedby ?? nothing}
            @input=${input}
          ></textarea>`
        : html`<input
            id=${common.id}
            type="text"
            maxlength=${limits[name][1]}
            .value=${value}
            aria-invalid=${error === undefined ? 'false' : 'true'}
            aria-describedby=${common.describedby ?? nothing}
            @input=${input}
          />`}
    </div>`;
  };
  return html`<form
    class="edit-form"
    novalidate
    aria-labelledby="edit-heading"
    @submit=${(event: Event) => {
      event.preventDefault();
      on.submit(form);
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') on.cancel();
    }}
  >
    <h3 id="edit-heading">${msg.editHeading}</h3>
    ${field('title', msg.title, false)} ${field('summary', msg.summary, true)} ${field('description', msg.description, true)}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${busy}>${msg.save}</button>
      <button type="button" @click=${on.cancel}>${msg.cancel}</button>
    </div>
  </form>`;
}
