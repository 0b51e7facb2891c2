import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { list, ticked, type FieldSpec, type Values } from './field-spec.js';
import type { FormMessages } from './form.messages.js';

/*
 * Native inputs with their label, hint and error in one shadow root, tied by id (GOV.UK's order:
 * label, hint, error, input). Inputs carry `name` = field name; the form reads every change in one
 * listener (see FormState.read), so these templates hold no handlers.
 */

export interface FieldContext {
  values: Values;
  errors: ReadonlyMap<string, string>;
  msg: FormMessages;
}

export interface Option {
  value: string;
  label: string;
  /** The label's language when it is not the page's (a language named in itself). */
  lang?: string;
}

interface Extra {
  hint?: string | TemplateResult | undefined;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  /** A short field (a postcode, a number) should not look like it wants a sentence. */
  width?: 'short' | 'medium';
  /** A date field's earliest day (`YYYY-MM-DD`), for the browser's date picker. */
  min?: string;
}

export const fieldId = (name: string) => `f-${name}`;

function describedBy(name: string, hint: unknown, error: string | undefined): string | typeof nothing {
  const ids = [hint === undefined ? '' : `${fieldId(name)}-hint`, error === undefined ? '' : `${fieldId(name)}-error`].filter(Boolean);
  return ids.length === 0 ? nothing : ids.join(' ');
}

function labelText(spec: FieldSpec, msg: FormMessages) {
  return spec.required ? spec.label : html`${spec.label} <span class="optional">${msg.optional}</span>`;
}

function hintAndError(spec: FieldSpec, hint: Extra['hint'], error: string | undefined, msg: FormMessages) {
  return html`${hint === undefined ? nothing : html`<p class="hint" id="${fieldId(spec.name)}-hint">${hint}</p>`}
  ${error === undefined
    ? nothing
    : html`<p class="error-message" id="${fieldId(spec.name)}-error" part="error-message">
        <span class="visually-hidden">${msg.errorPrefix}</span> ${error}
      </p>`}`;
}

function inputType(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'email':
    case 'url':
    case 'tel':
    case 'date':
    case 'time':
      return spec.kind;
    default:
      // Numbers and postcodes as text with a numeric keyboard: type=number drops what it cannot
      // parse and changes on a scroll (GOV.UK's advice).
      return 'text';
  }
}

export function textField(ctx: FieldContext, spec: FieldSpec, extra: Extra = {}): TemplateResult {
  const error = ctx.errors.get(spec.name);
  const value = ctx.values[spec.name];
  return html`<div class="field ${extra.width ?? ''}" ?data-invalid=${error !== undefined}>
    <label for=${fieldId(spec.name)}>${labelText(spec, ctx.msg)}</label>
    ${hintAndError(spec, extra.hint, error, ctx.msg)}
    <input
      id=${fieldId(spec.name)}
      name=${spec.name}
      part="input"
      type=${inputType(spec)}
      inputmode=${extra.inputmode ?? (spec.kind === 'number' || spec.kind === 'postal-code' ? 'numeric' : nothing)}
      autocomplete=${extra.autocomplete ?? 'off'}
      ?required=${spec.required}
      maxlength=${spec.maxLength ?? nothing}
      min=${extra.min ?? nothing}
      aria-invalid=${error === undefined ? 'false' : 'true'}
      aria-describedby=${describedBy(spec.name, extra.hint, error)}
      .value=${live(typeof value === 'string' ? value : '')}
    />
  </div>`;
}

export function textArea(ctx: FieldContext, spec: FieldSpec, extra: Extra & { rows?: number } = {}): TemplateResult {
  const error = ctx.errors.get(spec.name);
  const value = ctx.values[spec.name];
  return html`<div class="field" ?data-invalid=${error !== undefined}>
    <label for=${fieldId(spec.name)}>${labelText(spec, ctx.msg)}</label>
    ${hintAndError(spec, extra.hint, error, ctx.msg)}
    <textarea
      id=${fieldId(spec.name)}
      name=${spec.name}
      part="input textarea"
      rows=${extra.rows ?? 5}
      autocomplete=${extra.autocomplete ?? 'off'}
      ?required=${spec.required}
      aria-invalid=${error === undefined ? 'false' : 'true'}
      aria-describedby=${describedBy(spec.name, extra.hint, error)}
      .value=${live(typeof value === 'string' ? value : '')}
    ></textarea>
  </div>`;
}

export function select(ctx: FieldContext, spec: FieldSpec, options: readonly Option[], extra: Extra & { placeholder: string }): TemplateResult {
  const error = ctx.errors.get(spec.name);
  const value = ctx.values[spec.name];
  const chosen = typeof value === 'string' ? value : '';
  return html`<div class="field" ?data-invalid=${error !== undefined}>
    <label for=${fieldId(spec.name)}>${labelText(spec, ctx.msg)}</label>
    ${hintAndError(spec, extra.hint, error, ctx.msg)}
    <select
      id=${fieldId(spec.name)}
      name=${spec.name}
      part="input select"
      autocomplete=${extra.autocomplete ?? 'off'}
      ?required=${spec.required}
      aria-invalid=${error === undefined ? 'false' : 'true'}
      aria-describedby=${describedBy(spec.name, extra.hint, error)}
    >
      <option value="" ?selected=${chosen === ''}>${extra.placeholder}</option>
      ${options.map((option) => html`<option value=${option.value} lang=${option.lang ?? nothing} ?selected=${option.value === chosen}>${option.label}</option>`)}
    </select>
  </div>`;
}

/** Checkboxes (`multiple`) or radios in a fieldset whose legend is the question. */
export function group(
  ctx: FieldContext,
  spec: FieldSpec,
  options: readonly Option[],
  extra: Pick<Extra, 'hint'> & { multiple: boolean; inline?: boolean },
): TemplateResult {
  const error = ctx.errors.get(spec.name);
  const chosen = extra.multiple ? list(ctx.values, spec.name) : [ctx.values[spec.name]];
  return html`<fieldset
    class="field group ${extra.inline ? 'inline' : ''}"
    ?data-invalid=${error !== undefined}
    aria-describedby=${describedBy(spec.name, extra.hint, error)}
  >
    <legend>${labelText(spec, ctx.msg)}</legend>
    ${hintAndError(spec, extra.hint, error, ctx.msg)}
    <div class="options">
      ${options.map(
        (option, index) =>
          html`<div class="option">
            <input
              id=${index === 0 ? fieldId(spec.name) : `${fieldId(spec.name)}-${index}`}
              name=${spec.name}
              type=${extra.multiple ? 'checkbox' : 'radio'}
              value=${option.value}
              ?data-multiple=${extra.multiple}
              aria-invalid=${error === undefined ? 'false' : 'true'}
              .checked=${live(chosen.includes(option.value))}
            />
            <label for=${index === 0 ? fieldId(spec.name) : `${fieldId(spec.name)}-${index}`}>${option.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** One checkbox that stands alone (show the contact publicly, consent). */
export function tick(ctx: FieldContext, spec: FieldSpec, label: string | TemplateResult, extra: Pick<Extra, 'hint'> = {}): TemplateResult {
  const error = ctx.errors.get(spec.name);
  return html`<div class="field tick" ?data-invalid=${error !== undefined}>
    ${hintAndError(spec, extra.hint, error, ctx.msg)}
    <div class="option">
      <input
        id=${fieldId(spec.name)}
        name=${spec.name}
        type="checkbox"
        ?required=${spec.required}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${describedBy(spec.name, extra.hint, error)}
        .checked=${live(ticked(ctx.values, spec.name))}
      />
      <label for=${fieldId(spec.name)}>${label}</label>
    </div>
  </div>`;
}

/** A section of a long form: a fieldset whose legend names it. */
export function section(title: string, body: unknown, name: string, intro?: string): TemplateResult {
  return html`<fieldset class="section" part="section ${name}">
    <legend class="section-title">${title}</legend>
    ${intro === undefined ? nothing : html`<p class="hint">${intro}</p>`} ${body}
  </fieldset>`;
}
