import { css } from 'lit';
import { controls, tokens } from '../internal/tokens.styles.js';

export const signInStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      max-width: 32em;
    }
    input {
      width: 100%;
    }
    .passkey {
      margin-block-start: calc(2 * var(--_space));
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    h2 {
      font-size: 1.15em;
    }
    .alert:not(:empty) {
      margin-block-end: var(--_space);
    }
  `,
];
