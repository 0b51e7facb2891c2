import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';

/** The forms' look: one column of labelled fields in sections, GOV.UK's error styling. */
export const formStyles = [
  tokens,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
    }
    .form,
    .section,
    .fields {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.25);
    }
    .section {
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .section-title {
      padding: 0 0.25em;
      font-size: 1.125em;
      font-weight: 700;
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: var(--_focus-offset);
    }
    p {
      margin: 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 4);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: none;
    }
    .field[data-invalid] {
      padding-inline-start: calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_danger);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .row > .field {
      flex: 1 1 12em;
    }
    /* A short field is as wide as its input, or as its message when that is longer. */
    .row > .field.short {
      flex: 0 1 auto;
      min-width: 9em;
    }
    label,
    legend {
      padding: 0;
      font-weight: 600;
    }
    .optional {
      font-weight: normal;
      color: var(--_muted);
    }
    .hint {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .error-message {
      color: var(--_danger);
      font-weight: 600;
    }
    input,
    select,
    textarea,
    button {
      font: inherit;
      color: inherit;
    }
    input:not([type='checkbox'], [type='radio']),
    select,
    textarea {
      box-sizing: border-box;
      width: 100%;
      max-width: 40em;
      min-height: 2.75em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: transparent;
    }
    select option {
      background: var(--mitmachen-color-background, Canvas);
      color: var(--mitmachen-color-text, CanvasText);
    }
    .short input {
      max-width: 9em;
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true']:not([type='checkbox'], [type='radio']) {
      border: 2px solid var(--_danger);
    }
    input[type='checkbox'],
    input[type='radio'] {
      accent-color: var(--_accent);
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin: 0.125em 0 0;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 3);
    }
    .inline .options {
      flex-direction: row;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 3) var(--_space);
    }
    .option {
      display: flex;
      align-items: flex-start;
      gap: 0.5em;
    }
    .option label {
      font-weight: normal;
      cursor: pointer;
    }
    .repeat {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      padding: calc(var(--_space) / 2) 0;
    }
    /* The detail's button look, written again on purpose: a module shared with the detail would
       tie the forms' chunk to the detail's (rollup puts shared code where it loads first). */
    .button {
      align-self: flex-start;
      min-height: 2.75em;
      padding: 0.5em 1em;
      border: 1px solid var(--_accent);
      border-radius: var(--_radius);
      background: transparent;
      color: var(--_accent);
      cursor: pointer;
    }
    .button.primary {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .button[aria-disabled='true'] {
      cursor: progress;
    }
    .actions {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    a {
      color: var(--mitmachen-color-link, var(--_accent));
    }

    .summary,
    .failure {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      padding: var(--_space);
      border: 4px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .summary:focus,
    .failure:focus {
      outline: var(--_focus-ring);
      outline-offset: var(--_focus-offset);
    }
    .summary ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .summary a {
      color: var(--_danger);
      font-weight: 600;
    }
    .confirmation,
    .restored {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
      padding: var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }
    .honeypot {
      position: absolute;
      inset-inline-start: -100vw;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    @media (forced-colors: active) {
      .button {
        border-color: ButtonText;
        color: ButtonText;
      }
      .button.primary {
        background: ButtonText;
        color: ButtonFace;
      }
    }
  `,
];
