import { css } from 'lit';
import { controls, tokens } from '../internal/tokens.styles.js';

export const confirmStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
      max-width: 32em;
    }
    .alert:not(:empty) {
      margin-block-end: var(--_space);
    }
  `,
];
