import { html, type TemplateResult } from 'lit';
import type { QueueMessages } from './queue.messages.js';

/** The keys overview (the `?` key and the button at the top): a modal dialog, closed by its button or Escape. */
export function renderKeysDialog(msg: QueueMessages): TemplateResult {
  return html`<dialog aria-labelledby="keys-heading">
    <h2 id="keys-heading">${msg.keysHeading}</h2>
    <dl class="keys">${msg.keys.map(([key, what]) => html`<div><dt><kbd>${key}</kbd></dt><dd>${what}</dd></div>`)}</dl>
    <p>${msg.keysNote}</p>
    <form method="dialog"><button class="primary" autofocus>${msg.close}</button></form>
  </dialog>`;
}
