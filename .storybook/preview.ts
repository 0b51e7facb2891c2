/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { DEFAULT_GLOBALS, globalsOf, inStoryFrame, THEMES, TOOLBAR_LANGS } from '../stories/support/story.js';

/*
 * The manifest is generated (`cem analyze`, see custom-elements-manifest.config.mjs), and the
 * storybook scripts run that first. A glob rather than an import, so that type-checking and
 * linting a fresh checkout do not need the generated file.
 */
const manifests = import.meta.glob<unknown>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
for (const manifest of Object.values(manifests)) setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'The elements’ `theme` (their own colours and colour scheme)',
      toolbar: { title: 'Theme', icon: 'mirror', items: [...THEMES], dynamicTitle: true },
    },
    lang: {
      description: 'The `lang` around the elements',
      toolbar: { title: 'Language', icon: 'globe', items: [...TOOLBAR_LANGS], dynamicTitle: true },
    },
  },
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [(story, context) => inStoryFrame(story(), globalsOf(context))],
  parameters: {
    // Failing axe checks fail the story in the a11y panel rather than only listing them.
    a11y: { test: 'error' },
    backgrounds: { disable: true },
    layout: 'padded',
  },
};

export default preview;
