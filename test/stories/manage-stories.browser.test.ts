/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import * as stories from '../../stories/mitmachen-manage.stories.js';
import { inStoryFrame, LANGS, THEMES, type Globals } from '../../stories/support/story.js';

/*
 * The manage page's stories, in every theme and language, checked by axe once each has arrived
 * at its state (the story marks itself `data-story-ready`).
 */

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;
type Render = NonNullable<AnyStory['render']>;

const meta = stories.default as AnyMeta;
const all = Object.entries(stories).filter(([name]) => name !== 'default') as [string, AnyStory][];

describe(`stories: ${String(meta.title)}`, function () {
  this.timeout(0);

  it('has a story for every state', () => {
    expect(all.map(([name]) => name)).to.include.members([
      'Loading',
      'Published',
      'Paused',
      'Expired',
      'Filled',
      'Withdrawn',
      'Editing',
      'NoLink',
      'BadLink',
      'LoadFailed',
      'ActionFailed',
      'WithdrawQuestion',
    ]);
  });

  for (const [name, story] of all) {
    for (const theme of THEMES) {
      for (const lang of LANGS) {
        it(`${name} (${theme}, ${lang}) has no accessibility violations`, async () => {
          const globals: Globals = { theme, lang };
          const args = { ...meta.args, ...story.args };
          const render = (story.render ?? meta.render) as Render;
          const context = { args, globals } as unknown as Parameters<Render>[1];
          const frame = await fixture(html`<div>${inStoryFrame(render(args, context), globals)}</div>`);
          const element = frame.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mitmachen-manage')!;
          // No limit of its own: web-test-runner ends a file that hangs.
          while (element.dataset['storyReady'] === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
          await element.updateComplete;
          const form = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mitmachen-opportunity-form');
          if (form !== null) {
            while (form.shadowRoot?.querySelector('[aria-busy="true"]') !== null) await new Promise((resolve) => setTimeout(resolve, 20));
            await form.updateComplete;
          }
          await expect(frame).to.be.accessible();
        });
      }
    }
  }
});
