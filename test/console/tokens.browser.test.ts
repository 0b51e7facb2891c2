/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ApiToken } from '@mitmachen/contract';
import '../../packages/console/src/tokens/define.js';
import type { MitmachenConsoleTokens, TokensApi } from '../../packages/console/src/tokens/tokens.js';

/*
 * The API keys screen with its API given, to hold answers back: a list that arrives after a key
 * was created must not take the new key (and its revoke button) away. The screen against the
 * real server is in console.api.browser.test.ts.
 */

const older: ApiToken = {
  id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0101',
  name: 'Alter Schlüssel',
  agencyId: null,
  scope: 'moderate',
  prefix: 'mm_old',
  createdAt: '2026-11-30T10:00:00Z',
  createdBy: null,
  lastUsedAt: null,
  revokedAt: null,
};

const root = (element: MitmachenConsoleTokens) => element.shadowRoot!;
const revokeButton = (element: MitmachenConsoleTokens, name: string) => root(element).querySelector(`button[aria-label="Schlüssel „${name}“ widerrufen"]`);

describe('<mitmachen-console-tokens>', () => {
  it('keeps a key created while the list was still on its way, with its revoke button', async () => {
    let answerList: (list: { items: ApiToken[] }) => void = () => {};
    let listed: Promise<{ items: ApiToken[] }> | undefined;
    const api: TokensApi = {
      tokens: () => (listed = new Promise((resolve) => (answerList = resolve))),
      createToken: async (input) => ({ ...older, id: '5f0c3c1e-3d57-4d0a-9a52-1f0a7d7e0102', name: input.name, prefix: 'mm_new', token: 'mm_new_secret' }),
      revokeToken: async () => ({ ...older, revokedAt: '2026-12-06T10:00:00Z' }),
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><mitmachen-console-tokens .api=${api}></mitmachen-console-tokens></div>`);
    const element = wrapper.querySelector<MitmachenConsoleTokens>('mitmachen-console-tokens')!;
    await waitUntil(() => root(element).querySelector('#token-name'), 'the form shows');
    const name = root(element).querySelector<HTMLInputElement>('#token-name')!;
    name.value = 'Neuer Schlüssel';
    name.dispatchEvent(new Event('input'));
    root(element).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => root(element).querySelector<HTMLInputElement>('#secret')?.value === 'mm_new_secret', 'the secret is shown');
    expect(revokeButton(element, 'Neuer Schlüssel'), 'listed once created').not.to.equal(null);

    // The list asked for when the screen opened, from before the key was made.
    answerList({ items: [older] });
    // The screen awaited this answer first, so it has taken (or dropped) it once this await ends.
    await listed;
    await element.updateComplete;
    expect(revokeButton(element, 'Neuer Schlüssel'), 'still listed after the older answer').not.to.equal(null);
    await expect(element).to.be.accessible();
  });
});
