/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { inStoryFrame, LANGS, THEMES, type Globals } from '../../stories/support/story.js';

/*
 * The posting forms' stories, in every theme and language, checked by axe once each shows the
 * state it is named for (the stories type and send as a user would, so that takes a moment:
 * sending waits the forms' minimum fill time).
 */

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;
type Render = NonNullable<AnyStory['render']>;

/** What each story shows once it has arrived at its state. */
const SHOWN: Record<string, string> = {
  FieldErrors: '.error-message',
  ErrorSummary: '.summary',
  Sending: '[part~="submit-button"][aria-disabled="true"]',
  NetworkFailure: '.failure',
  Success: '.confirmation',
};

async function arrived(frame: Element, name: string, tag: string): Promise<void> {
  const form = frame.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag);
  expect(form, 'the story shows the form').not.to.equal(null);
  const root = () => form!.shadowRoot!;
  const expected = SHOWN[name];
  const done = () => {
    if (root().querySelector('[aria-busy="true"]') !== null) return false;
    if (name === 'Filled') return root().querySelector<HTMLInputElement>('#f-consent')?.checked === true;
    // A form that ended up sent or failed when the story meant otherwise ends the wait as well.
    return expected === undefined || root().querySelector(`${expected}, .confirmation, .failure`) !== null;
  };
  // No limit of its own: web-test-runner ends a file that hangs.
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
  await form!.updateComplete;
  if (expected !== undefined) expect(root().querySelector(expected), `the story shows ${expected}`).not.to.equal(null);
}

export function checkFormStories(module: Record<string, unknown>, tag: string): void {
  const meta = module['default'] as AnyMeta;
  const stories = Object.entries(module).filter(([name]) => name !== 'default') as [string, AnyStory][];

  describe(`stories: ${String(meta.title)}`, function () {
    this.timeout(0);

    it('has a story for every state', () => {
      expect(stories.map(([name]) => name)).to.include.members(['Empty', 'Filled', 'FieldErrors', 'ErrorSummary', 'Sending', 'NetworkFailure', 'Success']);
    });

    for (const [name, story] of stories) {
      for (const theme of THEMES) {
        for (const lang of LANGS) {
          it(`${name} (${theme}, ${lang}) has no accessibility violations`, async () => {
            const globals: Globals = { theme, lang };
            const args = { ...meta.args, ...story.args };
            const render = (story.render ?? meta.render) as Render;
            const context = { args, globals } as unknown as Parameters<Render>[1];
            const frame = await fixture(html`<div>${inStoryFrame(render(args, context), globals)}</div>`);
            await arrived(frame, name, tag);
            await expect(frame).to.be.accessible();
          });
        }
      }
    }
  });
}
