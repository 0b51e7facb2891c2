import { html, type TemplateResult } from 'lit';

/** A card-sized placeholder while data loads, so the page does not jump when it arrives. */
export function renderCardSkeleton(label: string): TemplateResult {
  return html`<div class="card skeleton" part="card" role="status" aria-busy="true">
    <div class="card-body"><span></span><span></span><span></span></div>
    <p class="visually-hidden">${label}</p>
  </div>`;
}
