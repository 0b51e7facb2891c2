import type { ImportIssue, ImportListingOutcome, ImportReport } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../internal/common.messages.js';
import { renderListState, renderTable, type TableColumn } from '../internal/render-table.js';
import type { ImportMessages } from './import.messages.js';

/** Listings named one by one; a file of ten thousand would otherwise be a page of ten thousand rows. */
export const listedListings = 200;

/**
 * A dry run's or an import's report: the counts in a sentence, then every error and every
 * unmapped value (all of them: each is something to fix in the file), then the listings.
 */
export function renderReport(report: ImportReport, msg: ImportMessages, common: CommonMessages): TemplateResult {
  const issueColumns: TableColumn<ImportIssue>[] = [
    { heading: msg.where, rowHeader: true, cell: (issue) => issue.where },
    { heading: msg.field, cell: (issue) => issue.field ?? '' },
    { heading: msg.problem, cell: (issue) => issue.message },
  ];
  const summary = report.refused ? msg.refused(report.errors.length) : msg.summary(report.dryRun, report.publish, report.counts);
  const shown = report.listings.slice(0, listedListings);
  const listingsState = renderListState({ error: undefined, items: report.listings, none: msg.noListings, onRetry: () => {} }, common);
  return html`<p class="summary ${report.refused ? 'refused' : ''}">${summary}</p>
    ${report.errors.length > 0 ? renderTable(msg.errorsCaption, issueColumns, report.errors) : nothing}
    ${report.unmapped.length > 0 ? renderTable(msg.unmappedCaption(report.unmapped.length), issueColumns, report.unmapped) : nothing}
    ${report.refused
      ? nothing
      : (listingsState ??
        html`${renderTable<ImportListingOutcome>(
          msg.listingsCaption,
          [
            { heading: msg.listing, rowHeader: true, cell: (listing) => listing.label },
            { heading: msg.outcome, cell: (listing) => msg.outcomes[listing.outcome] },
          ],
          shown,
        )}
        ${report.listings.length > shown.length ? html`<p>${msg.more(report.listings.length - shown.length)}</p>` : nothing}`)}`;
}
