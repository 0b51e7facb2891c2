/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { clientFor, findApiBase } from '../../../packages/elements/src/internal/api-base.js';
import '../../../packages/elements/src/search/define.js';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';

/** An element that renders a probe inside its shadow root, to test looking up across the boundary. */
class Shell extends LitElement {
  override render() {
    return html`<div><span class="probe"></span></div>`;
  }
}
customElements.define('mitmachen-api-base-shell', Shell);

/** Runs `body` with console.error recorded instead of printed. */
const recorded: unknown[][] = [];

async function recordErrors(body: () => Promise<void>): Promise<unknown[][]> {
  recorded.length = 0;
  const original = console.error;
  console.error = (...args: unknown[]) => recorded.push(args);
  try {
    await body();
  } finally {
    console.error = original;
  }
  return [...recorded];
}

describe('api-base', () => {
  it('shows an accessible message when no API base is configured', async () => {
    let element!: MitmachenSearch;
    await recordErrors(async () => {
      element = await fixture<MitmachenSearch>(html`<mitmachen-search></mitmachen-search>`);
    });
    await expect(element).to.be.accessible();
  });

  it('prefers the element’s own attribute, else the nearest data-mitmachen-api-base', async () => {
    const page = await fixture(html`<div data-mitmachen-api-base="https://outer.example/v1">
      <section data-mitmachen-api-base="https://inner.example/v1"><p id="inner"></p></section>
      <p id="outer"></p>
    </div>`);
    expect(findApiBase(page.querySelector('#inner')!, null)).to.equal('https://inner.example/v1');
    expect(findApiBase(page.querySelector('#outer')!, undefined)).to.equal('https://outer.example/v1');
    expect(findApiBase(page.querySelector('#outer')!, 'https://own.example/v1')).to.equal('https://own.example/v1');
    expect(findApiBase(page.querySelector('#outer')!, '  ')).to.equal('https://outer.example/v1');
  });

  it('finds the ancestor’s base through a shadow root', async () => {
    const page = await fixture(html`<div data-mitmachen-api-base="https://api.example.org/v1">
      <mitmachen-api-base-shell></mitmachen-api-base-shell>
    </div>`);
    const shell = page.querySelector<Shell>('mitmachen-api-base-shell')!;
    await shell.updateComplete;
    expect(findApiBase(shell.shadowRoot!.querySelector('.probe')!, null)).to.equal('https://api.example.org/v1');
  });

  it('resolves a relative base against the page', async () => {
    const element = await fixture(html`<p data-mitmachen-api-base="/v1"></p>`);
    expect(findApiBase(element, null)).to.equal(new URL('/v1', location.href).href);
  });

  it('shares one client per base', () => {
    expect(clientFor('https://api.example.org/v1')).to.equal(clientFor('https://api.example.org/v1'));
    expect(clientFor('https://api.example.org/v1')).not.to.equal(clientFor('https://other.example/v1'));
  });

  it('without a base, shows a message inside the widget and tells the web editor once in the console', async () => {
    let element!: MitmachenSearch;
    const errors = await recordErrors(async () => {
      element = await fixture<MitmachenSearch>(html`<mitmachen-search></mitmachen-search>`);
      element.pageSize = 5;
      await element.updateComplete;
      // The console's words are a chunk of their own (a page set up right never loads them).
      await waitUntil(() => recorded.length > 0, 'the console message');
    });
    const notice = element.shadowRoot!.querySelector('[part="notice"]');
    expect(notice?.textContent).to.contain('api-base');
    expect(element.shadowRoot!.querySelector('input')).to.equal(null);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.contain('<mitmachen-search>').and.contain('api-base=').and.contain('data-mitmachen-api-base=');
  });

  it('shows the message in English on an English page', async () => {
    let page!: HTMLElement;
    await recordErrors(async () => {
      page = await fixture(html`<div lang="en"><mitmachen-search></mitmachen-search></div>`);
    });
    const element = page.querySelector<MitmachenSearch>('mitmachen-search')!;
    // The fixture waited for the <div>; the search's English words may still be on their way.
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.contain('not set up yet');
  });
});
