import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchMessages } from './search.messages.js';

export interface DetailView {
  msg: SearchMessages;
  id: string;
  apiBase: string | undefined;
  client: MitmachenClient | undefined;
  onBack: () => void;
}

/**
 * One opportunity in place of the results, with the way back. `<mitmachen-opportunity>` is
 * defined by a dynamic import when the first detail opens, so the search entry does not carry it.
 */
export function renderDetail(view: DetailView): TemplateResult {
  return renderInPlaceOfResults(
    view,
    html`<mitmachen-opportunity opportunity-id=${view.id} api-base=${view.apiBase ?? nothing} .client=${view.client}></mitmachen-opportunity>`,
  );
}

/** A chosen result's view (detail, contact form) in place of the results; the back button and Escape return. */
export function renderInPlaceOfResults({ msg, onBack }: Pick<DetailView, 'msg' | 'onBack'>, content: unknown): TemplateResult {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onBack();
    }
  };
  return html`<section class="detail" part="detail" @keydown=${onKeyDown}>
    <button type="button" class="back secondary" part="button back-button" @click=${onBack}>
      <span aria-hidden="true">‹</span> ${msg.back}
    </button>
    ${content}
  </section>`;
}
