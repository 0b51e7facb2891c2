import { html, type TemplateResult } from 'lit';

export interface LoadErrorMessages {
  notFound: string;
  loadFailed: string;
  retry: string;
}

/**
 * Why the data is not there: a 404 is final ("no longer available"), anything else may pass,
 * so it comes with a retry button. The status is read off the error rather than by
 * `instanceof ApiError`, so this module does not need the SDK.
 */
export function renderLoadError(error: unknown, msg: LoadErrorMessages, retry: () => void): TemplateResult {
  if (isNotFound(error)) return html`<p class="notice" part="notice" role="status">${msg.notFound}</p>`;
  return html`<div class="notice" part="notice" role="alert">
    ${msg.loadFailed}
    <button class="retry" part="retry" type="button" @click=${retry}>${msg.retry}</button>
  </div>`;
}

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}
