/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, html, oneEvent } from '@open-wc/testing';
import { $, $$, apiBase, checkbox, choose, controlledClient, facetCount, heading, paramsOf, searchFixture, settled, shownIds, totalIn, until } from './helpers.js';

const base = apiBase;

describe('<mitmachen-search>: searching', function () {

  it('is accessible with results shown', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    expect(shownIds(element)).to.have.length(12);
    await expect(element).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} theme="dark"></mitmachen-search>`);
    await expect(element).to.be.accessible();
  });

  it('shows how many were found, in the heading and the polite live region', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} page-size="5"></mitmachen-search>`);
    const total = totalIn(heading(element));
    expect(total).to.be.greaterThan(100);
    expect(heading(element)).to.match(/^[\d.]+ Angebote gefunden$/);
    const live = $(element, '[role="status"]')!;
    expect(live.textContent.trim()).to.equal(heading(element));
    expect(shownIds(element)).to.have.length(5);
  });

  it('searches typed text after a pause, once, not for every keystroke', async () => {
    const { client, searches } = controlledClient(base);
    const element = await searchFixture(html`<mitmachen-search .client=${client}></mitmachen-search>`);
    const before = searches.length;
    const all = totalIn(heading(element));
    $<HTMLInputElement>(element, '#q')!.focus();
    const done = settled(element);
    await sendKeys({ type: 'hund' });
    expect(searches.length, 'nothing is sent while typing').to.equal(before);
    const detail = await done;
    expect(searches.slice(before).map((request) => paramsOf(request).get('q'))).to.deep.equal(['hund']);
    expect(detail.state.q).to.equal('hund');
    expect(detail.total).to.be.greaterThan(0).and.lessThan(all);
    expect(totalIn(heading(element))).to.equal(detail.total);
  });

  it('searches at once on Enter', async () => {
    const controlled = controlledClient(base);
    const element = await searchFixture(html`<mitmachen-search .client=${controlled.client}></mitmachen-search>`);
    const before = controlled.searches.length;
    controlled.hold();
    $<HTMLInputElement>(element, '#q')!.focus();
    await sendKeys({ type: 'garten' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(controlled.searches.length, 'Enter sends without waiting for the pause').to.equal(before + 1);
    expect($(element, '.results')!.getAttribute('aria-busy')).to.equal('true');
    const done = settled(element);
    controlled.release();
    expect((await done).state.q).to.equal('garten');
    expect(controlled.searches.length, 'the pause after typing sends nothing more').to.equal(before + 1);
  });

  it('clears the text with the clear button and searches everything again', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    const all = totalIn(heading(element));
    $<HTMLInputElement>(element, '#q')!.focus();
    const searched = settled(element);
    await sendKeys({ type: 'hund' });
    await sendKeys({ press: 'Enter' });
    await searched;
    expect(totalIn(heading(element))).to.be.lessThan(all);
    const done = settled(element);
    $(element, '.clear')!.click();
    await done;
    expect($<HTMLInputElement>(element, '#q')!.value).to.equal('');
    expect(totalIn(heading(element))).to.equal(all);
    expect(element.shadowRoot!.activeElement).to.equal($(element, '#q'));
  });

  it('filters by a category: the total becomes the count the filter showed, and other counts follow', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    const expected = facetCount(element, 'Tätigkeitsfeld', 'Umwelt & Naturschutz');
    const familiesBefore = facetCount(element, 'Passt für', 'Familien');
    expect(expected).to.be.greaterThan(0);
    const detail = await choose(element, checkbox(element, 'Tätigkeitsfeld', 'Umwelt & Naturschutz'));
    expect(detail.state.categories).to.deep.equal(['umwelt-naturschutz']);
    expect(detail.total).to.equal(expected);
    expect(totalIn(heading(element))).to.equal(expected);
    expect(facetCount(element, 'Passt für', 'Familien')).to.be.lessThan(familiesBefore);
    // A list's own counts ignore its choice, so other categories stay choosable with their counts.
    expect(facetCount(element, 'Tätigkeitsfeld', 'Kultur')).to.be.greaterThan(0);
    for (const card of $$(element, '.grid .card')) {
      expect(card.querySelector('.card-categories')!.textContent).to.contain('Umwelt & Naturschutz');
    }
  });

  it('filters by target group, schedule and where', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    const all = totalIn(heading(element));
    await choose(element, checkbox(element, 'Passt für', 'Familien'));
    await choose(element, checkbox(element, 'Zeit', 'Regelmäßig'));
    const detail = await choose(element, checkbox(element, 'Wo', 'Online'));
    expect(detail.state).to.include.keys('suits', 'schedule', 'locationTypes');
    expect([detail.state.suits, detail.state.schedule, detail.state.locationTypes]).to.deep.equal([['families'], ['regular'], ['remote']]);
    expect(detail.total).to.be.lessThan(all);
  });

  it('shows chosen filters as chips that remove them, and resets all', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    const all = totalIn(heading(element));
    await choose(element, checkbox(element, 'Tätigkeitsfeld', 'Kultur'));
    const both = await choose(element, checkbox(element, 'Tätigkeitsfeld', 'Bildung'));
    const chips = $$(element, '.chip');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal(['Filter entfernen: Kultur', 'Filter entfernen: Bildung']);
    let done = settled(element);
    chips[0]!.click();
    const one = await done;
    expect(one.state.categories).to.deep.equal(['bildung']);
    expect(one.total).to.be.lessThan(both.total!);
    expect(checkbox(element, 'Tätigkeitsfeld', 'Kultur').checked).to.equal(false);
    expect(element.shadowRoot!.activeElement, 'focus moves to the chip now in its place').to.equal($$(element, '.chip')[0]);
    await choose(element, checkbox(element, 'Passt für', 'Gruppen'));
    expect($$(element, '.chip')).to.have.length(2);
    done = settled(element);
    $(element, '[part~="reset-button"]')!.click();
    const reset = await done;
    expect($$(element, '.chip')).to.have.length(0);
    expect(reset.total).to.equal(all);
  });

  it('pages through the results with "Seite 2 von N" and aria-current', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} page-size="5"></mitmachen-search>`);
    const total = totalIn(heading(element));
    const pages = Math.ceil(total / 5);
    const first = shownIds(element);
    expect($(element, '.page-of')!.textContent).to.equal(`Seite 1 von ${pages}`);
    const done = settled(element);
    $(element, '[aria-label="Nächste Seite"]')!.click();
    const detail = await done;
    expect(detail.state.page).to.equal(2);
    expect($(element, '.page-of')!.textContent).to.equal(`Seite 2 von ${pages}`);
    expect($(element, '[aria-current="page"]')!.textContent.trim()).to.equal('2');
    const second = shownIds(element);
    expect(second).to.have.length(5);
    expect(second.filter((id) => first.includes(id))).to.deep.equal([]);
    expect(element.shadowRoot!.activeElement, 'focus moves to the count above the new page').to.equal($(element, '#count'));
    const back = settled(element);
    $(element, '[aria-label="Seite 1"]')!.click();
    await back;
    expect(shownIds(element)).to.deep.equal(first);
  });

  it('speaks English on an English page, labels from the API included', async () => {
    const element = await searchFixture(html`<div lang="en"><mitmachen-search api-base=${base}></mitmachen-search></div>`);
    expect($(element, 'label[for="q"]')!.textContent).to.equal('Search term');
    expect(heading(element)).to.match(/^[\d,]+ opportunities found$/);
    expect(checkbox(element, 'Field of activity', 'Environment & nature').checked).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('changes language when the page’s lang changes', async () => {
    const element = await searchFixture(html`<div lang="de"><mitmachen-search api-base=${base}></mitmachen-search></div>`);
    element.parentElement!.setAttribute('lang', 'en');
    await until(() => $(element, 'label[for="q"]')!.textContent === 'Search term');
    expect(checkbox(element, 'Field of activity', 'Culture').checked).to.equal(false);
  });

  it('searches volunteers’ offers with kind="offers"', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base} kind="offers"></mitmachen-search>`);
    expect(heading(element)).to.match(/^[\d.]+ Hilfsangebote gefunden$/);
    expect($$(element, 'legend').map((legend) => legend.textContent)).to.deep.equal(['Tätigkeitsfeld', 'Alter']);
    const detail = await choose(element, checkbox(element, 'Alter', '65 und älter'));
    expect(detail.kind).to.equal('offers');
    expect(detail.state.ageGroups).to.deep.equal(['65-plus']);
    await expect(element).to.be.accessible();
    // Offers have no detail view: choosing one tells the page and opens the contact form to its author.
    const card = $(element, '.grid .link')!;
    setTimeout(() => card.click());
    const chosen = await oneEvent(element, 'mitmachen-select');
    expect(chosen.detail).to.deep.equal({ id: card.closest('li')!.dataset.id, kind: 'offer' });
    await element.updateComplete;
    expect($(element, 'mitmachen-opportunity')).to.equal(null);
    await until(() => $(element, 'mitmachen-interest-form') !== null);
    expect($(element, 'mitmachen-interest-form')!.getAttribute('offer-id')).to.equal(card.closest('li')!.dataset.id);
  });

  it('searches only within the site’s presets', async () => {
    const { client, searches } = controlledClient(base);
    const element = await searchFixture(
      html`<mitmachen-search .client=${client} region="dresden" categories="kultur bildung"></mitmachen-search>`,
    );
    const sent = paramsOf(searches.at(-1)!);
    expect(sent.getAll('region')).to.deep.equal(['dresden']);
    expect(sent.getAll('category')).to.deep.equal(['kultur', 'bildung']);
    const options = $$(element, 'fieldset').find((fieldset) => fieldset.querySelector('legend')!.textContent === 'Tätigkeitsfeld')!;
    const shown = () => [...options.querySelectorAll('label.option > span:first-of-type')].map((span) => span.textContent);
    // The names come with the taxonomy, which may answer after the search: until then the ids show.
    await until(() => shown()[0] !== 'kultur');
    expect(shown()).to.deep.equal([
      'Kultur',
      'Bildung',
    ]);
    for (const li of $$(element, '.grid .card .card-categories')) expect(li.textContent).to.match(/Kultur|Bildung/);
  });
});
