import { css } from 'lit';

/**
 * Why a card or detail has no data (not found, failed, not set up): only the standalone card and
 * the detail say so, both chunks of their own, so the search's first screen does not carry it.
 */
export const cardStateStyles = css`
  .notice {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .retry {
    display: block;
    margin-top: calc(var(--_space) / 2);
    padding: 0.25em 0.75em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
`;
