/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { isDetailChunk, loadBundle, loadedScripts } from './bundle.js';

describe('the script-tag bundle on a page with a <mitmachen-opportunity>', function () {

  before(loadBundle);

  it('registers the detail when one appears in the document, loading it then', async () => {
    expect(customElements.get('mitmachen-opportunity')).to.equal(undefined);
    expect(loadedScripts().filter(isDetailChunk)).to.deep.equal([]);
    await fixture(html`<section><mitmachen-opportunity></mitmachen-opportunity></section>`);
    await customElements.whenDefined('mitmachen-opportunity');
    expect(loadedScripts().filter(isDetailChunk)).to.have.length(1);
  });
});
