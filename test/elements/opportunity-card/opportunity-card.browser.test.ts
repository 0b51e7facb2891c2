/// <reference types="mocha" />
import type { OpportunityListItem } from '@mitmachen/contract';
import { createClient } from '@mitmachen/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { apiBase } from '/__mitmachen__/api.js';
import { formatPlace } from '../../../packages/elements/src/format/place.js';
import { formatScheduleSummary } from '../../../packages/elements/src/format/schedule.js';
import '../../../packages/elements/src/opportunity-card/define.js';
import type { MitmachenOpportunityCard } from '../../../packages/elements/src/opportunity-card/opportunity-card.js';
import { listItemFixture } from '../opportunity/fixtures.js';

/** waitUntil gives up after one second, too soon on a busy machine: wait as long as the test may. */
const patience = { timeout: 60_000 };

const client = createClient({ baseUrl: apiBase });
/** Nothing listens on port 9 (discard) here: every request to it fails as a network error. */
const unreachable = 'http://127.0.0.1:9/v1';

function shadow(card: MitmachenOpportunityCard): ShadowRoot {
  return card.shadowRoot!;
}

/** The card's visible text, whitespace collapsed. */
function text(card: MitmachenOpportunityCard): string {
  return (shadow(card).textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function loaded(card: MitmachenOpportunityCard): Promise<void> {
  await waitUntil(() => shadow(card).querySelector('.link, .notice') !== null, 'the card settles', patience);
  await card.updateComplete;
}

describe('<mitmachen-opportunity-card>', () => {
  let real: OpportunityListItem;

  before(async () => {
    const result = await client.opportunities.search({ pageSize: 1 });
    real = result.items[0]!;
  });

  it('is accessible with data given', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${listItemFixture()}></mitmachen-opportunity-card>`,
    );
    await expect(card).to.be.accessible();
  });

  it('is accessible while loading, with a placeholder that keeps the card’s room', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity-card>`,
    );
    const status = shadow(card).querySelector('[role="status"][aria-busy="true"]');
    expect(status, 'a loading placeholder').not.to.equal(null);
    expect(status!.textContent).to.contain('Angebot wird geladen');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(60);
    await expect(card).to.be.accessible();
    await loaded(card);
  });

  it('fetches an opportunity by id and shows title, organisation, place and schedule in words', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card opportunity-id=${real.id} api-base=${apiBase}></mitmachen-opportunity-card>`,
    );
    await loaded(card);
    const shown = text(card);
    expect(shown).to.contain(real.title);
    expect(shown).to.contain(real.organisation.name);
    expect(shown).to.contain(formatPlace(real.location) ?? 'Online');
    expect(shown).to.contain(formatScheduleSummary(real.schedule, 'de', { maxDates: 3 }));
    await expect(card).to.be.accessible();
  });

  it('names the categories from the API’s taxonomy', async () => {
    const taxonomy = await client.taxonomy();
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${real} api-base=${apiBase}></mitmachen-opportunity-card>`,
    );
    const label = taxonomy.categories.find((term) => term.id === real.categories[0])!.label.de;
    await waitUntil(() => shadow(card).querySelector('.card-categories')?.textContent?.includes(label), 'category labels', patience);
  });

  it('says clearly when the opportunity does not exist', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card
        opportunity-id="00000000-0000-4000-8000-000000000000"
        api-base=${apiBase}
      ></mitmachen-opportunity-card>`,
    );
    await loaded(card);
    expect(text(card)).to.contain('gibt es nicht oder nicht mehr');
    expect(shadow(card).querySelector('.retry')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('shows a network error with a retry that loads the card once the network is back', async () => {
    let offline = true;
    const flaky = createClient({
      baseUrl: apiBase,
      retry: 0,
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const errored = new Promise<Event>((resolve) => document.addEventListener('mitmachen-error', resolve, { once: true }));
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card opportunity-id=${real.id} .client=${flaky}></mitmachen-opportunity-card>`,
    );
    await loaded(card);
    await errored;
    const alert = shadow(card).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('konnte nicht geladen werden');
    await expect(card).to.be.accessible();

    offline = false;
    shadow(card).querySelector<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => shadow(card).querySelector('.link') !== null, 'the card after retrying', patience);
    expect(text(card)).to.contain(real.title);
  });

  it('fails with a message when the API cannot be reached at all', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card
        opportunity-id=${real.id}
        .client=${createClient({ baseUrl: unreachable, retry: 0 })}
      ></mitmachen-opportunity-card>`,
    );
    await loaded(card);
    expect(shadow(card).querySelector('[role="alert"]')).not.to.equal(null);
  });

  it('fetches again, and shows only the newer answer, when the id changes', async () => {
    const [first, second] = (await client.opportunities.search({ pageSize: 2, page: 2 })).items;
    // The first answer is held back until the card gives up on it, so it can only come late.
    let firstAbandoned: Promise<void> | undefined;
    const holdingFirst: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (!request.url.includes(first!.id)) return fetch(request);
      firstAbandoned = new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      return firstAbandoned.then(() => fetch(request));
    };
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card
        opportunity-id=${first!.id}
        .client=${createClient({ baseUrl: apiBase, fetch: holdingFirst })}
      ></mitmachen-opportunity-card>`,
    );
    await waitUntil(() => firstAbandoned !== undefined, 'the first request', patience);
    card.opportunityId = second!.id;
    await firstAbandoned;
    await loaded(card);
    expect(text(card)).to.contain(second!.title);
    expect(text(card)).not.to.contain(first!.title);
  });

  it('is one tab stop whose link covers the whole card, and fires a cancelable mitmachen-select', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${listItemFixture()} href="#chosen"></mitmachen-opportunity-card>`,
    );
    const focusable = shadow(card).querySelectorAll('a, button, input, [tabindex]');
    expect(focusable.length).to.equal(1);
    const link = focusable[0] as HTMLAnchorElement;
    expect(link.closest('h3')).not.to.equal(null);
    expect(link.getAttribute('href')).to.equal('#chosen');

    card.focus();
    expect(shadow(card).activeElement).to.equal(link);

    // A click on the summary, far from the title, reaches the link through its overlay.
    const summary = shadow(card).querySelector('.summary')!.getBoundingClientRect();
    const hit = shadow(card).elementFromPoint(summary.left + 5, summary.top + 5);
    expect(hit).to.equal(link);

    card.addEventListener('mitmachen-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent<HTMLElementEventMap['mitmachen-select']>(document, 'mitmachen-select');
    const before = location.hash;
    link.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: listItemFixture().id, kind: 'opportunity' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(location.hash, 'cancelling the event kept the link from navigating').to.equal(before);
  });

  it('rings the whole card when its link has keyboard focus', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${listItemFixture()} href="#chosen"></mitmachen-opportunity-card>`,
    );
    const article = shadow(card).querySelector<HTMLElement>('.card')!;
    expect(getComputedStyle(article).outlineStyle).to.equal('none');
    await sendKeys({ press: 'Tab' });
    expect(shadow(card).activeElement).to.equal(shadow(card).querySelector('.link'));
    expect(getComputedStyle(article).outlineStyle).to.equal('solid');
    expect(getComputedStyle(article).outlineWidth).to.equal('2px');
  });

  it('uses a button when there is no href, at the heading level asked for', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${listItemFixture()} heading-level="2"></mitmachen-opportunity-card>`,
    );
    const button = shadow(card).querySelector('h2 > button.link');
    expect(button).not.to.equal(null);
    const selected = oneEvent<HTMLElementEventMap['mitmachen-select']>(card, 'mitmachen-select');
    (button as HTMLButtonElement).click();
    expect((await selected).detail.id).to.equal(listItemFixture().id);
  });

  it('shows badges and an image that loads lazily with its alt text', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card
        .opportunity=${listItemFixture({ location: { type: 'hybrid', region: 'dresden', place: 'Dresden' } })}
      ></mitmachen-opportunity-card>`,
    );
    const badges = [...shadow(card).querySelectorAll('.card-badges li')].map((li) => li.textContent);
    expect(badges).to.deep.equal(['Online möglich', 'Für junge Leute geeignet', 'Barrierefreier Ort']);
    const image = shadow(card).querySelector('img')!;
    expect(image.loading).to.equal('lazy');
    expect(image.alt).to.equal(listItemFixture().image!.alt);
  });

  it('does without an image', async () => {
    const card = await fixture<MitmachenOpportunityCard>(
      html`<mitmachen-opportunity-card .opportunity=${listItemFixture({ image: undefined })}></mitmachen-opportunity-card>`,
    );
    expect(shadow(card).querySelector('img')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('keeps very long compound words and organisation names inside a narrow card', async () => {
    const item = listItemFixture({
      title: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft sucht Hilfe',
      organisation: {
        id: 'lang',
        name: 'Gemeinnütziger Förderverein der Freiwilligenkoordinationsstellenvernetzungsinitiative Sächsische Schweiz-Osterzgebirge e. V.',
        type: 'verein',
      },
      summary: 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz trifft Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung.',
    });
    const card = await fixture<MitmachenOpportunityCard>(
      html`<div style="width: 16rem">
        <mitmachen-opportunity-card .opportunity=${item}></mitmachen-opportunity-card>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('mitmachen-opportunity-card')!);
    await card.updateComplete;
    // Visually hidden labels are clipped to a pixel on purpose.
    for (const element of [card, ...shadow(card).querySelectorAll<HTMLElement>('article, article :not(.visually-hidden)')]) {
      expect(element.scrollWidth, `${element.localName}.${element.className} overflows`).to.be.at.most(element.clientWidth || Infinity);
    }
    expect(card.getBoundingClientRect().width).to.be.at.most(16 * 16 + 0.5);
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <mitmachen-opportunity-card .opportunity=${listItemFixture()}></mitmachen-opportunity-card>
    </div>`);
    const card = wrapper.querySelector<MitmachenOpportunityCard>('mitmachen-opportunity-card')!;
    await card.updateComplete;
    expect(text(card)).to.contain('regular · 2 hrs/week');
    expect(text(card)).to.contain('3.4 km away');
    expect(text(card)).to.contain('Suits young people');
    await expect(card).to.be.accessible();
  });
});
