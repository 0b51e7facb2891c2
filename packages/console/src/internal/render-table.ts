import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from './describe-error.js';
import type { CommonMessages } from './common.messages.js';

/** One column of a list screen's table: its heading and what each row shows in it. */
export interface TableColumn<T> {
  heading: string;
  cell: (item: T) => unknown;
  /** The cell that names the row (`<th scope="row">`), so screen readers announce it with each cell. */
  rowHeader?: boolean;
  className?: string;
}

/**
 * The table the list screens (sessions, passkeys, API tokens, staff) share: a caption, column
 * headings, one row per item, scrolling sideways on a narrow screen rather than squeezing.
 */
export function renderTable<T>(caption: string, columns: readonly TableColumn<T>[], items: readonly T[]): TemplateResult {
  return html`<div class="table-wrap">
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column.heading}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr>
              ${columns.map((column) =>
                column.rowHeader
                  ? html`<th scope="row" class=${column.className ?? nothing}>${column.cell(item)}</th>`
                  : html`<td class=${column.className ?? nothing}>${column.cell(item)}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * What a list screen shows before its table: the error with a retry button, "loading", or its
 * words for an empty list; undefined when there are items to show.
 */
export function renderListState(
  state: { error: unknown; items: readonly unknown[] | undefined; none: string; onRetry: () => void },
  common: CommonMessages,
): TemplateResult | undefined {
  if (state.error !== undefined) {
    return html`<div class="notice problem">
      <p>${describeError(state.error, common)}</p>
      <button type="button" @click=${state.onRetry}>${common.retry}</button>
    </div>`;
  }
  if (state.items === undefined) return html`<p class="notice" aria-busy="true">${common.loading}</p>`;
  if (state.items.length === 0) return html`<p class="notice">${state.none}</p>`;
  return undefined;
}
