/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { adminToken, apiBase } from '/__mitmachen__/api.js';
import { ProofOfWork } from '../../../packages/elements/src/forms/proof-of-work.js';
import '../../../packages/elements/src/opportunity-card/define.js';
import type { MitmachenOpportunityCard } from '../../../packages/elements/src/opportunity-card/opportunity-card.js';
import '../../../packages/elements/src/opportunity/define.js';
import type { MitmachenOpportunity } from '../../../packages/elements/src/opportunity/opportunity.js';

/** waitUntil gives up after one second, too soon on a busy machine: wait as long as the test may. */
const patience = { timeout: 60_000 };
const client = createClient({ baseUrl: apiBase });

const german = { title: 'Hausaufgabenhilfe im Stadtteiltreff', summary: 'Helfen Sie Schulkindern zweimal pro Woche bei den Hausaufgaben.' };
const ukrainian = {
  title: 'Допомога з домашніми завданнями',
  summary: 'Допомагайте школярам з домашніми завданнями двічі на тиждень.',
  description: 'Ми шукаємо людей, які терпляче пояснюють і люблять працювати з дітьми.',
};

/** Posts a listing with a Ukrainian translation through the real API and approves it. */
async function postTranslated(): Promise<string> {
  const altcha = await new ProofOfWork().solution(client);
  const { id } = await client.opportunities.create(
    {
      ...german,
      description: 'Wir suchen geduldige Menschen, die gern mit Kindern arbeiten und erklären.',
      organisation: { name: 'Stadtteiltreff Pieschen e. V.', type: 'verein' },
      contact: { name: 'Lena Beispiel', email: 'lena@example.org', public: false },
      categories: ['bildung'],
      location: { type: 'onsite', address: { street: 'Bürgerstraße 1', postalCode: '01127', city: 'Dresden' } },
      schedule: { type: 'regular', hoursPerWeek: 2 },
      translations: { uk: ukrainian },
    },
    { altcha },
  );
  await client.moderation({ token: adminToken }).approve('opportunity', id);
  return id;
}

function cardLink(card: MitmachenOpportunityCard): HTMLElement | null {
  return card.shadowRoot!.querySelector<HTMLElement>('.link');
}

describe('listings in the page language', () => {
  let id: string;

  before(async () => {
    id = await postTranslated();
  });
  afterEach(() => fixtureCleanup());

  it('shows the Ukrainian title marked lang="uk" on a Ukrainian page, and passes axe', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="uk">
      <mitmachen-opportunity-card api-base=${apiBase} opportunity-id=${id}></mitmachen-opportunity-card>
    </div>`);
    const card = page.querySelector<MitmachenOpportunityCard>('mitmachen-opportunity-card')!;
    await waitUntil(() => cardLink(card) !== null, 'the card shows its title', patience);
    const link = cardLink(card)!;
    expect(link.textContent?.trim()).to.equal(ukrainian.title);
    expect(link.getAttribute('lang')).to.equal('uk');
    expect(link.querySelector('bdi'), 'the title isolated from the page\'s direction').not.to.equal(null);
    expect(card.shadowRoot!.querySelector('.summary')?.getAttribute('lang')).to.equal('uk');
    await expect(card).to.be.accessible();
  });

  it('shows the German title on a German page', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <mitmachen-opportunity-card api-base=${apiBase} opportunity-id=${id}></mitmachen-opportunity-card>
    </div>`);
    const card = page.querySelector<MitmachenOpportunityCard>('mitmachen-opportunity-card')!;
    await waitUntil(() => cardLink(card) !== null, 'the card shows its title', patience);
    expect(cardLink(card)!.textContent?.trim()).to.equal(german.title);
    expect(cardLink(card)!.getAttribute('lang')).to.equal('de');
  });

  it('offers the German original in the detail, toggled by keyboard', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="uk">
      <mitmachen-opportunity api-base=${apiBase} opportunity-id=${id}></mitmachen-opportunity>
    </div>`);
    const view = page.querySelector<MitmachenOpportunity>('mitmachen-opportunity')!;
    const root = view.shadowRoot!;
    await waitUntil(() => root.querySelector('.title') !== null, 'the detail shows', patience);
    const title = () => root.querySelector('.title')!;
    expect(title().textContent?.trim()).to.equal(ukrainian.title);
    expect(title().getAttribute('lang')).to.equal('uk');
    expect(root.querySelector('div.description')?.getAttribute('lang')).to.equal('uk');
    await expect(view).to.be.accessible();

    const toggle = root.querySelector<HTMLButtonElement>('[part="original-toggle"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // Focus where the keys go, and stay there: the detail moves focus to its title once it has
    // loaded, which on a busy machine may come after this line.
    await waitUntil(() => (toggle.focus(), root.activeElement === toggle), 'the toggle has focus', patience);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title().textContent?.trim() === german.title, 'the German original shows', patience);
    expect(title().getAttribute('lang')).to.equal('de');
    expect(root.querySelector('.summary')?.textContent?.trim()).to.equal(german.summary);
    const pressed = root.querySelector<HTMLButtonElement>('[part="original-toggle"]')!;
    expect(pressed.getAttribute('aria-pressed')).to.equal('true');
    expect(root.activeElement).to.equal(pressed);

    await sendKeys({ press: 'Space' });
    await waitUntil(() => title().textContent?.trim() === ukrainian.title, 'the translation shows again', patience);
  });

  it('shows no toggle for a listing that is not translated', async () => {
    // The newest listing is the translated one this file posted.
    const first = (await client.opportunities.search({ pageSize: 2 })).items.find((item) => item.id !== id);
    const page = await fixture<HTMLElement>(html`<div lang="uk">
      <mitmachen-opportunity api-base=${apiBase} opportunity-id=${first!.id}></mitmachen-opportunity>
    </div>`);
    const view = page.querySelector<MitmachenOpportunity>('mitmachen-opportunity')!;
    await waitUntil(() => view.shadowRoot!.querySelector('.title') !== null, 'the detail shows', patience);
    expect(view.shadowRoot!.querySelector('.title')?.getAttribute('lang')).to.equal('de');
    expect(view.shadowRoot!.querySelector('[part="original-toggle"]')).to.equal(null);
  });
});
