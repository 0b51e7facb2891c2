import { html, nothing } from 'lit';
import type { ItemView } from './render-item.js';

/** Statuses before acceptance: no manage link was ever mailed for them. */
const beforeAcceptance = new Set(['pending', 'rejected']);

/**
 * The listing's manage link (the author's way in without an account): issue a new one (mailed,
 * and shown once for passing on by phone) or revoke them all. Issuing revokes the old ones.
 */
export function renderManageLink(view: ItemView) {
  const { detail, msg, busy, manageLink, onManageLink } = view;
  if (beforeAcceptance.has(detail.status)) return nothing;
  return html`<section aria-labelledby="manage-heading">
    <h3 id="manage-heading">${msg.manageHeading}</h3>
    <p>${msg.manageIntro}</p>
    ${manageLink === undefined
      ? nothing
      : html`<div class="field">
          <label for="manage-link">${msg.newLink}</label>
          <input id="manage-link" type="text" readonly .value=${manageLink.url} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
        </div>`}
    <div class="actions">
      <button type="button" data-manage="reissue" ?disabled=${busy} @click=${() => onManageLink('reissue')}>${msg.reissue}</button>
      <button type="button" class="danger" data-manage="revoke" ?disabled=${busy} @click=${() => onManageLink('revoke')}>${msg.revokeLinks}</button>
    </div>
  </section>`;
}
