/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import * as passkeys from '../../stories/console-passkeys.stories.js';
import * as lifecycle from '../../stories/console-lifecycle.stories.js';
import * as personalData from '../../stories/console-personal-data.stories.js';
import * as queue from '../../stories/console-queue.stories.js';
import * as screens from '../../stories/console-screens.stories.js';
import * as signIn from '../../stories/console-sign-in.stories.js';
import * as statistics from '../../stories/console-statistics.stories.js';
import * as templates from '../../stories/console-templates.stories.js';
import { inStoryFrame, LANGS, THEMES, type Globals } from '../../stories/support/story.js';

/*
 * Every console story, in every theme and language, rendered as Storybook renders it and
 * checked by axe (the elements' stories have their own test, stories.browser.test.ts).
 */

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;
type Render = NonNullable<AnyStory['render']>;

const files: Record<string, Record<string, unknown>> = { signIn, queue, screens, personalData, templates, statistics, passkeys, lifecycle };

function render(meta: AnyMeta, story: AnyStory, globals: Globals): unknown {
  const args = { ...meta.args, ...story.args };
  const fn = (story.render ?? meta.render) as Render;
  const context = { args, globals } as unknown as Parameters<Render>[1];
  return inStoryFrame(fn(args, context), globals);
}

/** Waits for the screens and, where an item is open, the posting as citizens see it. */
async function settled(frame: Element): Promise<void> {
  const screens = [...frame.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*')].filter((element) =>
    element.localName.startsWith('mitmachen-console'),
  );
  expect(screens.length, 'the story shows a console screen').to.be.greaterThan(0);
  await Promise.all(screens.map((element) => element.updateComplete));
  for (const screen of screens) {
    const detail = screen.shadowRoot?.querySelector('mitmachen-opportunity');
    if (detail) await waitUntil(() => detail.shadowRoot?.querySelector('.title'), 'the posting renders');
  }
}

for (const [file, module] of Object.entries(files)) {
  const meta = module['default'] as AnyMeta;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, AnyStory][];

  describe(`stories: ${String(meta.title)}`, function () {
    this.timeout(0);

    it('has stories', () => {
      expect(stories.length, file).to.be.greaterThan(3);
    });

    for (const [name, story] of stories) {
      for (const theme of THEMES) {
        for (const lang of LANGS) {
          it(`${name} (${theme}, ${lang}) has no accessibility violations`, async () => {
            const frame = await fixture(html`<div>${render(meta, story, { theme, lang })}</div>`);
            await settled(frame);
            await expect(frame).to.be.accessible();
          });
        }
      }
    }
  });
}
