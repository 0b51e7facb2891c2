import { css } from 'lit';
import { controls, tokens } from '../internal/tokens.styles.js';

export const appStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    .skip {
      position: absolute;
      inset-inline-start: 0.5em;
      inset-block-start: -10em;
      padding: 0.5em 1em;
      background: var(--_accent);
      color: var(--_on-accent);
      z-index: 1;
    }
    .skip:focus {
      inset-block-start: 0.5em;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.5em;
      padding: 0.75em var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    .product {
      margin: 0;
      font-weight: 700;
    }
    .account {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      color: var(--_muted);
    }
    .account .email {
      color: var(--_text);
      font-weight: 600;
    }
    .header-actions {
      margin-inline-start: auto;
      display: flex;
      gap: 0.5em;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      list-style: none;
      margin: 0;
      padding: 0.5em var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    nav a {
      display: inline-block;
      padding: 0.4em 0.8em;
      border-radius: var(--_radius);
      color: var(--_accent);
    }
    nav a[aria-current='page'] {
      background: var(--_selected);
      color: var(--_text);
      font-weight: 700;
      text-decoration: none;
    }
    a {
      color: var(--_accent);
    }
    main {
      padding: var(--_space);
    }
    main:focus {
      outline: none;
    }
    .banner {
      margin: var(--_space);
    }
    .banner p {
      margin: 0 0 0.5em;
    }
  `,
];
