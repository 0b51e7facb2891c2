/// <reference types="mocha" />
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { $, $$, apiBase, checkbox, controlledClient, heading, paramsOf, searchFixture, settled, shownIds, totalIn, until } from './helpers.js';

const base = apiBase;

/** Runs `body` with console.error recorded instead of printed. */
async function recordErrors<T>(body: () => Promise<T>): Promise<[T, unknown[][]]> {
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    return [await body(), errors];
  } finally {
    console.error = original;
  }
}

describe('<mitmachen-search>: loading, empty, error and stale answers', function () {

  it('while the first search loads, shows accessible placeholders in the space of a page of results', async () => {
    const controlled = controlledClient(base);
    controlled.hold();
    const element = await fixture<MitmachenSearch>(html`<mitmachen-search .client=${controlled.client} page-size="6"></mitmachen-search>`);
    await until(() => controlled.searches.length === 1);
    await element.updateComplete;
    const placeholders = $$(element, '.grid[aria-hidden="true"] > li');
    expect(placeholders).to.have.length(6);
    // Outlines where a phone's first screen shows them; the other places are empty items of the same height.
    expect(placeholders.map((li) => li.querySelector('.skeleton') !== null)).to.deep.equal([true, true, true, false, false, false]);
    const minHeight = parseFloat(getComputedStyle(placeholders[0]!).minHeight);
    expect(minHeight).to.be.greaterThan(0);
    for (const placeholder of placeholders) expect(placeholder.getBoundingClientRect().height).to.be.at.least(minHeight);
    expect(heading(element)).to.equal('Suche läuft …');
    expect($(element, '.results')!.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    const done = settled(element);
    controlled.release();
    await done;
    expect(shownIds(element)).to.have.length(6);
    expect($(element, '.results')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps the last results on screen while a newer search loads', async () => {
    const controlled = controlledClient(base);
    const element = await searchFixture(html`<mitmachen-search .client=${controlled.client}></mitmachen-search>`);
    const shown = shownIds(element);
    controlled.hold();
    checkbox(element, 'Tätigkeitsfeld', 'Kultur').click();
    await until(() => $(element, '.results')!.getAttribute('aria-busy') === 'true');
    expect(shownIds(element)).to.deep.equal(shown);
    expect($(element, '.progress')!.hidden).to.equal(false);
    await expect(element).to.be.accessible();
    const done = settled(element);
    controlled.release();
    await done;
  });

  it('when nothing is found, says so and offers to remove what narrows most', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    const all = totalIn(heading(element));
    $<HTMLInputElement>(element, '#q')!.focus();
    const searched = settled(element);
    await sendKeys({ type: 'xqzzyvv' });
    await sendKeys({ press: 'Enter' });
    const empty = await searched;
    expect(empty.total).to.equal(0);
    expect(heading(element)).to.equal('Keine Angebote gefunden');
    expect($(element, '[role="status"]')!.textContent).to.equal('Keine Angebote gefunden');
    expect($(element, '.empty p')!.textContent).to.contain('„xqzzyvv“');
    await expect(element).to.be.accessible();
    const done = settled(element);
    $(element, '[part~="suggestion-button"]')!.click();
    await done;
    expect(totalIn(heading(element))).to.equal(all);
  });

  it('names the filter to remove when a filter empties the list', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${base}></mitmachen-search>`);
    // A place far from Saxony with a small radius finds nothing; its removal is the suggestion.
    $(element, '.filters-toggle')!.click();
    await element.updateComplete;
    const done = settled(element);
    const input = $<HTMLInputElement>(element, '#place')!;
    input.focus();
    await sendKeys({ type: 'Flensburg' });
    await until(() => $$(element, '[role="option"]').length > 0);
    await sendKeys({ press: 'Enter' });
    const detail = await done;
    expect(detail.state.place?.name).to.equal('Flensburg');
    expect(detail.total).to.equal(0);
    expect($(element, '.empty p')!.textContent).to.contain('Flensburg');
    const back = settled(element);
    $(element, '[part~="suggestion-button"]')!.click();
    expect((await back).state.place).to.equal(undefined);
  });

  it('shows an error with a retry button, keeps the last good results, and recovers on retry', async () => {
    const controlled = controlledClient(base);
    const element = await searchFixture(html`<mitmachen-search .client=${controlled.client}></mitmachen-search>`);
    const good = shownIds(element);
    const errors: Error[] = [];
    element.addEventListener('mitmachen-error', (event) => errors.push(event.detail.error));
    controlled.failNext();
    let done = settled(element);
    checkbox(element, 'Tätigkeitsfeld', 'Kultur').click();
    const [failed] = await recordErrors(() => done);
    expect(failed.total).to.equal(undefined);
    const alert = $(element, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Die Suche hat nicht geklappt.').and.contain('nicht erreichbar');
    expect(shownIds(element), 'the last good results stay').to.deep.equal(good);
    expect(errors.map((error) => error.name)).to.deep.equal(['NetworkError']);
    await expect(element).to.be.accessible();
    done = settled(element);
    $(element, '[part~="retry-button"]')!.click();
    const recovered = await done;
    expect(paramsOf(controlled.searches.at(-1)!).getAll('category')).to.deep.equal(['kultur']);
    expect(recovered.total).to.be.greaterThan(0);
    expect($(element, '[role="alert"]')).to.equal(null);
    expect(shownIds(element)).not.to.deep.equal(good);
  });

  it('says clearly when the API cannot be reached, tells the console, and works once the api-base is fixed', async () => {
    const [element, errors] = await recordErrors(async () => {
      const search = await fixture<MitmachenSearch>(html`<mitmachen-search api-base="http://127.0.0.1:9/v1"></mitmachen-search>`);
      await settled(search);
      return search;
    });
    expect($(element, '[role="alert"]')!.textContent).to.contain('nicht erreichbar');
    expect(shownIds(element)).to.deep.equal([]);
    expect(errors.filter(([message]) => String(message).includes('could not reach'))).to.have.length(1);
    await expect(element).to.be.accessible();
    const done = settled(element);
    element.apiBase = base;
    const detail = await done;
    expect(detail.total).to.be.greaterThan(0);
    expect($(element, '[role="alert"]')).to.equal(null);
  });

  it('aborts an older search for a newer one and never shows the older answer', async () => {
    const controlled = controlledClient(base);
    controlled.hold();
    const element = await fixture<MitmachenSearch>(html`<mitmachen-search .client=${controlled.client}></mitmachen-search>`);
    await until(() => controlled.searches.length === 1);
    const older = controlled.searches[0]!;
    // The newer search goes through at once while the older one is still held.
    controlled.passThrough();
    const newer = settled(element);
    $<HTMLInputElement>(element, '#q')!.focus();
    await sendKeys({ type: 'hund' });
    await sendKeys({ press: 'Enter' });
    const detail = await newer;
    expect(older.signal.aborted, 'the older request was aborted').to.equal(true);
    expect(detail.state.q).to.equal('hund');
    const shown = shownIds(element);
    // Now the older answer (every opportunity) arrives: it must change nothing on screen.
    let latePaint = false;
    element.addEventListener('mitmachen-search', () => (latePaint = true));
    controlled.release();
    await controlled.drained();
    await element.updateComplete;
    expect(latePaint).to.equal(false);
    expect(totalIn(heading(element))).to.equal(detail.total);
    expect(shownIds(element)).to.deep.equal(shown);
  });
});
