import { css } from 'lit';
import { controls, tokens } from '../internal/tokens.styles.js';

export const queueStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }
    h1:focus,
    h2:focus {
      outline-offset: 4px;
    }
    .live:not(:empty) {
      margin-block: 0.5em var(--_space);
      padding: 0.5em 1em;
      border-inline-start: 4px solid var(--_success);
      background: var(--_surface);
    }
    .live.failed:not(:empty) {
      border-inline-start-color: var(--_danger);
    }
    .columns {
      display: grid;
      grid-template-columns: minmax(18em, 2fr) 3fr;
      gap: calc(var(--_space) * 1.5);
      align-items: start;
    }
    /* The lifecycle tabs have no item pane: their rows carry their actions. */
    .columns.single {
      grid-template-columns: 1fr;
    }
    @media (max-width: 60em) {
      .columns {
        grid-template-columns: 1fr;
      }
    }
    [role='tablist'] {
      display: flex;
      gap: 0.25em;
      border-block-end: 1px solid var(--_border);
    }
    [role='tab'] {
      border: 1px solid transparent;
      border-block-end: none;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: none;
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--_border);
      background: var(--_selected);
      font-weight: 700;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      border: none;
      padding: 0;
      margin: var(--_space) 0 0;
    }
    .filters legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.25em;
    }
    .select-all {
      display: flex;
      gap: 0.5em;
      align-items: center;
      font-weight: normal;
      margin-block-end: 0.5em;
    }
    .list,
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .row {
      display: flex;
      gap: 0.75em;
      align-items: flex-start;
      padding: 0.6em 0.5em;
      border-block-end: 1px solid var(--_border);
    }
    .row[aria-current='true'] {
      background: var(--_selected);
      box-shadow: inset 4px 0 0 var(--_accent);
    }
    .row input {
      margin-block-start: 0.35em;
      inline-size: 1.1em;
      block-size: 1.1em;
    }
    .row-text {
      min-width: 0;
    }
    .row-text p {
      margin: 0.1em 0 0;
    }
    .open {
      padding: 0;
      border: none;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      text-align: start;
      font-weight: 600;
    }
    .muted,
    .claim-line {
      color: var(--_muted);
    }
    .claim-line {
      font-style: italic;
    }
    .report-reason {
      overflow-wrap: anywhere;
    }
    .pager {
      display: flex;
      gap: 0.75em;
      align-items: center;
      margin-block-start: var(--_space);
    }
    .bulk {
      margin-block: var(--_space);
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .bulk-count {
      margin: 0 0 0.5em;
      font-weight: 700;
    }
    .bulk-results {
      margin-block: var(--_space);
    }
    .bulk-results .failed {
      color: var(--_danger);
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .item h2 {
      margin: 0;
    }
    .meta {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      color: var(--_muted);
    }
    .claim.mine {
      margin: 0;
      color: var(--_muted);
    }
    .claim.other p {
      margin: 0 0 0.5em;
    }
    .reason-form,
    .edit-form {
      margin-block-start: var(--_space);
    }
    textarea,
    .edit-form input {
      width: 100%;
    }
    .preview {
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .preview mitmachen-opportunity::part(contact-button),
    .preview mitmachen-opportunity::part(share) {
      display: none;
    }
    .pairs {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin: 0;
    }
    .pairs dt {
      font-weight: 600;
    }
    .pairs dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    section h3 {
      margin-block-end: 0.25em;
    }
    a {
      color: var(--_accent);
    }
    dialog {
      color: inherit;
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-width: 28em;
    }
    .keys div {
      display: flex;
      gap: 1em;
    }
    .keys dd {
      margin: 0;
    }
    kbd {
      font-family: inherit;
      font-weight: 700;
      padding: 0 0.4em;
      border: 1px solid var(--_border);
      border-radius: 0.25em;
    }
  `,
];
