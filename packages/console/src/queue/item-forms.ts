/**
 * What an item's button opens: a decision straight away (approve, unhide, dismiss), or the
 * reason form or the edit form below the buttons, with focus in its first field; and closing
 * them again with focus back on the button that opened them.
 */
import { decide, resolve, submitReason, type QueueHost } from './queue-actions.js';
import type { ReasonAction, ReasonForm } from './forms.js';
import type { ReasonTemplate } from '@mitmachen/contract';
import type { ItemAction } from './render-item.js';

/** The screen as the item's forms see it. */
export interface FormsHost extends QueueHost {
  readonly templates: ReasonTemplate[];
}

export function itemAction(host: FormsHost, action: ItemAction): void {
  const item = host.current;
  if (item === undefined) return;
  switch (action) {
    case 'approve':
    case 'unhide':
      return void decide(host, item, { action });
    case 'dismiss':
      return void resolve(host, item, 'dismiss');
    case 'edit':
      return openEdit(host);
    default:
      return openReasonForm(host, action, false);
  }
}

export function openReasonForm(host: FormsHost, action: ReasonAction, bulk: boolean): void {
  host.editForm = undefined;
  // A reason typed for the same action is kept (nothing typed is lost by closing and reopening).
  host.reasonForm = { action, templateId: '', reason: host.reasonForm?.action === action ? host.reasonForm.reason : '', bulk };
  const field = bulk ? 'bulk-reason' : 'reason';
  host.focusAfterRender(host.templates.length > 0 ? `#${field}-template` : `#${field}`);
}

function openEdit(host: FormsHost): void {
  const detail = host.detail;
  if (detail === undefined) return;
  const posting = detail.posting as { title: string; summary?: string; description: string };
  host.reasonForm = undefined;
  host.editForm = host.editForm ?? {
    title: posting.title,
    summary: detail.kind === 'opportunity' ? posting.summary : undefined,
    description: posting.description,
    errors: {},
  };
  host.focusAfterRender('#edit-title');
}

export function closeForms(host: FormsHost, focus: string): void {
  host.reasonForm = undefined;
  host.editForm = undefined;
  host.focusAfterRender(focus);
}

/** The reason form's handlers, for the item pane and the bulk bar alike. */
export function reasonHandlers(host: FormsHost) {
  return {
    change: (form: ReasonForm) => (host.reasonForm = form),
    submit: (form: ReasonForm) => void submitReason(host, form),
    cancel: () => closeForms(host, host.reasonForm?.bulk ? '[data-bulk="reject"]' : `[data-action="${host.reasonForm?.action ?? 'reject'}"]`),
  };
}
