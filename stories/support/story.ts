import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';

/*
 * What every story shares: the toolbar's globals (theme and language) and the wrapper that gives
 * a story its language. Storybook's preview and the accessibility test both use `inStoryFrame`, so
 * the test renders each story as Storybook shows it.
 */

export type Theme = 'light' | 'dark';
/** The interface languages; `easy` is Leichte Sprache (a German page with `data-mitmachen-reading="easy"`). */
export type Lang = 'de' | 'en' | 'uk' | 'ar' | 'tr' | 'ru' | 'easy';

export interface Globals {
  theme: Theme;
  lang: Lang;
}

export const THEMES: readonly Theme[] = ['light', 'dark'];
/** The languages the story tests render every story in (each story's axe check runs per language). */
export const LANGS: readonly Lang[] = ['de', 'en'];
/** Every language in the toolbar; Arabic pages are right to left. */
export const TOOLBAR_LANGS: readonly Lang[] = ['de', 'en', 'uk', 'ar', 'tr', 'ru', 'easy'];
export const DEFAULT_GLOBALS: Globals = { theme: 'light', lang: 'de' };

/** Reads the toolbar's globals, falling back to the defaults for anything unset. */
export function globalsOf(context: { globals?: Record<string, unknown> }): Globals {
  const theme = context.globals?.['theme'];
  const lang = context.globals?.['lang'];
  return {
    theme: theme === 'dark' ? 'dark' : DEFAULT_GLOBALS.theme,
    lang: TOOLBAR_LANGS.includes(lang as Lang) ? (lang as Lang) : DEFAULT_GLOBALS.lang,
  };
}

/**
 * The story in a block with the chosen `lang`, which the elements read from their nearest
 * ancestor, and the chosen theme's page colours (.storybook/preview-head.html) around them.
 */
export function inStoryFrame(story: unknown, { lang, theme }: Globals): TemplateResult {
  if (lang === 'easy') return html`<div lang="de" data-mitmachen-reading="easy" data-story-theme=${theme}>${story}</div>`;
  return html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : nothing} data-story-theme=${theme}>${story}</div>`;
}

export type { Meta, StoryObj };
