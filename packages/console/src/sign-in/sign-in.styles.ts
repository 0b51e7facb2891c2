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
    .alert:not(:empty) {
      margin-block-end: var(--_space);
    }
  `,
];
