import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';
import { cardStateStyles } from './card-state.styles.js';
import { cardStyles } from './card.styles.js';

export const opportunityCardStyles = [
  tokens,
  cardStyles,
  cardStateStyles,
  css`
    :host {
      display: block;
    }
  `,
];
