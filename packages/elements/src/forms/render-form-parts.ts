import { html, nothing, type TemplateResult } from 'lit';
import type { SummaryItem } from './form-state.js';
import type { FormMessages } from './form.messages.js';
import { fieldId, tick, type FieldContext } from './render-fields.js';

/** A heading of the form's own (summary, confirmation) at the page's level, focusable by script. */
export function heading(level: number, id: string, content: unknown): TemplateResult {
  // Three plain templates cost less than lit/static-html, which the forms need nowhere else.
  if (level === 3) return html`<h3 class="heading" id=${id} tabindex="-1">${content}</h3>`;
  if (level === 4) return html`<h4 class="heading" id=${id} tabindex="-1">${content}</h4>`;
  return html`<h2 class="heading" id=${id} tabindex="-1">${content}</h2>`;
}

/** Moves focus to a field (its first option for a group) and shows its label or legend with it. */
export function focusField(root: ShadowRoot | HTMLElement, name: string): void {
  const input = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(name))}`);
  if (input === null) return;
  input.closest('.field')?.scrollIntoView({ block: 'start' });
  input.focus({ preventScroll: true });
}

/**
 * GOV.UK's error summary: a heading and a link per problem, at the top of the form; focus moves
 * here on submit. Links move focus to their field in this shadow root (a fragment link would
 * look in the page, and write the fragment into its address).
 */
export function renderSummary(items: readonly SummaryItem[], msg: FormMessages, level: number, root: ShadowRoot): TemplateResult {
  const jump = (name: string) => (event: Event) => {
    event.preventDefault();
    focusField(root, name);
  };
  return html`<div class="summary" part="error-summary" role="alert" aria-labelledby="summary-title">
    ${heading(level, 'summary-title', msg.summaryTitle)}
    <ul>
      ${items.map((item) =>
        item.name === undefined
          ? html`<li>${item.message}</li>`
          : html`<li><a href="#${fieldId(item.name)}" @click=${jump(item.name)}>${item.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** The consent checkbox, with the privacy notice linked beside it (not inside the label, where a click would tick). */
export function renderConsent(ctx: FieldContext, privacyUrl: string | undefined): TemplateResult {
  const link =
    privacyUrl === undefined
      ? undefined
      : html`<a href=${privacyUrl} target="_blank" rel="noopener" part="privacy-link">${ctx.msg.consentLink}</a>`;
  return tick(ctx, { name: 'consent', label: ctx.msg.consentLabel, kind: 'tick', required: true }, ctx.msg.consent, { hint: link });
}

/**
 * The honeypot: a field people never see or reach (hidden, out of the tab order, hidden from
 * assistive technology, no autofill), which form-filling robots fill in.
 */
export function renderHoneypot(msg: FormMessages, onInput: (event: Event) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="f-hp">${msg.honeypot}</label>
    <input id="f-hp" name="url" type="text" tabindex="-1" autocomplete="off" @input=${onInput} />
  </div>`;
}

export interface Failure {
  message: string;
  retry: boolean;
}

/** Why sending failed, with the way to send again (the same request, under the same key). */
export function renderFailure(failure: Failure | undefined, msg: FormMessages, onRetry: () => void): TemplateResult | typeof nothing {
  if (failure === undefined) return nothing;
  return html`<div class="failure" part="failure" role="alert" tabindex="-1">
    <p>${failure.message}</p>
    ${failure.retry ? html`<button type="button" class="button" part="button retry-button" @click=${onRetry}>${msg.retry}</button>` : nothing}
  </div>`;
}

export function renderConfirmation(level: number, title: string, body: readonly string[]): TemplateResult {
  return html`<div class="confirmation" part="confirmation" role="status">
    ${heading(level, 'confirmation-title', title)} ${body.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}
