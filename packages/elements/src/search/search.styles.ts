import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';
import { cardStyles } from '../opportunity-card/card.styles.js';
import { controlStyles } from './controls.styles.js';

/**
 * The search lays itself out by its own width (container queries), so it fits a narrow sidebar
 * and a wide page alike: below 52em the filters fold behind a button; above, they stand beside
 * the results. Cards fill as many columns as fit.
 */
const layout = css`
  :host {
    display: block;
    container: mitmachen-search / inline-size;
  }
  [hidden] {
    display: none !important;
  }
  .search,
  .main,
  .filters,
  .field,
  .detail {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .main {
    min-width: 0;
    container: mitmachen-results / inline-size;
  }
  .filters:not([data-open]) {
    display: none;
  }
  @container mitmachen-search (min-width: 52em) {
    .layout {
      grid-template-columns: minmax(14em, 18em) minmax(0, 1fr);
      align-items: start;
    }
    .filters-toggle {
      display: none;
    }
    .filters,
    .filters:not([data-open]) {
      display: flex;
    }
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Every card, and every placeholder, takes at least this height: loading does not move the page. */
  .grid > li {
    display: grid;
    min-height: var(--mitmachen-card-min-height, 13em);
    /* No content-visibility: auto here, though it would spare layout of cards out of view:
       accessibility checkers (axe) then read their colours against the page and report false
       contrast failures, which a town's BITV audit would flag. */
  }
  @container mitmachen-results (min-width: 60em) {
    .grid {
      gap: calc(var(--_space) * 1.25);
    }
  }
`;

const results = css`
  .chips,
  .chips ul,
  .paging ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    border-color: var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .count {
    margin: 0;
    font-size: 1.25em;
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .progress {
    height: 0.25em;
    border-radius: 0.125em;
    background: linear-gradient(90deg, transparent, var(--_accent), transparent) 0 0 / 50% 100% no-repeat var(--_surface);
  }
  @media (prefers-reduced-motion: no-preference) {
    .progress {
      animation: progress 1.2s linear infinite;
    }
  }
  @keyframes progress {
    from {
      background-position-x: -100%;
    }
    to {
      background-position-x: 200%;
    }
  }
  .empty,
  .error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    border-inline-start: 4px solid var(--_danger);
  }
  .empty p,
  .error p {
    margin: 0;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }
  .page-of {
    margin: 0;
  }
  .page {
    min-width: 2.75em;
    padding-inline: 0.5em;
    border-color: var(--_border);
  }
  .page[aria-current='page'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .detail {
    align-items: flex-start;
  }
  .detail mitmachen-opportunity,
  .detail mitmachen-interest-form {
    align-self: stretch;
  }
  .detail-title {
    margin: 0;
    font-size: 1.25em;
  }
  .detail-subject {
    margin: 0;
  }
  .notice {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

export const searchStyles = [tokens, cardStyles, layout, controlStyles, results];
