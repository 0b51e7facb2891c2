import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Editing } from '../forms/posting-form.js';
import { heading } from '../forms/render-form-parts.js';
import type { ManageAction, ManagedListing } from './manage-api.js';
import type { ManageMessages } from './manage.messages.js';
import { renderFailure } from './manage-errors.js';
import { button, renderPanel } from './render-panel.js';

/** The action whose question or fields are open under the buttons. */
export type Panel = 'extend' | 'renew' | 'fill' | 'withdraw';

export interface OverviewContext {
  msg: ManageMessages;
  level: number;
  panel: Panel | undefined;
  busy: boolean;
  date: string;
  dateError: string | undefined;
  formatDate: (date: string | undefined) => string;
  minDate: string;
  /** The earliest day a filled listing may come back (tomorrow). */
  minFillDate: string;
  /** The last day a filled listing may still be shown as filled (30 days on). */
  maxShowDate: string;
  showDate: string;
  showDateError: string | undefined;
  open: (panel: Panel | undefined, focus: string) => void;
  edit: () => void;
  act: (action: ManageAction, date?: string, showDate?: string) => void;
  setDate: (value: string) => void;
  setShowDate: (value: string) => void;
}

/** A heading one level below the element's own (the listing's title sits under "Manage your listing"). */
function subheading(level: number, id: string, content: unknown): TemplateResult {
  return level >= 4
    ? html`<p class="heading" id=${id} tabindex="-1">
        <strong>${content}</strong>
      </p>`
    : heading(level + 1, id, content);
}

function title(level: number, content: unknown): TemplateResult {
  if (level === 1) return html`<h1 class="heading">${content}</h1>`;
  return heading(level, 'manage-title', content);
}

function facts(listing: ManagedListing, ctx: OverviewContext): TemplateResult {
  const { msg } = ctx;
  return html`<dl class="facts">
    <dt>${msg.state}</dt>
    <dd>
      <span class="state" data-state=${listing.state}>${msg.states[listing.state] ?? listing.state}</span>
    </dd>
    ${listing.kind === 'opportunity'
      ? html`<dt>${msg.endsOn}</dt>
          <dd>${ctx.formatDate(listing.expiresAt)}</dd>`
      : nothing}
    ${listing.filledUntil === undefined
      ? nothing
      : html`<dt>${msg.filledUntil}</dt>
          <dd>${ctx.formatDate(listing.filledUntil)}</dd>`}
    ${listing.showFilledUntil === undefined
      ? nothing
      : html`<dt>${msg.shownFilledUntil}</dt>
          <dd>${ctx.formatDate(listing.showFilledUntil)}</dd>`}
    <dt>${msg.contacts}</dt>
    <dd>${msg.contactCount(listing.contactCount)}</dd>
  </dl>`;
}

/** The listing's facts and the actions its state allows now (the server's `actions`). */
export function renderOverview(listing: ManagedListing, ctx: OverviewContext): TemplateResult {
  const { msg, level } = ctx;
  const can = (action: ManageAction) => listing.actions.includes(action);
  const toggle = (which: Panel, focus: string) => () => ctx.open(ctx.panel === which ? undefined : which, ctx.panel === which ? `#${which}-button` : focus);
  const hint = msg.stateHints[listing.state];
  // A listing imported without a posting has nothing to fill the form with.
  const editable = listing.editable === true && (listing.kind === 'offer' ? listing.offer : listing.opportunity) !== undefined;
  return html`${title(level, msg.title)}
    <section class="overview" part="overview" aria-labelledby="listing-title">
      ${subheading(level, 'listing-title', html`<bdi lang="de">${listing.title}</bdi>`)}
      <p>${listing.kind === 'offer' ? msg.kindOffer : msg.kindOpportunity}</p>
      ${facts(listing, ctx)} ${hint === undefined ? nothing : html`<p>${hint}</p>`}
      ${listing.reviewReason === undefined ? nothing : html`<p><strong>${msg.reviewReason}:</strong> <bdi lang="de">${listing.reviewReason}</bdi></p>`}
      ${can('confirm') && listing.confirmBy !== undefined ? html`<p>${msg.confirmHint(ctx.formatDate(listing.confirmBy))}</p>` : nothing}
    </section>
    ${listing.actions.length === 0 && !editable
      ? nothing
      : html`<section class="overview" aria-labelledby="actions-title">
          ${subheading(level, 'actions-title', msg.actions)}
          <div class="buttons">
            ${can('confirm')
              ? button(msg.confirm, () => ctx.act('confirm'), {
                  id: 'confirm-button',
                  primary: true,
                  busy: ctx.busy,
                })
              : nothing}
            ${editable ? button(msg.edit, ctx.edit, { id: 'edit-button' }) : nothing}
            ${can('extend')
              ? button(msg.extend, toggle('extend', '#manage-date'), {
                  id: 'extend-button',
                  expanded: ctx.panel === 'extend',
                })
              : nothing}
            ${can('renew')
              ? button(msg.renew, toggle('renew', '#manage-date'), {
                  id: 'renew-button',
                  expanded: ctx.panel === 'renew',
                })
              : nothing}
            ${can('pause')
              ? button(msg.pause, () => ctx.act('pause'), {
                  id: 'pause-button',
                  busy: ctx.busy,
                })
              : nothing}
            ${can('resume')
              ? button(msg.resume, () => ctx.act('resume'), {
                  id: 'resume-button',
                  busy: ctx.busy,
                })
              : nothing}
            ${can('fill')
              ? button(msg.fill, toggle('fill', '#manage-date'), {
                  id: 'fill-button',
                  expanded: ctx.panel === 'fill',
                })
              : nothing}
            ${can('withdraw')
              ? button(msg.withdraw, toggle('withdraw', '#withdraw-question'), {
                  id: 'withdraw-button',
                  expanded: ctx.panel === 'withdraw',
                })
              : nothing}
          </div>
          ${can('pause') ? html`<p class="hint">${msg.pauseHint}</p>` : nothing} ${renderPanel(listing, ctx)}
        </section>`}`;
}

/** The posting form for the listing's kind, pre-filled, saving through the manage link. */
export function renderEditor(
  listing: ManagedListing,
  editing: Editing<OpportunityInput | OfferInput> | undefined,
  msg: ManageMessages,
  level: number,
  apiBase: string | undefined,
  client: MitmachenClient | undefined,
  stop: () => void
): TemplateResult {
  const formLevel = Math.min(level + 1, 4);
  const form =
    listing.kind === 'offer'
      ? html`<mitmachen-offer-form api-base=${apiBase ?? nothing} .client=${client} .editing=${editing} heading-level=${formLevel}></mitmachen-offer-form>`
      : html`<mitmachen-opportunity-form
          api-base=${apiBase ?? nothing}
          .client=${client}
          .editing=${editing}
          heading-level=${formLevel}
        ></mitmachen-opportunity-form>`;
  return html`${title(level, msg.title)}
    <section class="overview" aria-labelledby="listing-title">
      ${subheading(level, 'listing-title', html`${msg.edit}: <bdi lang="de">${listing.title}</bdi>`)}
      <p class="hint">${msg.editHint}</p>
      ${form} ${button(msg.cancelEdit, stop, { id: 'stop-editing' })}
    </section>`;
}

/** The page before a listing is there: loading, no or a bad link (with "send my links"), or loading failed. */
export function renderWithoutListing(
  view: 'loading' | 'no-token' | 'bad-token' | 'load-failed',
  status: TemplateResult,
  msg: ManageMessages,
  resend: () => TemplateResult,
  retry: () => void
): TemplateResult {
  switch (view) {
    case 'loading':
      return html`<div class="manage">
        ${status}
        <p class="loading" role="status">${msg.loading}</p>
      </div>`;
    case 'no-token':
      return html`<div class="manage">
        ${status}
        <p class="notice" id="bad-link" tabindex="-1">${msg.noToken}</p>
        ${resend()}
      </div>`;
    case 'bad-token':
      return html`<div class="manage">
        ${status}
        <p class="failure" role="alert" id="bad-link" tabindex="-1">${msg.badToken}</p>
        ${resend()}
      </div>`;
    case 'load-failed':
      return html`<div class="manage">${status}${renderFailure({ message: msg.loadFailed, retry }, msg)}</div>`;
  }
}
