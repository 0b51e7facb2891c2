/// <reference types="mocha" />
import type { Offer, OfferSearchResult } from '@mitmachen/contract';
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../packages/elements/src/offer-form/define.js';
import type { MitmachenOfferForm } from '../../../packages/elements/src/offer-form/offer-form.js';
import { adminToken, apiBase, check, clearDrafts, errorOf, field, fill, marker, outcome, pendingWith, ready, root, submitButton } from '../forms/helpers.js';

async function offerForm(lang = 'de') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <mitmachen-offer-form api-base=${apiBase} privacy-url="/datenschutz"></mitmachen-offer-form>
  </div>`);
  return ready(wrapper.querySelector('mitmachen-offer-form')!);
}

async function fillValid(form: MitmachenOfferForm, tag: string): Promise<void> {
  await fill(form, 'displayName', 'Gartenfreundin');
  await fill(form, 'email', 'gartenfreundin@example.com');
  await fill(form, 'title', `Ich helfe beim Gärtnern ${tag}`);
  await fill(form, 'description', 'Ich habe samstags Zeit und einen grünen Daumen.');
  await check(form, 'categories', 'umwelt-naturschutz');
  await check(form, 'availability', 'regular');
  await fill(form, 'hoursPerWeek', '3');
  await check(form, 'days', 'sa');
  await fill(form, 'place', 'Freital');
  await check(form, 'consent');
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${apiBase}${path}`);
  expect(response.status, path).to.equal(200);
  return (await response.json()) as T;
}

describe('<mitmachen-offer-form>: a translation', function () {
  // Sending waits the minimum fill time and the proof of work: no fixed limit fits a busy machine.
  this.timeout(0);
  beforeEach(clearDrafts);

  it('asks for the texts once a language is chosen, names each language in itself, and passes axe', async () => {
    const form = await offerForm();
    expect(root(form).querySelector('#f-translatedTitle'), 'no text fields before a language is chosen').to.equal(null);
    const options = [...field<HTMLSelectElement>(form, 'translationLang').options].filter((option) => option.value !== '');
    expect(options.map((option) => option.value)).to.deep.equal(['en', 'uk', 'ar', 'tr', 'ru']);
    expect(options.find((option) => option.value === 'uk')!.lang).to.equal('uk');
    await fill(form, 'translationLang', 'uk');
    expect(root(form).querySelector('#f-translatedTitle')).not.to.equal(null);
    expect(root(form).querySelector('#f-translatedDescription')).not.to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('requires the whole translation, posts it; approved, the offer is found by a Ukrainian word and shown in Ukrainian to Ukrainian readers only', async () => {
    const tag = marker();
    const ukrainian = { title: `Допомагаю в саду по суботах ${tag}`, description: 'Маю вільний час щосуботи і дуже люблю працювати в саду.' };
    const form = await offerForm();
    await fillValid(form, tag);
    await fill(form, 'translationLang', 'uk');
    await fill(form, 'translatedTitle', ukrainian.title);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('summary');
    expect(errorOf(form, 'translatedDescription')).to.equal('Bitte füllen Sie „Beschreibung in der Übersetzung“ aus.');

    await fill(form, 'translatedDescription', ukrainian.description);
    submitButton(form).click();
    expect(await outcome(form)).to.equal('confirmation');
    const [pending] = await pendingWith(tag);
    expect((pending!.posting as { translations?: unknown }).translations).to.deep.equal({ uk: ukrainian });

    await createClient({ baseUrl: apiBase }).moderation({ token: adminToken }).approve('offer', pending!.id);
    const inUkrainian = await get<Offer>(`/offers/${pending!.id}?lang=uk`);
    expect(inUkrainian.title).to.equal(ukrainian.title);
    expect(inUkrainian.textLang).to.equal('uk');
    const inGerman = await get<Offer>(`/offers/${pending!.id}`);
    expect(inGerman.title).to.equal(`Ich helfe beim Gärtnern ${tag}`);
    const found = await get<OfferSearchResult>(`/offers?q=${encodeURIComponent('щосуботи')}&lang=uk`);
    expect(found.items.map((item) => item.id)).to.include(pending!.id);
  });
});
