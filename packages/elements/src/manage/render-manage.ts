import type { OfferInput, OpportunityInput } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Editing } from '../forms/posting-form.js';
import { heading } from '../forms/render-form-parts.js';
import type { ManageAction, ManagedListing } from './manage-api.js';
import type { ManageMessages } from './manage.messages.js';

/** The action whose question or fields are open under the buttons. */
export type Panel = 'extend' | 'renew' | 'fill' | 'withdraw';

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

function button(
  label: string,
  onClick: () => void,
  { id, primary = false, busy = false, expanded }: { id?: string; primary?: boolean; busy?: boolean; expanded?: boolean } = {}
) {
  return html`<button
    type="button"
    class=${primary ? 'button primary' : 'button'}
    part="button"
    id=${id ?? nothing}
    aria-expanded=${expanded === undefined ? nothing : String(expanded)}
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** A date field with its label, hint and error, tied by id in this shadow root. */
function dateField(ctx: OverviewContext, label: string, hint: string | undefined, { optional = false } = {}): TemplateResult {
  const error = ctx.dateError;
  const described = [hint === undefined ? '' : 'manage-date-hint', error === undefined ? '' : 'manage-date-error'].filter(Boolean).join(' ');
  return html`<div class="field" ?data-invalid=${error !== undefined}>
    <label for="manage-date">${label}</label>
    ${hint === undefined ? nothing : html`<p class="hint" id="manage-date-hint">${hint}</p>`}
    ${error === undefined
      ? nothing
      : html`<p class="error-message" id="manage-date-error"><span class="visually-hidden">${ctx.msg.errorPrefix}</span> ${error}</p>`}
    <div class="short">
      <input
        id="manage-date"
        type="date"
        min=${optional ? ctx.minFillDate : ctx.minDate}
        .value=${ctx.date}
        ?required=${!optional}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${described === '' ? nothing : described}
        @input=${(event: Event) => ctx.setDate((event.target as HTMLInputElement).value)}
      />
    </div>
  </div>`;
}

/** "Keep showing it as filled until": optional, at most 30 days; its own id, hint and error. */
function showFilledField(ctx: OverviewContext): TemplateResult {
  const { msg, showDateError: error } = ctx;
  return html`<div class="field" ?data-invalid=${error !== undefined}>
    <label for="manage-show-date">${msg.showFilled}</label>
    <p class="hint" id="manage-show-hint">${msg.showFilledHint}</p>
    ${error === undefined
      ? nothing
      : html`<p class="error-message" id="manage-show-error"><span class="visually-hidden">${msg.errorPrefix}</span> ${error}</p>`}
    <div class="short">
      <input
        id="manage-show-date"
        type="date"
        min=${ctx.minFillDate}
        max=${ctx.maxShowDate}
        .value=${ctx.showDate}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${error === undefined ? 'manage-show-hint' : 'manage-show-hint manage-show-error'}
        @input=${(event: Event) => ctx.setShowDate((event.target as HTMLInputElement).value)}
      />
    </div>
  </div>`;
}

function panel(listing: ManagedListing, ctx: OverviewContext): TemplateResult | typeof nothing {
  const { msg, busy } = ctx;
  const cancel = (back: string) => button(msg.cancel, () => ctx.open(undefined, back));
  const submitting = (action: ManageAction) => (event: SubmitEvent) => {
    event.preventDefault();
    // The field as it is now: the context is the one of the last render, older than the typing.
    const form = event.target as HTMLFormElement;
    const value = form.querySelector<HTMLInputElement>('#manage-date')?.value ?? '';
    const show = form.querySelector<HTMLInputElement>('#manage-show-date')?.value ?? '';
    ctx.setDate(value);
    ctx.setShowDate(show);
    ctx.act(action, value === '' ? undefined : value, show === '' ? undefined : show);
  };
  switch (ctx.panel) {
    case 'extend':
    case 'renew': {
      const renew = ctx.panel === 'renew';
      return html`<form class="panel" part="panel" novalidate @submit=${submitting(ctx.panel)}>
        ${dateField(ctx, msg.newEnd, renew && listing.renewableUntil !== undefined ? msg.renewHint(ctx.formatDate(listing.renewableUntil)) : undefined)}
        <div class="buttons">
          <button type="submit" class="button primary" part="button" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? msg.working : renew ? msg.renewSubmit : msg.extendSubmit}
          </button>
          ${cancel(renew ? '#renew-button' : '#extend-button')}
        </div>
      </form>`;
    }
    case 'fill':
      return html`<form class="panel" part="panel" novalidate @submit=${submitting('fill')}>
        ${dateField(ctx, msg.fillUntil, msg.fillUntilHint, { optional: true })} ${showFilledField(ctx)}
        <div class="buttons">
          <button type="submit" class="button primary" part="button" id="fill-submit" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? msg.working : msg.fill}
          </button>
          ${cancel('#fill-button')}
        </div>
      </form>`;
    case 'withdraw':
      return html`<div class="panel" part="panel" role="group" aria-labelledby="withdraw-question">
        <p id="withdraw-question" tabindex="-1">${msg.withdrawQuestion}</p>
        <div class="buttons">
          ${button(busy ? msg.working : msg.withdrawConfirm, () => ctx.act('withdraw'), { id: 'withdraw-confirm', primary: true, busy })}
          ${cancel('#withdraw-button')}
        </div>
      </div>`;
    default:
      return nothing;
  }
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
          ${can('pause') ? html`<p class="hint">${msg.pauseHint}</p>` : nothing} ${panel(listing, ctx)}
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
