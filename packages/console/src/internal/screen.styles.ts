import { css } from 'lit';
import { controls, tokens } from './tokens.styles.js';

/** What the list screens (sessions, tokens, audit log, staff) share: tables, live results. */
export const screenStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    h1:focus {
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
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.4em 0.6em;
      border-block-end: 1px solid var(--_border);
    }
    td {
      overflow-wrap: anywhere;
    }
    .muted {
      color: var(--_muted);
    }
    .inline-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      align-items: flex-end;
      margin-block: var(--_space);
    }
    .secret {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
      padding: 0.5em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      user-select: all;
    }
    code {
      font-family: ui-monospace, monospace;
    }
  `,
];
