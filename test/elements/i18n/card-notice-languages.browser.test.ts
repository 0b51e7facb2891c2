/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { Lang } from '../../../packages/elements/src/format/locale.js';
import { apiBaseMessages } from '../../../packages/elements/src/internal/api-base.js';
import '../../../packages/elements/src/opportunity-card/define.js';
import { until } from '../forms/helpers.js';
import { latinWords, shownTexts } from './leaks.js';

// A file of its own: nothing else on the page may have loaded the notice's words before the card.

async function cardIn(lang: Lang): Promise<HTMLElement> {
  const template = html`<mitmachen-opportunity-card opportunity-id="0b7f3c1e-52d4-4a8e-9c61-2f1a9d3e7b10"></mitmachen-opportunity-card>`;
  const wrapper =
    lang === 'easy'
      ? await fixture<HTMLDivElement>(html`<div lang="de" data-mitmachen-reading="easy">${template}</div>`)
      : await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  return wrapper.firstElementChild as HTMLElement;
}

describe('the standalone card without an API base', () => {
  for (const lang of ['uk', 'ar', 'tr', 'ru', 'easy', 'en'] as const) {
    it(`says in ${lang} that it is not set up yet, with no axe violation`, async () => {
      const original = console.error;
      console.error = () => undefined; // the card tells the web editor in the console too
      try {
        const card = await cardIn(lang);
        await until(() => card.shadowRoot!.querySelector('.notice') !== null);
        const notice = card.shadowRoot!.querySelector('.notice')!.textContent.trim();
        await apiBaseMessages.load(lang);
        expect(notice).to.equal(apiBaseMessages[lang].missingApiBase);
        if (lang === 'uk' || lang === 'ru' || lang === 'ar') expect(latinWords(shownTexts(card))).to.deep.equal([]);
        await expect(card).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  }
});
