import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../forms/render-form-parts.js';
import type { ManageMessages } from './manage.messages.js';
import { renderFailure } from './manage-errors.js';

/** The resend form: what is typed, and where sending stands. */
export type ResendState = { email: string; status: 'idle' | 'sending' | 'invalid' | 'sent' } | { email: string; status: 'failed'; message: string };

export interface ResendHandlers {
  input: (email: string) => void;
  submit: (email: string, valid: boolean) => void;
}

/**
 * "Send me my links again": one e-mail field. The answer is the same whether or not the address
 * has listings (the server tells nobody which addresses it knows), so the page says so too.
 */
export function renderResend(msg: ManageMessages, level: number, resend: ResendState, on: ResendHandlers): TemplateResult {
  const invalid = resend.status === 'invalid';
  const sending = resend.status === 'sending';
  const described = invalid ? 'resend-hint resend-error' : 'resend-hint';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('input')!;
    on.submit(input.value.trim(), input.checkValidity());
  };
  return html`<form class="panel" part="panel" novalidate aria-labelledby="resend-title" @submit=${submit}>
    ${heading(Math.min(Math.max(level + 1, 2), 4), 'resend-title', msg.resendTitle)}
    <div class="field" ?data-invalid=${invalid}>
      <label for="resend-email">${msg.email}</label>
      <p class="hint" id="resend-hint">${msg.resendIntro}</p>
      ${invalid
        ? html`<p class="error-message" id="resend-error">
            <span class="visually-hidden">${msg.errorPrefix}</span>
            ${msg.emailInvalid}
          </p>`
        : nothing}
      <input
        id="resend-email"
        name="email"
        type="email"
        autocomplete="email"
        required
        maxlength="254"
        .value=${resend.email}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${(event: Event) => on.input((event.target as HTMLInputElement).value)}
      />
    </div>
    <button type="submit" class="button primary" part="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? msg.working : msg.resendSubmit}</button>
    ${resend.status === 'failed' ? renderFailure({ message: resend.message, retry: undefined }, msg) : nothing}
    <p class="status" part="status" role="status" id="resend-status" tabindex="-1">${resend.status === 'sent' ? msg.resendSent : ''}</p>
  </form>`;
}
