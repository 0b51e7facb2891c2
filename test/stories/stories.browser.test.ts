/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import * as card from '../../stories/mitmachen-opportunity-card.stories.js';
import * as detail from '../../stories/mitmachen-opportunity.stories.js';
import * as search from '../../stories/mitmachen-search.stories.js';
import { inStoryFrame, LANGS, THEMES, type Globals } from '../../stories/support/story.js';

/** waitUntil gives up after one second, too soon on a busy machine: wait as long as the test may. */
const patience = { timeout: 60_000 };

/*
 * Every story, in every theme and language, rendered as Storybook renders it (meta and story
 * args, the story's or the meta's render function, the preview's frame) and checked by axe.
 */

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;
type Render = NonNullable<AnyStory['render']>;

const files: Record<string, Record<string, unknown>> = { card, detail, search };

const TAGS = 'mitmachen-search, mitmachen-opportunity-card, mitmachen-opportunity';

/** Whether any element of the story shows a loading state (they all mark it `aria-busy`). */
function busy(frame: Element): boolean {
  return [...frame.querySelectorAll(TAGS)].some((element) => element.shadowRoot?.querySelector('[aria-busy="true"]') != null);
}

/**
 * Waits until the story shows what it is about: its loading state for `Loading` stories (their
 * client never answers), else the answer of its fixture client, error or data.
 */
async function settled(frame: Element, name: string): Promise<void> {
  const elements = [...frame.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(TAGS)];
  expect(elements.length, 'the story shows an element').to.be.greaterThan(0);
  await Promise.all(elements.map((element) => element.updateComplete));
  if (name === 'Loading') await waitUntil(() => busy(frame), 'the story shows its loading state', patience);
  else await waitUntil(() => !busy(frame), 'the story finishes loading', patience);
  await Promise.all(elements.map((element) => element.updateComplete));
}

function render(meta: AnyMeta, story: AnyStory, globals: Globals): unknown {
  const args = { ...meta.args, ...story.args };
  const fn = (story.render ?? meta.render) as Render;
  const context = { args, globals } as unknown as Parameters<Render>[1];
  return inStoryFrame(fn(args, context), globals);
}

for (const [file, module] of Object.entries(files)) {
  const meta = module['default'] as AnyMeta;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, AnyStory][];

  describe(`stories: ${String(meta.title)}`, function () {
    // Axe over fifty cards takes seconds on two cores; mocha's 2 s default is no measure of a story.
    // A story that hangs is still ended by web-test-runner's own limit for the file.
    this.timeout(0);

    it('has stories', () => {
      expect(stories.length, file).to.be.greaterThan(3);
    });

    for (const [name, story] of stories) {
      for (const theme of THEMES) {
        for (const lang of LANGS) {
          it(`${name} (${theme}, ${lang}) has no accessibility violations`, async () => {
            const frame = await fixture(html`<div>${render(meta, story, { theme, lang })}</div>`);
            await settled(frame, name);
            await expect(frame).to.be.accessible();
          });
        }
      }
    }
  });
}
