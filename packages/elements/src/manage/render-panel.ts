import { html, nothing, type TemplateResult } from 'lit';
import type { ManageAction, ManagedListing } from './manage-api.js';
import type { OverviewContext } from './render-manage.js';

/** A button of the page; `busy` keeps it focusable (aria-disabled) while an action runs. */
export function button(
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

/** The open action's question or fields (new end date; filled until, shown as filled until; withdraw). */
export function renderPanel(listing: ManagedListing, ctx: OverviewContext): TemplateResult | typeof nothing {
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
