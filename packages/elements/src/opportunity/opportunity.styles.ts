import { css } from 'lit';
import { tokens } from '../internal/tokens.styles.js';
import { cardStateStyles } from '../opportunity-card/card-state.styles.js';
import { cardStyles } from '../opportunity-card/card.styles.js';

export const opportunityStyles = [
  tokens,
  // The loading placeholder and the notices look like the card's.
  cardStyles,
  cardStateStyles,
  css`
    :host {
      display: block;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .detail {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    .detail p,
    .detail ul,
    .detail dl,
    .detail dd {
      margin: 0;
    }
    .title {
      margin: 0;
      font-size: var(--mitmachen-detail-title-size, 1.5em);
      line-height: 1.25;
    }
    .title:focus {
      outline: none;
    }
    .title:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: var(--_focus-offset);
    }
    .organisation,
    .dates {
      color: var(--_muted);
    }
    .summary {
      font-size: 1.0625em;
    }
    /* "Besetzt": the word says it; the frame and weight make it stand out without colour. */
    .filled {
      display: inline-block;
      margin-block: 0.5em 0;
      padding: 0.125em 0.75em;
      border: 2px solid currentColor;
      border-radius: 999px;
      font-weight: 700;
    }
    .filled-notice {
      padding: 0.75em 1em;
      border-inline-start: 4px solid currentColor;
      background: var(--mitmachen-color-surface, transparent);
    }
    .image {
      display: block;
      width: 100%;
      max-height: 24em;
      aspect-ratio: 3 / 2;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    a {
      color: var(--mitmachen-color-link, var(--_accent));
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
      gap: calc(var(--_space) / 2) var(--_space);
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    dt {
      font-weight: 600;
    }
    /* The card's styles mute .facts; here the labels alone are muted, or they would be muted
       twice and fall below 4.5:1 contrast. */
    dl.facts {
      color: inherit;
    }
    .facts dt {
      font-size: 0.875em;
      color: var(--_muted);
    }

    .section {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .section-title {
      margin: 0;
      font-size: 1.125em;
    }
    .description {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .description p,
    .description ul,
    .description ol {
      margin: 0;
    }
    ul,
    ol {
      padding-inline-start: 1.25em;
    }
    .contact-person div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
    .contact-person dt:not(.visually-hidden)::after {
      content: ':';
    }

    .button {
      align-self: flex-start;
      font: inherit;
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
    .share {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .share-status input {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      padding: 0.25em 0.5em;
    }

    .skeleton {
      min-height: 20em;
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
