import { css } from 'lit';

/**
 * The filter lists, the place with its suggestions, the radius and the order: adopted when the
 * filter panel's chunk arrives (filter-panel-loader.ts), before the panel first renders, so the
 * style sheet the search parses in the task that defines and first renders it is smaller.
 */
export const panelStyles = css`
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.125em;
    height: 1.125em;
    margin: 0;
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
