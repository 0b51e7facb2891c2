import { css } from 'lit';

/** The detail's and the forms' buttons: outlined in the accent colour, `.primary` filled with it. */
export const buttonStyles = css`
  .button {
    align-self: flex-start;
    font: inherit;
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
`;
