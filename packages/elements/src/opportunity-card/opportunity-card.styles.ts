import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';
import { cardStyles } from './card.styles.js';

export const opportunityCardStyles = [
  tokens,
  cardStyles,
  css`
    :host {
      display: block;
    }
  `,
];
