/// <reference types="mocha" />
import { createClient } from '@mitmachen/sdk';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BATCH, CardBatches, FIRST_BATCH } from '../../../packages/elements/src/search/card-batches.js';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { $, $$, apiBase, searchFixture, shownIds, until } from './helpers.js';

/** The cards painted so far, and the placeholders holding the places of those still to come. */
const cards = (element: MitmachenSearch) => $$(element, '.grid:not([aria-hidden]) > li[data-id]');
const placeholders = (element: MitmachenSearch) => $$(element, '.grid:not([aria-hidden]) > li[aria-hidden="true"]');

/** The ids the API answers for a search, asked directly. */
async function idsFromApi(query: Parameters<ReturnType<typeof createClient>['opportunities']['search']>[0]): Promise<string[]> {
  const result = await createClient({ baseUrl: apiBase }).opportunities.search(query);
  return result.items.map((item) => item.id);
}

describe('<mitmachen-search>: a long page is painted in batches', function () {

  it('paints the first cards with the answer, holds card-sized places for the rest, then fills them in order', async () => {
    const expected = await idsFromApi({ pageSize: 50 });
    const element = await fixture<MitmachenSearch>(html`<mitmachen-search api-base=${apiBase} page-size="50"></mitmachen-search>`);
    await oneEvent(element, 'mitmachen-search');
    // The answer's own update, before any later batch had its task.
    await nextFrame();
    expect(cards(element).map((li) => li.dataset.id)).to.deep.equal(expected.slice(0, FIRST_BATCH));
    const places = placeholders(element);
    expect(places).to.have.length(50 - FIRST_BATCH);
    const minHeight = parseFloat(getComputedStyle(places[0]!).minHeight);
    for (const place of places) expect(place.getBoundingClientRect().height).to.be.at.least(minHeight);
    const firstTop = cards(element)[0]!.getBoundingClientRect().top;
    const listHeight = $(element, '.grid')!.getBoundingClientRect().height;

    await until(() => cards(element).length > FIRST_BATCH);
    expect(cards(element).length, 'one batch more').to.be.at.most(FIRST_BATCH + BATCH);

    await element.updateComplete;
    expect(shownIds(element), 'updateComplete waits for every batch').to.deep.equal(expected);
    expect(placeholders(element)).to.have.length(0);
    expect(cards(element)[0]!.getBoundingClientRect().top, 'the first card did not move').to.equal(firstTop);
    expect($(element, '.grid')!.getBoundingClientRect().height, 'the list did not shrink').to.be.at.least(listHeight);
    await expect(element).to.be.accessible();
  });
});

describe('<mitmachen-search>: updateComplete and batches', function () {

  it('resolves updateComplete, asked for when a search settles, only once that answer is painted in full', async () => {
    const element = await searchFixture(html`<mitmachen-search api-base=${apiBase} page-size="50"></mitmachen-search>`);
    const expected = await idsFromApi({ page: 2, pageSize: 50 });
    // Page 2 has the same total, so the heading and the live region do not change with it.
    const painted = new Promise<string[]>((resolve) => {
      element.addEventListener('mitmachen-search', () => void element.updateComplete.then(() => resolve(shownIds(element))), { once: true });
    });
    $(element, '[part~="paging"] button[aria-label="Nächste Seite"]')!.click();
    expect(await painted).to.deep.equal(expected);
  });
});

/** A bare host for the controller: renders `shown` of the list it was given, as the search does. */
class BatchHost extends LitElement {
  readonly batches = new CardBatches(this);
  list: { id: string }[] | undefined;
  /** What each update rendered. */
  readonly updates: string[][] = [];

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending = this.batches.pending; pending !== undefined; pending = this.batches.pending) {
      await pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override render() {
    const shown = this.batches.shown(this.list, this.list?.length ?? 0);
    return html`${this.list?.slice(0, shown).map((item) => html`<p data-id=${item.id}></p>`)}`;
  }

  protected override updated(): void {
    this.updates.push([...this.shadowRoot!.querySelectorAll('p')].map((p) => p.dataset.id!));
  }
}
customElements.define('test-batch-host', BatchHost);

const list = (name: string, length: number) => Array.from({ length }, (_, i) => ({ id: `${name}-${i}` }));

describe('CardBatches', () => {
  it('adds a batch per update, and starts over for a newer list that comes while batches are due', async () => {
    const host = await fixture<BatchHost>(html`<test-batch-host></test-batch-host>`);
    host.list = list('old', 40);
    host.requestUpdate();
    await until(() => host.updates.at(-1)!.length === FIRST_BATCH + BATCH);
    expect(host.batches.pending, 'batches are due').to.not.equal(undefined);
    const before = host.updates.length;

    const newer = list('new', 20);
    host.list = newer;
    host.requestUpdate();
    await host.updateComplete;
    const after = host.updates.slice(before);
    expect(after.map((ids) => ids.length)).to.deep.equal([FIRST_BATCH, FIRST_BATCH + BATCH, FIRST_BATCH + 2 * BATCH, 20]);
    for (const ids of after) expect(ids).to.deep.equal(newer.slice(0, ids.length).map((item) => item.id));
    expect(host.batches.pending).to.equal(undefined);
  });

  it('needs no batch for a list no longer than the first', async () => {
    const host = await fixture<BatchHost>(html`<test-batch-host></test-batch-host>`);
    host.list = list('short', FIRST_BATCH);
    host.requestUpdate();
    await host.updateComplete;
    expect(host.updates.at(-1)).to.have.length(FIRST_BATCH);
    expect(host.batches.pending).to.equal(undefined);
  });
});
