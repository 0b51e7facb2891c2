import { css } from 'lit';

/** The search's field and buttons; the filter panel brings its own (filter-panel.styles.ts). */
export const controlStyles = css`
  label,
  legend {
    padding: 0;
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='search'],
  input[type='text'],
  select {
    box-sizing: border-box;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  input[type='search']::-webkit-search-cancel-button {
    appearance: none;
    display: none;
  }
  .field-row {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .field-row input {
    flex: 1;
    min-width: 0;
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
    transition: background-color var(--_duration);
  }
  button.secondary,
  button.clear,
  .chip,
  .page {
    background: transparent;
    color: inherit;
  }
  button:disabled {
    cursor: default;
    border-color: var(--_border);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
