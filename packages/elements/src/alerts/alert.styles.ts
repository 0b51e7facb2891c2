import { css } from 'lit';

/** Colours, radius and spacing come from the search's private tokens, which reach into this shadow root. */
export const alertStyles = css`
  :host {
    display: block;
    margin-block-start: var(--_space, 1rem);
  }
  [hidden] {
    display: none !important;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space, 1rem) / 2) var(--_space, 1rem);
    margin: 0;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent, #005ca9);
    border-radius: var(--_radius, 0.25rem);
    background: transparent;
    color: var(--_accent, #005ca9);
    cursor: pointer;
  }
  button[type='submit'] {
    background: var(--_accent, #005ca9);
    color: var(--_on-accent, #fff);
  }
  button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: var(--_focus-ring, 3px solid #005ca9);
    outline-offset: var(--_focus-offset, 2px);
  }
  a {
    color: var(--_link, inherit);
  }
  form {
    display: grid;
    gap: calc(var(--_space, 1rem) / 2);
    max-width: 32rem;
    margin-block-start: var(--_space, 1rem);
    padding: var(--_space, 1rem);
    border: 1px solid var(--_border, #767676);
    border-radius: var(--_radius, 0.25rem);
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    display: flex;
    gap: var(--_space, 1rem);
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset label {
    font-weight: normal;
  }
  input[type='email'] {
    box-sizing: border-box;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border, #767676);
    border-radius: var(--_radius, 0.25rem);
    background: transparent;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger, #b00020);
  }
  .hint,
  .error,
  .status {
    margin: 0;
  }
  .error {
    color: var(--_danger, #b00020);
    font-weight: 600;
  }
`;
