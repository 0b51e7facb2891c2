/// <reference types="mocha" />
import { expect, html, nextFrame } from '@open-wc/testing';
import { $, $$, apiBase, searchFixture, until } from './helpers.js';

/** What a screen reader hears first on each card: its place's hidden label ("Place: "). */
const cardLabels = (element: HTMLElement) =>
  $$(element as never, '.grid .facts .visually-hidden').map((label) => label.textContent.trim());

describe('<mitmachen-search>: English words loaded on an English page', () => {
  it('shows nothing German on an English page, and speaks English, its cards too, once its words are there', async () => {
    const page = document.createElement('div');
    page.lang = 'en';
    page.innerHTML = `<mitmachen-search api-base="${apiBase}"></mitmachen-search>`;
    document.body.append(page);
    try {
      const element = page.querySelector('mitmachen-search')!;
      // Every frame until the words are there: either hidden or English.
      while ($(element, 'label[for="q"]')?.textContent !== 'Search term') {
        const label = $(element, 'label[for="q"]')?.textContent;
        if (label !== undefined) expect(getComputedStyle(element).visibility, `"${label}" is not shown`).to.equal('hidden');
        await nextFrame();
      }
      expect(getComputedStyle(element).visibility).to.equal('visible');
      await until(() => cardLabels(element).length > 0);
      expect(cardLabels(element)).to.include('Place:').and.not.to.include('Ort:');
      // The live region too, also when the answer came before the words.
      expect($(element, '[role="status"]')!.textContent.trim()).to.match(/ found$/);
    } finally {
      page.remove();
    }
  });

  it('switches to English, cards included, when the page’s lang changes to en', async () => {
    const element = await searchFixture(html`<div lang="de"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`);
    expect(cardLabels(element)).to.include('Ort:');
    element.parentElement!.setAttribute('lang', 'en');
    await until(() => $(element, 'label[for="q"]')!.textContent === 'Search term');
    await element.updateComplete;
    expect(cardLabels(element)).to.include('Place:').and.not.to.include('Ort:');
    expect($(element, '#count')!.textContent).to.match(/opportunities found$/);
    expect($(element, '[role="status"]')!.textContent.trim()).to.match(/opportunities found$/);
  });
});
