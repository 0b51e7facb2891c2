import { css } from 'lit';

/**
 * The card's look, shared by the standalone element and the search's result list (which adopts
 * these in its own shadow root and renders many cards without a shadow root each). Expects the
 * private tokens of `internal/tokens.styles.ts` on the host.
 *
 * Each card is a size container: at 36em (of the card's text) and wider it puts the image
 * beside the text.
 */
export const cardStyles = css`
  .card {
    position: relative;
    container: card / inline-size;
    box-sizing: border-box;
    min-width: 0;
    height: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* German compounds ("Kinder- und Jugendhilfeeinrichtungsleitung") may break anywhere
       rather than push the card wider; hyphens follow each text's lang. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .card:hover {
    border-color: var(--_accent);
  }

  .card-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
  }
  .card:has(.image) {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
  }
  .image {
    display: block;
    width: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface);
  }
  @container card (min-width: 36em) {
    .card-body {
      padding-inline-start: calc(14em + var(--_space));
    }
    .image {
      position: absolute;
      inset: 0 auto 0 0;
      width: 14em;
      height: 100%;
      aspect-ratio: auto;
      border-radius: var(--_radius) 0 0 var(--_radius);
    }
  }

  .title {
    margin: 0;
    font-size: var(--mitmachen-card-title-size, 1.125em);
    line-height: 1.3;
  }
  .link {
    all: unset;
    color: var(--mitmachen-color-link, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The whole card answers to the title's link; it stays the only tab stop. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .link:focus-visible {
    outline: none;
  }
  /* The ring is the card's own: on the link's overlay the radius (in em) would follow the
     title's larger text. */
  .card:has(.link:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .organisation,
  .summary {
    margin: 0;
  }
  .organisation,
  .facts {
    color: var(--_muted);
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .facts,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facts {
    flex-direction: column;
  }
  .tags li {
    padding: 0.125em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .card-badges li {
    border-color: var(--_accent);
  }

  /* Placeholder while the data loads: the size of a card without image, so nothing jumps. */
  .skeleton span {
    display: block;
    height: 3.5em;
    border-radius: 0.25em;
    background: var(--_border);
    opacity: 0.3;
  }
  .skeleton span:first-child {
    height: 1.5em;
    width: 70%;
  }
`;
