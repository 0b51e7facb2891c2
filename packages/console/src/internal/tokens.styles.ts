import { css } from 'lit';

/**
 * The tokens every console screen reads: the same `--mitmachen-*` names as the elements, so one
 * theme styles both. The screens use the private `--_*` names, which hold the page's value or the
 * default. The console is a page of its own, so it sets its own colours and follows the
 * operating system's light or dark scheme unless `theme` says otherwise.
 */
export const tokens = css`
  :host {
    font-family: var(--mitmachen-font-family, system-ui, sans-serif);
    font-size: var(--mitmachen-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    color-scheme: light dark;

    --_text: var(--mitmachen-color-text, light-dark(#1b1c1f, #e3e3e6));
    --_background: var(--mitmachen-color-background, light-dark(#ffffff, #131416));
    --_accent: var(--mitmachen-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--mitmachen-color-on-accent, light-dark(#ffffff, #062e6f));
    --_muted: var(--mitmachen-color-text-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--mitmachen-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_selected: var(--mitmachen-color-selected, color-mix(in srgb, var(--_accent) 14%, transparent));
    --_border: var(--mitmachen-color-border, color-mix(in srgb, currentColor 45%, transparent));
    --_danger: var(--mitmachen-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--mitmachen-color-success, light-dark(#146c2e, #6dd58c));
    --_radius: var(--mitmachen-radius, 0.5em);
    --_space: var(--mitmachen-space, 1em);
    --_focus-ring: var(--mitmachen-focus-ring, 2px solid var(--_accent));
    --_focus-offset: var(--mitmachen-focus-offset, 2px);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme]) {
    background: var(--_background);
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }
  .visually-hidden:not(:focus-within, :active) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_selected: Canvas;
      --_border: CanvasText;
      --_danger: CanvasText;
      --_success: CanvasText;
      --_focus-ring: 2px solid Highlight;
    }
  }
`;

/** Buttons, fields, field errors and notices as every screen draws them. */
export const controls = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    max-width: 100%;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }
  .hint {
    color: var(--_muted);
    margin: 0;
  }
  .error {
    color: var(--_danger);
    margin: 0;
    font-weight: 600;
  }
  .notice {
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.problem {
    border-color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h1 {
    font-size: 1.5em;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
`;
