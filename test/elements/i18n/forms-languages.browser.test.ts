/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Lang } from '../../../packages/elements/src/format/locale.js';
import { scheduleMessages } from '../../../packages/elements/src/format/schedule.messages.js';
import { formMessages } from '../../../packages/elements/src/forms/form.messages.js';
import { interestMessages } from '../../../packages/elements/src/interest-form/interest-form.messages.js';
import '../../../packages/elements/src/interest-form/define.js';
import { apiBaseMessages } from '../../../packages/elements/src/internal/api-base.js';
import type { Messages } from '../../../packages/elements/src/internal/localize.js';
import '../../../packages/elements/src/manage/define.js';
import type { MitmachenManage } from '../../../packages/elements/src/manage/manage.js';
import { manageMessages } from '../../../packages/elements/src/manage/manage.messages.js';
import '../../../packages/elements/src/offer-form/define.js';
import { offerMessages } from '../../../packages/elements/src/offer-form/offer-form.messages.js';
import { cardMessages } from '../../../packages/elements/src/opportunity-card/opportunity-card.messages.js';
import '../../../packages/elements/src/opportunity-form/define.js';
import { opportunityFormMessages } from '../../../packages/elements/src/opportunity-form/opportunity-form.messages.js';
import '../../../packages/elements/src/opportunity/define.js';
import type { MitmachenOpportunity } from '../../../packages/elements/src/opportunity/opportunity.js';
import { detailMessages } from '../../../packages/elements/src/opportunity/opportunity.messages.js';
import { apiBase, clearDrafts, ready, submitButton, until, type AnyForm } from '../forms/helpers.js';
import { postedListing, type Posted } from '../manage/helpers.js';
import { opportunityFixture } from '../opportunity/fixtures.js';
import { GERMAN_WORDS, germanOnly, germanShown, latinWords, shownTexts } from './leaks.js';

/** An element in a page of `lang` (Leichte Sprache: a German page that asks for easy reading). */
async function inPage<T extends HTMLElement>(lang: Lang, element: TemplateResult): Promise<T> {
  const wrapper =
    lang === 'easy'
      ? await fixture<HTMLDivElement>(html`<div lang="de" data-mitmachen-reading="easy">${element}</div>`)
      : await fixture<HTMLDivElement>(html`<div lang=${lang}>${element}</div>`);
  const found = wrapper.firstElementChild as T;
  await (found as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return found;
}

const shadow = (element: Element) => element.shadowRoot!;
const formCatalogues = [formMessages, apiBaseMessages];

/**
 * The element shows its language only: no German catalogue text, no German sentence from a
 * catalogue's function, and (in Cyrillic and Arabic) no Latin word but addresses and names.
 */
function expectOnly(lang: Lang, element: Element, catalogues: Messages<object>[]): void {
  const texts = shownTexts(element);
  expect(texts.length, 'the element shows text').to.be.greaterThan(5);
  expect(germanShown(texts, germanOnly(catalogues, lang)), 'German catalogue text').to.deep.equal([]);
  if (lang === 'en' || lang === 'tr') expect(texts.filter((text) => GERMAN_WORDS.test(text)), 'German words').to.deep.equal([]);
  if (lang === 'uk' || lang === 'ru' || lang === 'ar') expect(latinWords(texts), 'Latin words').to.deep.equal([]);
}

/** Arabic lays the element out right to left: its first heading or label starts at the right edge. */
function expectRightToLeft(element: Element, selector: string): void {
  expect(getComputedStyle(element).direction).to.equal('rtl');
  const box = element.getBoundingClientRect();
  const first = shadow(element).querySelector(selector)!;
  const range = document.createRange();
  range.selectNodeContents(first);
  const text = range.getBoundingClientRect();
  expect(text.right, `"${first.textContent?.trim()}" ends at the right edge`).to.be.greaterThan(box.left + box.width / 2);
  expect(text.left, `"${first.textContent?.trim()}" starts right of the left edge`).to.be.greaterThan(box.left);
}

/** Sends the empty form: every required field says what is missing, in the page's language. */
async function submitEmpty(form: AnyForm): Promise<void> {
  submitButton(form).click();
  await until(() => shadow(form).querySelector('.summary li') !== null);
  await form.updateComplete;
}

const LANGS = ['en', 'uk', 'ar', 'tr', 'ru', 'easy'] as const;

describe('the detail, the forms and the manage page in every interface language', function () {
  // Posting a listing for the manage page solves a proof of work; the busy machine sets the pace.
  this.timeout(0);
  let posted: Posted;
  let opportunityId: string;

  before(async () => {
    posted = await postedListing();
    opportunityId = (await createClient({ baseUrl: apiBase }).opportunities.search({ pageSize: 1 })).items[0]!.id;
  });
  beforeEach(clearDrafts);

  for (const lang of LANGS) {
    describe(lang, () => {
      it('<mitmachen-opportunity>: the detail and its contact form, nothing German but the listing, no axe violation', async () => {
        const view = await inPage<MitmachenOpportunity>(
          lang,
          html`<mitmachen-opportunity .opportunity=${opportunityFixture()} api-base=${apiBase} privacy-url="https://example.org/privacy"></mitmachen-opportunity>`,
        );
        await until(() => shadow(view).querySelector('.title') !== null);
        await view.updateComplete;
        const msg = detailMessages[lang];
        expect(shownTexts(view)).to.include.members([msg.description, msg.contactRequest]);
        shadow(view).querySelector<HTMLButtonElement>('[part~="contact-button"]')!.click();
        await until(() => shadow(view).querySelector('mitmachen-interest-form') !== null);
        const contact = await ready(shadow(view).querySelector<AnyForm>('mitmachen-interest-form')!);
        expect(shownTexts(contact)).to.include(interestMessages[lang].submit);
        expectOnly(lang, view, [detailMessages, scheduleMessages, cardMessages, interestMessages, ...formCatalogues]);
        await expect(view).to.be.accessible();
        if (lang === 'ar') expectRightToLeft(view, '.section > h3');
      });

      it('<mitmachen-interest-form>: labels, hints and the errors of an empty send, no axe violation', async () => {
        const form = await inPage<AnyForm>(
          lang,
          html`<mitmachen-interest-form opportunity-id=${opportunityId} api-base=${apiBase} privacy-url="https://example.org/privacy"></mitmachen-interest-form>`,
        );
        await ready(form);
        expect(submitButton(form).textContent.trim()).to.equal(interestMessages[lang].submit);
        await submitEmpty(form);
        expect(shownTexts(form)).to.include(formMessages[lang].summaryTitle);
        expectOnly(lang, form, [interestMessages, ...formCatalogues]);
        await expect(form).to.be.accessible();
        if (lang === 'ar') expectRightToLeft(form, 'label');
      });

      it('<mitmachen-opportunity-form>: every section, the errors of an empty send, no axe violation', async () => {
        const form = await inPage<AnyForm>(
          lang,
          html`<mitmachen-opportunity-form api-base=${apiBase} privacy-url="https://example.org/privacy"></mitmachen-opportunity-form>`,
        );
        await ready(form);
        expect(submitButton(form).textContent.trim()).to.equal(opportunityFormMessages[lang].submit);
        await submitEmpty(form);
        expect(shownTexts(form)).to.include.members([opportunityFormMessages[lang].organisation, formMessages[lang].summaryTitle]);
        expectOnly(lang, form, [opportunityFormMessages, ...formCatalogues]);
        await expect(form).to.be.accessible();
        if (lang === 'ar') expectRightToLeft(form, 'legend, h2, h3');
      });

      it('<mitmachen-offer-form>: every section, the errors of an empty send, no axe violation', async () => {
        const form = await inPage<AnyForm>(
          lang,
          html`<mitmachen-offer-form api-base=${apiBase} privacy-url="https://example.org/privacy"></mitmachen-offer-form>`,
        );
        await ready(form);
        expect(submitButton(form).textContent.trim()).to.equal(offerMessages[lang].submit);
        await submitEmpty(form);
        expect(shownTexts(form)).to.include.members([offerMessages[lang].about, formMessages[lang].summaryTitle]);
        expectOnly(lang, form, [offerMessages, ...formCatalogues]);
        await expect(form).to.be.accessible();
        if (lang === 'ar') expectRightToLeft(form, 'legend, h2, h3');
      });

      it('<mitmachen-manage>: the listing, its state, its count of contacts and its actions, no axe violation', async () => {
        const page = await inPage<MitmachenManage>(lang, html`<mitmachen-manage api-base=${apiBase} token=${posted.token}></mitmachen-manage>`);
        await until(() => shadow(page).querySelector('#listing-title') !== null);
        await page.updateComplete;
        const msg = manageMessages[lang];
        expect(shownTexts(page)).to.include.members([msg.title, msg.states.published!, msg.contactCount(0), msg.actions]);
        expect(shadow(page).querySelector('#listing-title bdi')?.textContent).to.equal(posted.title);
        expectOnly(lang, page, [manageMessages]);
        await expect(page).to.be.accessible();
        if (lang === 'ar') expectRightToLeft(page, 'h2');
      });
    });
  }
});
