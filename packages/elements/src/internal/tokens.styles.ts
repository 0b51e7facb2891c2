import { css } from 'lit';

/**
 * The design tokens every element reads. A page sets `--mitmachen-*` (on the element or any
 * ancestor); the element's own rules use the private `--_*` names, which hold the page's value
 * or the default. Defaults inherit the page's font, text colour and colour scheme; the accent
 * is the one colour of our own. `theme="light" | "dark" | "auto"` gives the element its own
 * scheme and background (auto follows the operating system).
 *
 * Font and text colour are left unset unless a token is given: a `var()` without fallback that
 * finds nothing makes the property inherit, which is what a page without tokens wants.
 *
 * Sizes follow the widget's own text, never the page's root: a theme with
 * `html { font-size: 62.5% }` (1rem = 10px, text still 16px) must not shrink the layout. So
 * lengths are in em (a custom property holding em resolves where it is used, so every rule that
 * reads a spacing token sits on an element at the host's font size), and strokes (focus ring,
 * accent borders) are in px like the 1px borders, so they do not thicken on large headings.
 */
export const tokens = css`
  :host {
    font-family: var(--mitmachen-font-family);
    font-size: var(--mitmachen-font-size);
    color: var(--mitmachen-color-text);

    --_accent: var(--mitmachen-color-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--mitmachen-color-on-accent, light-dark(#ffffff, #062e6f));
    --_muted: var(--mitmachen-color-text-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--mitmachen-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_border: var(--mitmachen-color-border, color-mix(in srgb, currentColor 45%, transparent));
    --_danger: var(--mitmachen-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--mitmachen-radius, 0.5em);
    --_space: var(--mitmachen-space, 1em);
    --_focus-ring: var(--mitmachen-focus-ring, 2px solid var(--_accent));
    --_focus-offset: var(--mitmachen-focus-offset, 2px);
    --_duration: var(--mitmachen-duration, 150ms);
    --_card-min-width: var(--mitmachen-card-min-width, 16em);
  }

  /*
   * Of what the page lets the host inherit, font family, size, colour and line height are meant
   * to come through. The other text settings a theme may put on \`*\` or \`body\` (even with
   * !important, which beats \`:host\` rules) would make the widget's text uppercase, centred,
   * bold or unwrapped: reset them on the shadow tree's top elements, where the page cannot reach.
   */
  :host > * {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
  }

  :host([theme]) {
    color: var(--mitmachen-color-text, light-dark(#1b1c1f, #e3e3e6));
    background: var(--mitmachen-color-background, light-dark(#ffffff, #131416));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
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

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  /* Windows high contrast: system colours only, and outlines that do not rely on colour. */
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_danger: CanvasText;
      --_focus-ring: 2px solid Highlight;
    }
  }
`;
