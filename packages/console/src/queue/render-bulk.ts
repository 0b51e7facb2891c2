import type { ReasonTemplate } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { renderReasonForm, type FormHandlers, type ReasonForm } from './forms.js';
import type { ItemMessages } from './item.messages.js';
import type { QueueMessages } from './queue.messages.js';

/** One item's result of a bulk decision, as shown under the bar. */
export interface BulkResult {
  title: string;
  ok: boolean;
  message: string;
}

export interface BulkView {
  msg: QueueMessages;
  item: ItemMessages;
  count: number;
  busy: boolean;
  form: ReasonForm | undefined;
  templates: ReasonTemplate[];
  results: BulkResult[];
  onApprove: () => void;
  onReject: () => void;
  onClear: () => void;
  reason: FormHandlers;
}

/** The selection's bar (when something is selected) and the last bulk decision's results. */
export function renderBulkBar(view: BulkView): TemplateResult {
  const { msg, count, busy } = view;
  return html`${count === 0
      ? nothing
      : html`<div class="bulk" role="group" aria-label=${msg.selected(count)}>
          <p class="bulk-count">${msg.selected(count)}</p>
          <div class="actions">
            <button type="button" class="primary" data-bulk="approve" ?disabled=${busy} @click=${view.onApprove}>${msg.bulkApprove}</button>
            <button
              type="button"
              class="danger"
              data-bulk="reject"
              aria-expanded=${view.form === undefined ? 'false' : 'true'}
              ?disabled=${busy}
              @click=${view.onReject}
            >
              ${msg.bulkReject}
            </button>
            <button type="button" @click=${view.onClear}>${msg.clearSelection}</button>
          </div>
          ${view.form === undefined ? nothing : renderReasonForm(view.form, view.templates, view.item, busy, view.reason)}
        </div>`}
    ${view.results.length === 0
      ? nothing
      : html`<ul class="bulk-results plain" tabindex="-1">
          ${view.results.map(
            (result) => html`<li class=${result.ok ? 'ok' : 'failed'}><span lang="de">${result.title}</span>: ${result.message}</li>`,
          )}
        </ul>`}`;
}
