import { css } from 'lit';

/** Fields, buttons, filter lists and the place suggestions of the search. */
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
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.125em;
    height: 1.125em;
    margin: 0;
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

  .group {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    border: none;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
    cursor: pointer;
  }
  .facet-count {
    color: var(--_muted);
  }

  .place {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    top: calc(100% - 1.25em);
    inset-inline: 0;
    max-height: 16em;
    overflow: auto;
    margin: 0;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--mitmachen-color-background, Canvas);
    color: var(--mitmachen-color-text, CanvasText);
    list-style: none;
  }
  [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [role='option'][aria-selected='true'] .hint {
    color: inherit;
  }
  .radius,
  .sort {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }
`;
