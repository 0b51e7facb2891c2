/// <reference types="mocha" />
import { expect, html } from '@open-wc/testing';
import type { Lang } from '../../../packages/elements/src/format/locale.js';
import { cardMessages } from '../../../packages/elements/src/opportunity-card/opportunity-card.messages.js';
import { searchMessages } from '../../../packages/elements/src/search/search.messages.js';
import { $, $$, apiBase, searchFixture, until } from '../search/helpers.js';

const page = (lang: Lang) =>
  lang === 'easy'
    ? html`<div lang="de" data-mitmachen-reading="easy"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`
    : html`<div lang=${lang}><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`;

describe('<mitmachen-search> in every interface language', () => {
  for (const lang of ['en', 'uk', 'ar', 'tr', 'ru', 'easy'] as const) {
    it(`speaks ${lang}, its cards too, with nothing German left and no axe violation`, async () => {
      await searchMessages.load(lang);
      const msg = searchMessages[lang];
      const card = cardMessages[lang];
      const element = await searchFixture(page(lang));
      await until(() => $(element, 'label[for="q"]')?.textContent === msg.searchLabel);
      await until(() => $$(element, '.grid .facts .visually-hidden').length > 0);
      await element.updateComplete;
      const hidden = $$(element, '.grid .facts .visually-hidden').map((label) => label.textContent.trim());
      expect(hidden).to.include(`${card.place}:`);
      if (lang !== 'easy') expect(hidden, 'no German card label').not.to.include('Ort:');
      const count = $(element, '#count')!.textContent.trim();
      expect(count).not.to.match(/gefunden$/);
      expect($(element, 'button[type="submit"]')?.textContent?.trim() ?? msg.submit).to.equal(msg.submit);
      await expect(element).to.be.accessible();
    });
  }

  it('lays Arabic out right to left: the count and the first title on the right, a German title in its own direction', async () => {
    const element = await searchFixture(page('ar'));
    await until(() => $(element, 'label[for="q"]')?.textContent === searchMessages.ar.searchLabel);
    await until(() => $$(element, '.grid .link bdi').length > 0);
    await element.updateComplete;
    expect(getComputedStyle(element).direction).to.equal('rtl');
    const box = element.getBoundingClientRect();
    const middle = box.left + box.width / 2;
    const count = $(element, '#count')!;
    const range = document.createRange();
    range.selectNodeContents(count);
    const text = range.getBoundingClientRect();
    expect(text.left, 'the count starts on the right').to.be.greaterThan(middle);
    const title = $(element, '.grid .link bdi')!;
    expect(title.getBoundingClientRect().right, 'the first title ends at the right edge').to.be.greaterThan(middle);
    expect(title.matches(':dir(ltr)'), 'the German title keeps left to right').to.equal(true);
  });

  it('switches from German to Ukrainian and back without a reload', async () => {
    const element = await searchFixture(html`<div lang="de"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`);
    element.parentElement!.setAttribute('lang', 'uk');
    await until(() => $(element, 'label[for="q"]')?.textContent === searchMessages.uk.searchLabel);
    expect($(element, '#count')!.textContent).to.match(/^Знайдено: /);
    element.parentElement!.setAttribute('lang', 'de');
    await until(() => $(element, 'label[for="q"]')?.textContent === 'Suchbegriff');
  });
});
