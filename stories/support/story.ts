import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

/*
 * What every story shares: the toolbar's globals (theme and language) and the wrapper that gives
 * a story its language. Storybook's preview and the accessibility test both use `inStoryFrame`, so
 * the test renders each story as Storybook shows it.
 */

export type Theme = 'light' | 'dark';
export type Lang = 'de' | 'en';

export interface Globals {
  theme: Theme;
  lang: Lang;
}

export const THEMES: readonly Theme[] = ['light', 'dark'];
export const LANGS: readonly Lang[] = ['de', 'en'];
export const DEFAULT_GLOBALS: Globals = { theme: 'light', lang: 'de' };

/** Reads the toolbar's globals, falling back to the defaults for anything unset. */
export function globalsOf(context: { globals?: Record<string, unknown> }): Globals {
  const theme = context.globals?.['theme'];
  const lang = context.globals?.['lang'];
  return {
    theme: theme === 'dark' ? 'dark' : DEFAULT_GLOBALS.theme,
    lang: lang === 'en' ? 'en' : DEFAULT_GLOBALS.lang,
  };
}

/**
 * The story in a block with the chosen `lang`, which the elements read from their nearest
 * ancestor, and the chosen theme's page colours (.storybook/preview-head.html) around them.
 */
export function inStoryFrame(story: unknown, { lang, theme }: Globals): TemplateResult {
  return html`<div lang=${lang} data-story-theme=${theme}>${story}</div>`;
}

export type { Meta, StoryObj };
