import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from './common.messages.js';
import { renderListState, renderTable, type TableColumn } from './render-table.js';
import { reportSessionEnd } from './session-ended.js';

/** A list screen's data as its element holds it (both are properties, so stories can set them). */
export interface ListHost<T> extends HTMLElement {
  items?: T[] | undefined;
  error?: unknown;
}

/**
 * Loads a list screen's items; a failure is kept for renderList (and a lost session reported).
 * Items the screen changed while the answer was on its way (a key created, a passkey removed:
 * each change sets a new array) are newer than that answer, which is then dropped: a slow first
 * load used to wipe out the key created meanwhile, its revoke button with it.
 */
export async function loadList<T>(host: ListHost<T>, fetchItems: () => Promise<{ items: T[] }>): Promise<void> {
  const shown = host.items;
  try {
    const { items } = await fetchItems();
    if (host.items === shown) host.items = items;
    host.error = undefined;
  } catch (error) {
    host.error = reportSessionEnd(host, error);
  }
}

/** The list's state (error with retry, loading, empty) or, once there are items, its table. */
export function renderList<T>(
  list: { error: unknown; items: readonly T[] | undefined; none: string; onRetry: () => void },
  caption: string,
  columns: readonly TableColumn<T>[],
  common: CommonMessages,
): TemplateResult {
  return renderListState(list, common) ?? renderTable(caption, columns, list.items ?? []);
}

/** A labelled one-line text field with its hint, and its error (when there is one) above the input. */
export function renderTextField(field: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  maxLength: number;
  onInput: (value: string) => void;
}): TemplateResult {
  const { id, error } = field;
  const invalid = error !== undefined;
  return html`<div class="field">
    <label for=${id}>${field.label}</label>
    <p class="hint" id="${id}-hint">${field.hint}</p>
    ${invalid ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
    <input
      id=${id}
      type="text"
      maxlength=${field.maxLength}
      autocomplete="off"
      .value=${field.value}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error ${id}-hint` : `${id}-hint`}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
