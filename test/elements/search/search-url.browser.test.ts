/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@mitmachen/sdk';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { $, apiBase, checkbox, choose, deepActiveElement, firstSettled, searchFixture, settled, shownIds, until } from './helpers.js';

const base = apiBase;
/** The test page's own parameters, which the element must leave exactly as they are. */
const HOST_PARAMS = 'cms=1&tx_news%5Bid%5D=7';

/** Moves the page through history and waits for the search that Back or Forward causes. */
async function travel(element: MitmachenSearch, step: -1 | 1) {
  const done = settled(element);
  history.go(step);
  return done;
}

describe('<mitmachen-search sync-url>: the search in the page URL', function () {
  let original: string;
  let start: string;

  beforeEach(() => {
    original = location.href;
    start = `${location.pathname}${location.search}${location.search === '' ? '?' : '&'}${HOST_PARAMS}`;
    // A fresh entry drops any Forward entries an earlier test left, so history.length counts from here.
    history.pushState(null, '', start);
  });
  afterEach(() => history.replaceState(null, '', original));

  it('writes the state readably and leaves the page’s own parameters alone', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} sync-url page-size="5"></mitmachen-search>`);
    expect(location.search, 'the first search writes nothing').to.equal(new URL(start, location.href).search);
    await choose(element, checkbox(element, 'Tätigkeitsfeld', 'Kultur'));
    await choose(element, checkbox(element, 'Zeit', 'Regelmäßig'));
    const paged = settled(element);
    $(element, '[aria-label="Nächste Seite"]')!.click();
    await paged;
    expect(location.search).to.equal(`${new URL(start, location.href).search}&kategorie=kultur&zeit=regular&seite=2`);
    await expect(element).to.be.accessible();
  });

  it('restores the search from the URL, as after a reload', async () => {
    const first = await searchFixture(html`<mitmachen-search api-base=${base} sync-url page-size="5"></mitmachen-search>`);
    await choose(first, checkbox(first, 'Tätigkeitsfeld', 'Bildung'));
    const paged = settled(first);
    $(first, '[aria-label="Nächste Seite"]')!.click();
    const before = await paged;
    const ids = shownIds(first);
    first.remove();
    const reloaded = await searchFixture(html`<mitmachen-search api-base=${base} sync-url page-size="5"></mitmachen-search>`);
    expect(reloaded.state).to.deep.equal(before.state);
    expect(checkbox(reloaded, 'Tätigkeitsfeld', 'Bildung').checked).to.equal(true);
    expect($(reloaded, '[aria-current="page"]')!.textContent.trim()).to.equal('2');
    expect(shownIds(reloaded)).to.deep.equal(ids);
  });

  it('moves through searches with Back and Forward, without adding history entries', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} sync-url page-size="5"></mitmachen-search>`);
    const a = shownIds(element);
    await choose(element, checkbox(element, 'Tätigkeitsfeld', 'Sport & Bewegung'));
    const b = shownIds(element);
    const paged = settled(element);
    $(element, '[aria-label="Nächste Seite"]')!.click();
    await paged;
    const length = history.length;

    const toB = await travel(element, -1);
    expect(toB.state.page).to.equal(1);
    expect(toB.state.categories).to.deep.equal(['sport-bewegung']);
    expect(shownIds(element)).to.deep.equal(b);
    expect(checkbox(element, 'Tätigkeitsfeld', 'Sport & Bewegung').checked).to.equal(true);

    const toA = await travel(element, -1);
    expect(toA.state.categories).to.deep.equal([]);
    expect(shownIds(element)).to.deep.equal(a);
    expect(location.search).to.equal(new URL(start, location.href).search);

    const forward = await travel(element, 1);
    expect(forward.state.categories).to.deep.equal(['sport-bewegung']);
    expect(shownIds(element)).to.deep.equal(b);
    expect(history.length, 'Back and Forward write nothing').to.equal(length);
  });

  it('keeps two searches on one page apart with url-prefix; Back, Forward and reload restore both', async () => {
    const twoSearches = () =>
      fixture<HTMLElement>(html`<div>
        <mitmachen-search api-base=${base} sync-url url-prefix="a-" label="Engagement" page-size="5"></mitmachen-search>
        <mitmachen-search api-base=${base} sync-url url-prefix="b-" label="Hilfsangebote" kind="offers" page-size="5"></mitmachen-search>
      </div>`);
    const ready = async (page: HTMLElement) => {
      const [a, b] = [...page.querySelectorAll<MitmachenSearch>('mitmachen-search')] as [MitmachenSearch, MitmachenSearch];
      await Promise.all([firstSettled(a), firstSettled(b)]);
      await until(() => [a, b].every((search) => $(search, 'label.option span')?.textContent?.trim() !== 'kinder-jugend'));
      return [a, b] as const;
    };
    const [a, b] = await ready(await twoSearches());
    const host = new URL(start, location.href).search;
    await choose(a, checkbox(a, 'Tätigkeitsfeld', 'Kultur'));
    await choose(b, checkbox(b, 'Alter', '65 und älter'));
    expect(location.search).to.equal(`${host}&a-kategorie=kultur&b-alter=65-plus`);
    const [aIds, bIds] = [shownIds(a), shownIds(b)];
    const length = history.length;

    const bBack = await travel(b, -1);
    expect(bBack.state.ageGroups).to.deep.equal([]);
    expect(a.state.categories, 'Back undid only the other search').to.deep.equal(['kultur']);
    expect(checkbox(a, 'Tätigkeitsfeld', 'Kultur').checked).to.equal(true);
    expect(location.search).to.equal(`${host}&a-kategorie=kultur`);
    const aBack = await travel(a, -1);
    expect(aBack.state.categories).to.deep.equal([]);
    expect(location.search).to.equal(host);

    await travel(a, 1);
    await travel(b, 1);
    expect([a.state.categories, b.state.ageGroups]).to.deep.equal([['kultur'], ['65-plus']]);
    expect([shownIds(a), shownIds(b)]).to.deep.equal([aIds, bIds]);
    expect(history.length, 'Back and Forward write nothing').to.equal(length);

    a.parentElement!.remove();
    const [aReloaded, bReloaded] = await ready(await twoSearches());
    expect([aReloaded.state.categories, bReloaded.state.ageGroups]).to.deep.equal([['kultur'], ['65-plus']]);
    expect([shownIds(aReloaded), shownIds(bReloaded)]).to.deep.equal([aIds, bIds]);
    // Their labels tell the two search forms and paging navs apart (axe's landmark-unique).
    expect($(aReloaded, 'form[role="search"]')?.getAttribute('aria-label')).to.equal('Suchbegriff – Engagement');
    await expect(aReloaded.parentElement!).to.be.accessible();
  });

  it('adds nothing to the history while the user types, and one entry once the typing pauses', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} sync-url></mitmachen-search>`);
    const length = history.length;
    $<HTMLInputElement>(element, '#q')!.focus();
    await sendKeys({ type: 'gar' });
    expect(history.length).to.equal(length);
    expect(location.search).not.to.contain('q=');
    await until(() => location.search.endsWith('&q=gar'));
    expect(history.length).to.equal(length + 1);
    await sendKeys({ type: 'ten' });
    await until(() => location.search.endsWith('&q=garten'));
    expect(history.length, 'typing on replaces the entry of this typing').to.equal(length + 1);
    const back = await travel(element, -1);
    expect(back.state.q).to.equal('');
    expect($<HTMLInputElement>(element, '#q')!.value).to.equal('');
  });

  it('opens a result in its own history entry; Back returns to the results at the same place, focus on the card', async () => {
    const page = await fixture(html`<div>
      <div style="height: 120vh"></div>
      <mitmachen-search api-base=${base} sync-url page-size="6"></mitmachen-search>
    </div>`);
    const element = page.querySelector<MitmachenSearch>('mitmachen-search')!;
    await firstSettled(element);
    const card = $(element, '.grid > li:nth-child(5) .link')!;
    const id = card.closest('li')!.dataset.id!;
    card.scrollIntoView({ block: 'center' });
    const scrolled = window.scrollY;
    expect(scrolled).to.be.greaterThan(0);
    expect(card.getAttribute('href')).to.contain(`angebot=${id}`);
    card.click();
    await element.updateComplete;
    expect(location.search).to.contain(`angebot=${id}`);
    const detail = $(element, 'mitmachen-opportunity')!;
    expect(detail.getAttribute('opportunity-id')).to.equal(id);
    expect($(element, '.search')!.hidden).to.equal(true);
    await until(() => detail.shadowRoot?.querySelector('[part~="title"]') != null && deepActiveElement()?.closest('[part~="title"]') != null);

    history.back();
    await until(() => $(element, 'mitmachen-opportunity') === null);
    await element.updateComplete;
    expect(location.search).not.to.contain('angebot=');
    expect(deepActiveElement()).to.equal($(element, `li[data-id="${id}"] .link`));
    expect(window.scrollY).to.equal(scrolled);
  });

  it('lets the page handle a chosen result itself by cancelling mitmachen-select', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} sync-url></mitmachen-search>`);
    const chosen: string[] = [];
    element.addEventListener('mitmachen-select', (event) => {
      chosen.push(event.detail.id);
      event.preventDefault();
    });
    const card = $(element, '.grid .link')!;
    card.click();
    await element.updateComplete;
    expect(chosen).to.deep.equal([card.closest('li')!.dataset.id]);
    expect($(element, 'mitmachen-opportunity')).to.equal(null);
    expect(location.search).not.to.contain('angebot=');
  });

  it('opens the detail from a deep link (?angebot=…); its back button shows the results', async () => {
    const { items } = await createClient({ baseUrl: base }).opportunities.search({ q: 'garten', pageSize: 1 });
    const opportunity = items[0]!;
    history.replaceState(null, '', `${start}&angebot=${opportunity.id}`);
    const length = history.length;
    const element = await fixture<MitmachenSearch>(html`<mitmachen-search api-base=${base} sync-url></mitmachen-search>`);
    const detail = $(element, 'mitmachen-opportunity')!;
    await until(() => detail.shadowRoot?.querySelector('[part~="title"]') != null);
    expect(detail.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain(opportunity.title);
    // Search engines read structured data from the page's light DOM, never from a shadow root.
    const structured = [...element.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
    expect(structured.map((script) => (JSON.parse(script.text) as { title: string }).title)).to.deep.equal([opportunity.title]);
    expect(element.shadowRoot!.querySelector('script[type="application/ld+json"]')).to.equal(null);
    await expect(element).to.be.accessible();
    $(element, '[part~="back-button"]')!.click();
    await until(() => $(element, '.grid:not([aria-hidden])') !== null);
    expect(location.search).to.equal(new URL(start, location.href).search);
    expect(history.length, 'closing a deep-linked detail replaces its entry').to.equal(length);
    expect(element.querySelector('script[type="application/ld+json"]'), 'the structured data leaves with the detail').to.equal(null);
  });
});
