/**
 * What the review queue's actions do once asked: decide, resolve a report, save an edit, add a
 * note, decide in bulk; each then announces its result, moves on and says where focus goes. They
 * work on the screen through `QueueHost` (the element), so queue.ts keeps rendering and keys.
 */
import type { ManageLinkIssued, Queue, QueueItem, QueueItemDetail } from '@mitmachen/contract';
import { ConsoleApiError } from '../api/problem.js';
import type { CommonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { checkEdit, type EditForm, type ReasonForm } from './forms.js';
import type { ItemMessages } from './item.messages.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { itemKey, type QueueApi, type QueueController } from './queue-controller.js';
import type { QueueMessages } from './queue.messages.js';
import type { BulkResult } from './render-bulk.js';
import type { ItemAction } from './render-item.js';

export interface QueueWords {
  queue: QueueMessages;
  item: ItemMessages;
  common: CommonMessages;
}

/** The screen (the element) as the actions see it. */
export interface QueueHost extends HTMLElement {
  current?: QueueItem | undefined;
  detail?: QueueItemDetail | undefined;
  queue?: Queue | undefined;
  selection: ReadonlySet<string>;
  reasonForm?: ReasonForm | undefined;
  editForm?: EditForm | undefined;
  noteText: string;
  noteError?: string | undefined;
  busy: boolean;
  bulkResults: BulkResult[];
  manageLink?: ManageLinkIssued | undefined;
  readonly api?: Pick<QueueApi, 'reissueManageLink' | 'revokeManageLinks'> | undefined;
  readonly controller: QueueController;
  readonly words: QueueWords;
  focusAfterRender(selector: string): void;
  announce(text: string, failed: boolean): Promise<void>;
  open(item: QueueItem): Promise<void>;
}

export async function submitReason(host: QueueHost, form: ReasonForm): Promise<void> {
  const reason = form.reason.trim();
  // Every action with a form needs a reason: the author (or, for hiding, the team) is told why.
  if (reason === '' && form.templateId === '') {
    host.reasonForm = { ...form, error: host.words.item.reasonMissing };
    host.focusAfterRender(`#${form.bulk ? 'bulk-reason' : 'reason'}`);
    return;
  }
  const body = { ...(form.templateId === '' ? {} : { templateId: form.templateId }), ...(reason === '' ? {} : { reason }) };
  if (form.bulk) return bulk(host, 'reject', body);
  const item = host.current;
  if (item === undefined) return;
  if (form.action === 'unpublish') return resolve(host, item, 'unpublish', reason === '' ? undefined : reason);
  await decide(host, item, { action: form.action, ...body });
}

export async function decide(host: QueueHost, item: QueueItem, decision: { action: ItemAction; templateId?: string; reason?: string }): Promise<void> {
  const msg = host.words.queue;
  host.busy = true;
  const outcome = await host.controller.decide(item, decision as Parameters<QueueController['decide']>[1]);
  host.busy = false;
  if (!outcome.ok) return failed(host, item, outcome.error);
  const words: Record<string, (title: string) => string> = {
    approve: msg.approved,
    reject: msg.rejected,
    'request-changes': msg.changesRequested,
    hide: msg.hidden,
    unhide: msg.unhidden,
  };
  await host.announce((words[decision.action] ?? msg.approved)(item.title), false);
  host.reasonForm = undefined;
  if (decision.action === 'hide' || decision.action === 'unhide') return host.open(item);
  await next(host, item);
}

export async function resolve(host: QueueHost, item: QueueItem, action: 'dismiss' | 'unpublish', note?: string): Promise<void> {
  host.busy = true;
  const outcome = await host.controller.resolveReport(item, action, note);
  host.busy = false;
  if (!outcome.ok) return failed(host, item, outcome.error);
  const msg = host.words.queue;
  await host.announce(action === 'dismiss' ? msg.dismissed(item.title) : msg.unpublished(item.title), false);
  host.reasonForm = undefined;
  await next(host, item);
}

/** After `done` left the list: the list again, and the item now in its place opened and focused. */
async function next(host: QueueHost, done: QueueItem): Promise<void> {
  const before = host.queue?.items ?? [];
  const index = before.findIndex((item) => itemKey(item) === itemKey(done));
  await host.controller.reload();
  const after = host.queue?.items ?? [];
  const next = after[Math.max(0, index)] ?? after[after.length - 1];
  if (next !== undefined && itemKey(next) !== itemKey(done)) return host.open(next);
  host.current = undefined;
  host.detail = undefined;
  host.focusAfterRender('h1');
}

export async function saveEdit(host: QueueHost, form: EditForm): Promise<void> {
  const item = host.current;
  if (item === undefined) return;
  const errors = checkEdit(form, host.words.item.tooShort);
  if (Object.keys(errors).length > 0) {
    host.editForm = { ...form, errors };
    host.focusAfterRender(`#edit-${Object.keys(errors)[0]?.slice(1)}`);
    return;
  }
  host.busy = true;
  const edit = { title: form.title, description: form.description, ...(form.summary === undefined ? {} : { summary: form.summary }) };
  const outcome = await host.controller.edit(item, edit);
  host.busy = false;
  if (!outcome.ok) {
    const error = outcome.error;
    const fieldErrors = Object.fromEntries(
      ['/title', '/summary', '/description'].flatMap((pointer) => {
        const text = error instanceof ConsoleApiError ? error.fieldError(pointer) : undefined;
        return text === undefined ? [] : [[pointer, text]];
      }),
    );
    host.editForm = { ...form, errors: fieldErrors };
    return failed(host, item, error);
  }
  host.editForm = undefined;
  host.focusAfterRender('#item-title');
  await host.announce(host.words.queue.edited(form.title), false);
}

export async function addNote(host: QueueHost): Promise<void> {
  const item = host.current;
  const text = host.noteText.trim();
  if (item === undefined) return;
  if (text === '') {
    host.noteError = host.words.item.noteMissing;
    host.focusAfterRender('#note');
    return;
  }
  host.busy = true;
  const outcome = await host.controller.addNote(item, text);
  host.busy = false;
  if (!outcome.ok) return failed(host, item, outcome.error);
  host.noteText = '';
  await host.announce(host.words.queue.noteAdded, false);
}

export async function bulk(host: QueueHost, action: 'approve' | 'reject', reason: { templateId?: string; reason?: string } = {}): Promise<void> {
  const items = selectedItems(host);
  if (items.length === 0) return;
  const msg = host.words.queue;
  host.busy = true;
  let results;
  try {
    results = await host.controller.decideMany({ action, ...reason }, items);
  } catch (error) {
    host.busy = false;
    return host.announce(describeError(error, host.words.common), true);
  }
  host.busy = false;
  if (results === undefined) return;
  host.bulkResults = results.map((result, index) => ({
    title: items[index]?.title ?? result.id,
    ok: result.ok,
    message: result.ok
      ? action === 'approve'
        ? msg.bulkApproved
        : msg.bulkRejected
      : describeError(new ConsoleApiError(result.problem?.status ?? 500, result.problem), host.words.common),
  }));
  const ok = results.filter((result) => result.ok).length;
  host.reasonForm = undefined;
  host.selection = new Set(
    results.flatMap((result, index) => (result.ok || items[index] === undefined ? [] : [itemKey(items[index])])),
  );
  await host.announce(msg.bulkDone(ok, results.length, action === 'approve' ? msg.bulkApproved : msg.bulkRejected), ok < results.length);
  host.focusAfterRender('.bulk-results');
  await host.controller.reload();
}

export function selectedItems(host: QueueHost): QueueItem[] {
  return (host.queue?.items ?? []).filter((item) => host.selection.has(itemKey(item)));
}

async function failed(host: QueueHost, item: QueueItem, error: unknown): Promise<void> {
  await host.announce(host.words.queue.failedOn(item.title, describeError(error, host.words.common)), true);
  // A claim taken meanwhile, or a state changed by someone else: show the item as it is now.
  if (error instanceof ConsoleApiError && error.status === 409) await host.controller.open(item);
}

/** Issues a new manage link for the open item (mailed; shown once) or revokes them all. */
export async function manageLinks(host: QueueHost, action: 'reissue' | 'revoke'): Promise<void> {
  const item = host.current;
  if (item === undefined || host.api === undefined) return;
  const msg = host.words.item;
  host.busy = true;
  try {
    if (action === 'reissue') {
      host.manageLink = await host.api.reissueManageLink(item.kind, item.id);
      host.focusAfterRender('#manage-link');
    } else {
      await host.api.revokeManageLinks(item.kind, item.id);
      host.manageLink = undefined;
    }
    await host.announce(action === 'reissue' ? msg.reissued : msg.linksRevoked, false);
  } catch (error) {
    reportSessionEnd(host, error);
    await failed(host, item, error);
  } finally {
    host.busy = false;
  }
}
