/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import { searchMessages } from '../../../packages/elements/src/search/search.messages.js';
import { $, apiBase, deepActiveElement, searchFixture, settledWhere, until } from '../search/helpers.js';

/** Presses Tab until `found` holds for the focused element; fails after `limit` presses. */
async function tabTo(found: (focused: Element | null) => boolean, limit = 120): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (found(focused)) return focused!;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

describe('<mitmachen-search> in Leichte Sprache: keyboard only', () => {
  it('searches and opens a result with the keyboard alone, in bigger type', async () => {
    await searchMessages.load('easy');
    const element = await searchFixture(
      html`<div lang="de" data-mitmachen-reading="easy"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`,
    );
    await until(() => $(element, 'label[for="q"]')?.textContent === searchMessages.easy.searchLabel);
    const plain = parseFloat(getComputedStyle(element.parentElement!).fontSize);
    expect(parseFloat(getComputedStyle(element).fontSize), 'bigger type than the page').to.be.greaterThan(plain);
    await tabTo((focused) => focused === $(element, '#q'));
    const done = settledWhere(element, (detail) => detail.state.q === 'garten');
    await sendKeys({ type: 'garten' });
    await sendKeys({ press: 'Enter' });
    const searched = await done;
    expect(searched.total).to.be.greaterThan(0);
    expect($(element, '#count')!.textContent.trim()).to.match(/^Wir haben \d+ Angebote? gefunden\.$/);
    const link = await tabTo((focused) => focused?.classList.contains('link') === true && focused.closest('.grid') !== null);
    const id = link.closest('li')!.dataset.id!;
    await sendKeys({ press: 'Enter' });
    await until(() => $(element, 'mitmachen-opportunity')?.getAttribute('opportunity-id') === id);
    await expect(element).to.be.accessible();
  });
});
