/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@mitmachen/sdk';
import type { MitmachenInterestForm } from '../../../packages/elements/src/interest-form/interest-form.js';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { clearDrafts, field, fillInterest, outcome, recordingClient, submitButton } from '../forms/helpers.js';
import { $, apiBase, deepActiveElement, searchFixture, until } from './helpers.js';

/** The contact form the search shows for a chosen offer, once its code has loaded and rendered. */
async function contactForm(element: MitmachenSearch): Promise<MitmachenInterestForm> {
  await until(() => $(element, 'mitmachen-interest-form')?.shadowRoot?.querySelector('#f-name') != null);
  const form = $<MitmachenInterestForm>(element, 'mitmachen-interest-form')!;
  // On an English page the form can be there before the search's and its own English words:
  // both wait hidden until then, and their updateComplete waits for the words.
  await element.updateComplete;
  await form.updateComplete;
  return $<MitmachenInterestForm>(element, 'mitmachen-interest-form')!;
}

describe('<mitmachen-search kind="offers">: choosing an offer opens the contact form to its author', function () {
  // Sending waits the form's minimum fill time and the proof-of-work: no fixed limit fits that.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('shows the form for that offer in place of the results, focus in its first field; Escape returns to the card', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${apiBase} kind="offers"></mitmachen-search>`);
    const card = $(element, '.grid > li:nth-child(2) .link')!;
    const id = card.closest('li')!.dataset.id!;
    const title = card.textContent.trim();
    card.focus();
    await sendKeys({ press: 'Enter' });
    const form = await contactForm(element);
    expect(form.getAttribute('offer-id')).to.equal(id);
    expect($(element, '.search')!.hidden, 'the results make room').to.equal(true);
    expect($(element, '[part~="detail-title"]')!.textContent.trim()).to.equal('Kontakt zu diesem Hilfsangebot');
    expect($(element, '.detail-subject')!.textContent).to.contain(title).and.to.contain('angeboten von');
    await until(() => deepActiveElement() === field(form, 'name'));
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => $(element, 'mitmachen-interest-form') === null);
    await element.updateComplete;
    expect($(element, '.search')!.hidden).to.equal(false);
    expect(deepActiveElement(), 'focus is back on the chosen card').to.equal($(element, `li[data-id="${id}"] .link`));
  });

  it('sends the message to the offer’s author through the server', async () => {
    const recording = recordingClient();
    const page = await fixture<HTMLElement>(html`<div data-mitmachen-privacy-url="/datenschutz">
      <mitmachen-search .client=${recording.client} kind="offers"></mitmachen-search>
    </div>`);
    const element = page.querySelector<MitmachenSearch>('mitmachen-search')!;
    await until(() => $(element, '.grid:not([aria-hidden]) .link') !== null);
    const card = $(element, '.grid .link')!;
    const id = card.closest('li')!.dataset.id!;
    card.click();
    const form = await contactForm(element);
    expect(form.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="privacy-link"]')!.href).to.equal(new URL('/datenschutz', location.href).href);
    await fillInterest(form);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    expect(recording.posts.map((post) => post.path)).to.deep.equal([`/v1/offers/${id}/interests`]);
    await expect(element).to.be.accessible();
  });

  it('lets the page handle a chosen offer itself by cancelling mitmachen-select', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${apiBase} kind="offers"></mitmachen-search>`);
    element.addEventListener('mitmachen-select', (event) => event.preventDefault());
    $(element, '.grid .link')!.click();
    await element.updateComplete;
    expect($(element, 'mitmachen-interest-form')).to.equal(null);
    expect($(element, '.search')!.hidden).to.equal(false);
  });

  describe('with sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
      history.pushState(null, '', `${location.pathname}?cms=1`);
    });
    afterEach(() => history.replaceState(null, '', original));

    it('gives the chosen offer a history entry and a link of its own; Back returns to the card', async () => {
      const element = await searchFixture(html`<mitmachen-search api-base=${apiBase} kind="offers" sync-url></mitmachen-search>`);
      const card = $<HTMLAnchorElement>(element, '.grid > li:nth-child(3) .link')!;
      const id = card.closest('li')!.dataset.id!;
      expect(card.getAttribute('href'), 'a link that opens in a new tab too').to.equal(`${location.pathname}?cms=1&angebot=${id}`);
      const length = history.length;
      card.click();
      const form = await contactForm(element);
      expect(location.search).to.equal(`?cms=1&angebot=${id}`);
      expect(history.length).to.equal(length + 1);
      await until(() => deepActiveElement() === field(form, 'name'));

      history.back();
      await until(() => $(element, 'mitmachen-interest-form') === null);
      await element.updateComplete;
      expect(location.search).to.equal('?cms=1');
      expect(deepActiveElement()).to.equal($(element, `li[data-id="${id}"] .link`));
    });

    it('opens the form from a deep link without taking focus, in English on an English page', async () => {
      const offer = (await createClient({ baseUrl: apiBase }).offers.search({ pageSize: 1 })).items[0]!;
      history.replaceState(null, '', `${location.pathname}?cms=1&angebot=${offer.id}`);
      const page = await fixture<HTMLElement>(html`<div lang="en">
        <mitmachen-search api-base=${apiBase} kind="offers" sync-url></mitmachen-search>
      </div>`);
      const element = page.querySelector<MitmachenSearch>('mitmachen-search')!;
      const form = await contactForm(element);
      expect(form.getAttribute('offer-id')).to.equal(offer.id);
      expect($(element, '[part~="detail-title"]')!.textContent.trim()).to.equal('Get in touch about this offer');
      // The offer is on the first page of results, so its title and author are named.
      await until(() => $(element, '.detail-subject') !== null);
      expect($(element, '.detail-subject')!.textContent).to.contain(offer.title).and.to.contain(`offered by ${offer.displayName}`);
      expect(field(form, 'name').labels![0]!.textContent).to.contain('Your name');
      expect(element.shadowRoot!.activeElement, 'a page that just loaded keeps its focus').to.equal(null);
      await expect(element).to.be.accessible();

      $(element, '[part~="back-button"]')!.click();
      await until(() => $(element, '.grid:not([aria-hidden])') !== null);
      expect(location.search).to.equal('?cms=1');
    });
  });
});
