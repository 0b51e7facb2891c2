/// <reference types="mocha" />
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineMessages, LocalizeController } from '../../../packages/elements/src/internal/localize.js';

const messages = defineMessages({
  de: { hello: 'Hallo', results: (n: number) => (n === 1 ? '1 Angebot' : `${n} Angebote`) },
  en: { hello: 'Hello', results: (n: number) => (n === 1 ? '1 opportunity' : `${n} opportunities`) },
});

class Greeting extends LitElement {
  readonly localize = new LocalizeController(this, messages);
  override render() {
    return html`<p>${this.localize.msg.hello}, ${this.localize.msg.results(3)}</p>`;
  }
}
customElements.define('mitmachen-localize-test', Greeting);

/** Hosts a greeting inside its shadow root, to test looking up `lang` across the boundary. */
class Wrapper extends LitElement {
  override render() {
    return html`<mitmachen-localize-test></mitmachen-localize-test>`;
  }
}
customElements.define('mitmachen-localize-wrapper', Wrapper);

const text = (element: Greeting) => element.shadowRoot!.querySelector('p')!.textContent;

/** The MutationObserver reports after the current task; a frame later the element has rendered. */
async function settle(element: Greeting) {
  await nextFrame();
  await element.updateComplete;
}

describe('LocalizeController', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('renders an accessible element', async () => {
    const element = await fixture<Greeting>(html`<mitmachen-localize-test></mitmachen-localize-test>`);
    await expect(element).to.be.accessible();
  });

  it('speaks German when no lang is set or the language is not supported', async () => {
    const plain = await fixture<Greeting>(html`<mitmachen-localize-test></mitmachen-localize-test>`);
    expect(plain.localize.lang).to.equal('de');
    expect(text(plain)).to.equal('Hallo, 3 Angebote');
    const french = await fixture<Greeting>(html`<div lang="fr"><mitmachen-localize-test></mitmachen-localize-test></div>`);
    expect(text(french.querySelector('mitmachen-localize-test')!)).to.equal('Hallo, 3 Angebote');
  });

  it('follows the nearest lang, regional variants included', async () => {
    const wrapper = await fixture(html`<div lang="de"><section lang="en-GB"><mitmachen-localize-test></mitmachen-localize-test></section></div>`);
    const element = wrapper.querySelector<Greeting>('mitmachen-localize-test')!;
    expect(element.localize.lang).to.equal('en');
    expect(text(element)).to.equal('Hello, 3 opportunities');
  });

  it('looks through shadow roots to the host page', async () => {
    const page = await fixture(html`<div lang="en"><mitmachen-localize-wrapper></mitmachen-localize-wrapper></div>`);
    const wrapper = page.querySelector<Wrapper>('mitmachen-localize-wrapper')!;
    await wrapper.updateComplete;
    const inner = wrapper.shadowRoot!.querySelector<Greeting>('mitmachen-localize-test')!;
    await inner.updateComplete;
    expect(text(inner)).to.equal('Hello, 3 opportunities');
  });

  it('changes language when the page’s lang changes at runtime', async () => {
    const element = await fixture<Greeting>(html`<mitmachen-localize-test></mitmachen-localize-test>`);
    document.documentElement.setAttribute('lang', 'en');
    await settle(element);
    expect(text(element)).to.equal('Hello, 3 opportunities');
    document.documentElement.setAttribute('lang', 'de-AT');
    await settle(element);
    expect(text(element)).to.equal('Hallo, 3 Angebote');
  });

  it('changes language when a lang between the page and the element changes', async () => {
    const wrapper = await fixture(html`<div lang="de"><mitmachen-localize-test></mitmachen-localize-test></div>`);
    const element = wrapper.querySelector<Greeting>('mitmachen-localize-test')!;
    wrapper.setAttribute('lang', 'en');
    await settle(element);
    expect(text(element)).to.equal('Hello, 3 opportunities');
  });
});
