import type { ManageLinkIssued, Offer, QueueItem, QueueItemDetail, ReasonTemplate } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatDay } from '../internal/dates.js';
import type { LabelMessages } from '../internal/labels.messages.js';
import type { Lang } from '../internal/localize.js';
import { renderEditForm, renderReasonForm, type EditForm, type EditHandlers, type FormHandlers, type ReasonAction, type ReasonForm } from './forms.js';
import type { ItemMessages } from './item.messages.js';
import { renderManageLink } from './render-manage-link.js';

export type ItemAction = 'approve' | 'unhide' | 'dismiss' | 'edit' | ReasonAction;

export interface ItemView {
  item: QueueItem;
  detail: QueueItemDetail;
  msg: ItemMessages;
  labels: LabelMessages;
  lang: Lang;
  apiBase: string | undefined;
  templates: ReasonTemplate[];
  reasonForm: ReasonForm | undefined;
  editForm: EditForm | undefined;
  noteText: string;
  noteError: string | undefined;
  busy: boolean;
  onAction: (action: ItemAction) => void;
  onReclaim: () => void;
  reason: FormHandlers;
  edit: EditHandlers;
  onNoteInput: (text: string) => void;
  onNoteSubmit: () => void;
  /** A manage link just issued, shown once. */
  manageLink: ManageLinkIssued | undefined;
  onManageLink: (action: 'reissue' | 'revoke') => void;
}

/** The actions that fit the item's state (and, in the reports tab, the report). */
export function actionsFor(item: QueueItem, detail: QueueItemDetail): ItemAction[] {
  if (item.report !== undefined) return ['dismiss', 'unpublish', 'edit'];
  switch (detail.status) {
    case 'pending':
      return ['approve', 'request-changes', 'reject', 'edit'];
    case 'published':
      return ['hide', 'edit'];
    case 'hidden':
      return ['unhide', 'edit'];
    default:
      return ['edit'];
  }
}

/** Whether someone else holds the item: then it can be read, not decided. */
export function heldByOther(detail: QueueItemDetail | undefined): boolean {
  return detail?.claim != null && !detail.claim.mine;
}

export function renderItem(view: ItemView): TemplateResult {
  const { detail, msg, labels, lang } = view;
  const time = (iso: string) => formatDateTime(iso, lang);
  return html`<article class="item" aria-labelledby="item-title">
    <h2 id="item-title" tabindex="-1" lang="de">${detail.title}</h2>
    <p class="meta">
      <span>${labels.kinds[detail.kind]}</span> <span>${labels.regions[detail.region]}</span>
      <span>${msg.status}: ${labels.statuses[detail.status]}</span>
      ${detail.filledUntil === undefined ? nothing : html`<span class="filled-until">${msg.filledUntil(formatDay(detail.filledUntil, lang))}</span>`}
      ${detail.showFilledUntil === undefined ? nothing : html`<span class="shown-filled-until">${msg.shownFilledUntil(formatDay(detail.showFilledUntil, lang))}</span>`}
      <span>${msg.submittedAt(time(detail.createdAt))}</span>
    </p>
    ${renderClaim(view)} ${renderActions(view)}
    ${detail.reason ? html`<p><strong>${msg.reason}:</strong> <span lang="de">${detail.reason}</span></p>` : nothing}
    ${detail.reports.length === 0
      ? nothing
      : html`<section aria-labelledby="reports-heading">
          <h3 id="reports-heading">${msg.reports}</h3>
          <ul class="plain">
            ${detail.reports.map((report) => html`<li><span class="muted">${time(report.createdAt)}</span> <span lang="de">${report.reason}</span></li>`)}
          </ul>
        </section>`}
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading">${msg.asCitizensSee}</h3>
      <div class="preview">${renderPosting(view)}</div>
    </section>
    ${renderAuthor(view)} ${renderManageLink(view)} ${renderSignals(view)} ${renderEarlier(view)} ${renderNotes(view)}
  </article>`;
}

function renderClaim({ detail, msg, lang, onReclaim }: ItemView) {
  const claim = detail.claim;
  if (claim == null) return nothing;
  const until = formatDateTime(claim.until, lang);
  return claim.mine
    ? html`<p class="claim mine">${msg.claimMine(until)}</p>`
    : html`<div class="claim other notice">
        <p>${msg.claimOther(claim.email, until)}</p>
        <button type="button" @click=${onReclaim}>${msg.claimAgain}</button>
      </div>`;
}

function renderActions(view: ItemView) {
  const { item, detail, msg, busy } = view;
  const locked = heldByOther(detail);
  const names: Record<ItemAction, string> = {
    approve: msg.approve,
    'request-changes': msg.requestChanges,
    reject: msg.reject,
    hide: msg.hide,
    unhide: msg.unhide,
    edit: msg.edit,
    dismiss: msg.dismiss,
    unpublish: msg.unpublish,
  };
  const primary = new Set<ItemAction>(['approve', 'unhide', 'dismiss']);
  return html`<section class="decide" aria-labelledby="actions-heading">
    <h3 id="actions-heading" class="visually-hidden">${msg.actions}</h3>
    <div class="actions">
      ${actionsFor(item, detail).map(
        (action) =>
          html`<button
            type="button"
            data-action=${action}
            class=${primary.has(action) ? 'primary' : action === 'reject' || action === 'unpublish' ? 'danger' : ''}
            ?disabled=${busy || locked}
            aria-expanded=${action === 'edit' ? String(view.editForm !== undefined) : view.reasonForm?.action === action ? 'true' : nothing}
            @click=${() => view.onAction(action)}
          >
            ${names[action]}
          </button>`,
      )}
    </div>
    ${view.reasonForm === undefined || view.reasonForm.bulk ? nothing : renderReasonForm(view.reasonForm, view.templates, msg, busy, view.reason)}
    ${view.editForm === undefined ? nothing : renderEditForm(view.editForm, msg, busy, view.edit)}
  </section>`;
}

function renderPosting({ detail, apiBase, msg, lang }: ItemView) {
  if (detail.kind === 'opportunity') {
    return html`<mitmachen-opportunity
      .opportunity=${detail.posting}
      api-base=${apiBase ?? nothing}
      heading-level="4"
      @mitmachen-contact=${(event: Event) => event.preventDefault()}
    ></mitmachen-opportunity>`;
  }
  const offer = detail.posting as Offer;
  return html`<article class="offer" lang="de">
    <h4>${offer.title}</h4>
    <p class="muted"><span lang=${lang}>${msg.offerBy}</span>${offer.displayName}</p>
    ${offer.description.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}
    <p><span lang=${lang}>${msg.area}:</span> ${offer.area.place} (<span lang=${lang}>${msg.radius(offer.area.radiusKm)}</span>)</p>
  </article>`;
}

function renderAuthor({ detail: { author }, msg }: ItemView) {
  const email = author.email;
  const phone = author.phone?.replace(/[^0-9+]/g, '');
  const empty = author.name === null && email === null && author.phone === null;
  return html`<section aria-labelledby="author-heading">
    <h3 id="author-heading">${msg.author}</h3>
    ${empty
      ? html`<p>${msg.noAuthor}</p>`
      : html`<dl class="pairs">
          ${author.name === null ? nothing : html`<dt>${msg.name}</dt><dd>${author.name}</dd>`}
          ${email === null ? nothing : html`<dt>${msg.email}</dt><dd><a href="mailto:${email}">${email}</a></dd>`}
          ${author.phone === null ? nothing : html`<dt>${msg.phone}</dt><dd><a href="tel:${phone}">${author.phone}</a></dd>`}
        </dl>`}
  </section>`;
}

function renderSignals({ detail: { signals }, msg }: ItemView) {
  return html`<section aria-labelledby="signals-heading">
    <h3 id="signals-heading">${msg.signals}</h3>
    ${signals.length === 0
      ? html`<p>${msg.noSignals}</p>`
      : html`<ul class="signals">
          ${signals.map((signal) => html`<li><strong>${msg.signalNames[signal.name] ?? signal.name}</strong>: ${signal.detail}</li>`)}
        </ul>`}
  </section>`;
}

function renderEarlier({ detail: { earlierPostings }, msg, labels, lang }: ItemView) {
  return html`<section aria-labelledby="earlier-heading">
    <h3 id="earlier-heading">${msg.earlier}</h3>
    ${earlierPostings.length === 0
      ? html`<p>${msg.noEarlier}</p>`
      : html`<ul class="plain">
          ${earlierPostings.map(
            (posting) =>
              html`<li>
                <span lang="de">${posting.title}</span> <span class="muted">${labels.statuses[posting.status]}, ${formatDateTime(posting.createdAt, lang)}</span>
              </li>`,
          )}
        </ul>`}
  </section>`;
}

function renderNotes(view: ItemView) {
  const { detail, msg, lang, noteError, busy } = view;
  return html`<section aria-labelledby="notes-heading">
    <h3 id="notes-heading">${msg.notes}</h3>
    ${detail.notes.length === 0
      ? html`<p>${msg.noNotes}</p>`
      : html`<ul class="plain notes">
          ${detail.notes.map(
            (note) => html`<li><span class="muted">${note.email ?? 'API'}, ${formatDateTime(note.createdAt, lang)}:</span> ${note.text}</li>`,
          )}
        </ul>`}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        view.onNoteSubmit();
      }}
    >
      <div class="field">
        <label for="note">${msg.noteLabel}</label>
        ${noteError === undefined ? nothing : html`<p class="error" id="note-error">${noteError}</p>`}
        <textarea
          id="note"
          rows="2"
          maxlength="4000"
          .value=${view.noteText}
          aria-invalid=${noteError === undefined ? 'false' : 'true'}
          aria-describedby=${noteError === undefined ? nothing : 'note-error'}
          @input=${(event: Event) => view.onNoteInput((event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <button type="submit" ?disabled=${busy}>${msg.addNote}</button>
    </form>
  </section>`;
}
