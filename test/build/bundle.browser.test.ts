/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SearchEventDetail } from '../../packages/elements/src/internal/events.js';
import { apiBase, isCardChunk, isDetailChunk, loadBundle, loadedScripts } from './bundle.js';

describe('the script-tag bundle (dist/cdn/mitmachen.js)', function () {

  before(loadBundle);

  it('registers the search (in a task after the one that ran the bundle), without loading the detail or the standalone card', async () => {
    await customElements.whenDefined('mitmachen-search');
    expect(customElements.get('mitmachen-opportunity-card'), 'mitmachen-opportunity-card').to.equal(undefined);
    expect(loadedScripts().filter(isDetailChunk)).to.deep.equal([]);
    expect(loadedScripts().filter(isCardChunk)).to.deep.equal([]);
  });

  it('shows results from the API with the detail still not loaded', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    const settled = oneEvent(element, 'mitmachen-search');
    element.innerHTML = `<mitmachen-search api-base="${apiBase}"></mitmachen-search>`;
    const { detail } = (await settled) as CustomEvent<SearchEventDetail>;
    expect(detail.total).to.be.greaterThan(0);
    expect(loadedScripts().filter(isDetailChunk)).to.deep.equal([]);
  });

  it('loads the detail and registers <mitmachen-opportunity> when a result is opened', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    const settled = oneEvent(element, 'mitmachen-search');
    element.innerHTML = `<mitmachen-search api-base="${apiBase}"></mitmachen-search>`;
    await settled;
    const search = element.querySelector('mitmachen-search')!;
    search.shadowRoot!.querySelector<HTMLElement>('.grid li[data-id] .link')!.click();
    await customElements.whenDefined('mitmachen-opportunity');
    expect(loadedScripts().filter(isDetailChunk)).to.have.length(1);
    expect(search.shadowRoot!.querySelector('mitmachen-opportunity')).to.not.equal(null);
  });

  it('loads and registers the standalone card when one is added to the page, showing the data given', async () => {
    const element = await fixture<HTMLElement>(html`<div></div>`);
    element.innerHTML = `<mitmachen-opportunity-card></mitmachen-opportunity-card>`;
    await customElements.whenDefined('mitmachen-opportunity-card');
    expect(loadedScripts().filter(isCardChunk)).to.have.length(1);
    // The element added before its definition was upgraded in place.
    const card = element.querySelector('mitmachen-opportunity-card')!;
    expect(card).to.be.instanceOf(customElements.get('mitmachen-opportunity-card')!);
  });
});
