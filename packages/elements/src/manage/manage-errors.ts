import { html, nothing, type TemplateResult } from 'lit';
import type { ManageMessages } from './manage.messages.js';

/** The parts of an ApiError the page reads; by shape, so a second copy of the SDK is understood too. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The link is wrong, revoked or replaced by a newer one (or its listing is gone). */
export function isBadLink(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403 || status === 404;
}

/** The server refused the date the author gave (422 naming the date's field). */
export function isBadDate(error: unknown, pointers = ['/filledUntil', '/expiresAt']): boolean {
  const problem = (error as { problem?: { errors?: Array<{ pointer?: unknown }> } } | null)?.problem;
  return statusOf(error) === 422 && (problem?.errors ?? []).some((field) => pointers.includes(field.pointer as string));
}

export function failureMessage(error: unknown, msg: ManageMessages): string {
  const status = statusOf(error);
  if (status === undefined) return msg.networkFailed;
  if (status === 409) return msg.conflict;
  if (status === 429) return msg.tooMany;
  return msg.serverFailed;
}

export function renderFailure(failure: { message: string; retry: (() => void) | undefined }, msg: ManageMessages): TemplateResult {
  return html`<div class="failure" part="failure" role="alert" tabindex="-1">
    <p>${failure.message}</p>
    ${failure.retry === undefined ? nothing : html`<button type="button" class="button" part="button" @click=${failure.retry}>${msg.retry}</button>`}
  </div>`;
}
