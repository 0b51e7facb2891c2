import { css } from 'lit';
import { formStyles } from '../forms/form.styles.js';

/** The manage page: the forms' look (fields, buttons, messages), plus the listing's facts and action panels. */
export const manageStyles = [
  formStyles,
  css`
    .manage,
    .panel,
    .overview {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(var(--_space) / 2) var(--_space);
      margin: 0;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .state {
      font-weight: 700;
    }
    .panel {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    .status:empty {
      display: none;
    }
    .status {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }
    .loading {
      color: var(--_muted);
    }
    .listing-title:focus,
    .panel:focus,
    .status:focus {
      outline: none;
    }
    .listing-title:focus-visible,
    .panel:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: var(--_focus-offset);
    }
  `,
];
