/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, html } from '@open-wc/testing';
import { adminToken } from '/__mitmachen__/api.js';
import { ProofOfWork } from '../../../packages/elements/src/forms/proof-of-work.js';
import { $$, apiBase, searchFixture, settled, until } from './helpers.js';

const client = createClient({ baseUrl: apiBase });
const turkish = {
  title: 'Kütüphanede masal okuma saati',
  summary: 'Haftada bir kez çocuklara kitap okuyun.',
  description: 'Yüksek sesle okumayı seven gönüllüler arıyoruz.',
};

/** Posts a listing with a Turkish translation through the real API and approves it. */
async function postTranslated(): Promise<string> {
  const altcha = await new ProofOfWork().solution(client);
  const { id } = await client.opportunities.create(
    {
      title: 'Märchenstunde in der Stadtteilbibliothek',
      summary: 'Lesen Sie Kindern einmal pro Woche Märchen vor.',
      description: 'Wir suchen Freiwillige, die gern vorlesen und Kinder begeistern.',
      organisation: { name: 'Stadtteilbibliothek Gorbitz', type: 'verein' },
      contact: { name: 'Emre Beispiel', email: 'emre@example.org', public: false },
      categories: ['kultur'],
      location: { type: 'onsite', address: { postalCode: '01169', city: 'Dresden' } },
      schedule: { type: 'flexible' },
      translations: { tr: turkish },
    },
    { altcha },
  );
  await client.moderation({ token: adminToken }).approve('opportunity', id);
  return id;
}

/** The filter, named in the page's language (Turkish in the first test, German in none). */
const ownLanguage = (element: HTMLElement) =>
  $$(element as never, 'label.option').find((label) => /Yalnızca benim dilimdeki ilanlar|Nur Angebote in meiner Sprache/.test(label.textContent ?? ''));

describe('<mitmachen-search>: listings in the page language', () => {
  before(async () => {
    await postTranslated();
  });

  it('shows a translated listing in the page language, and filters to listings in it', async () => {
    const element = await searchFixture(html`<div lang="tr"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`);
    await until(() => ownLanguage(element) !== undefined);
    const titles = () => $$(element, '.grid .link');
    const translated = titles().find((link) => link.textContent?.trim() === turkish.title);
    expect(translated, 'the newest listing, in Turkish').not.to.equal(undefined);
    expect(translated!.getAttribute('lang')).to.equal('tr');
    expect(titles().find((link) => link !== translated)?.getAttribute('lang')).to.equal('de');
    expect(ownLanguage(element)!.textContent).to.match(/\(1\)/);

    const box = ownLanguage(element)!.querySelector('input')!;
    const next = settled(element);
    box.click();
    const detail = await next;
    expect(detail.total).to.equal(1);
    expect(titles().map((link) => link.textContent?.trim())).to.deep.equal([turkish.title]);
    await expect(element).to.be.accessible();
  });

  it('has no such filter on a German page, where the listing is German', async () => {
    const element = await searchFixture(html`<div lang="de"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`);
    expect(ownLanguage(element)).to.equal(undefined);
    expect($$(element, '.grid .link').some((link) => link.textContent?.trim() === turkish.title)).to.equal(false);
  });
});
