/// <reference types="mocha" />
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
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

/** A catalogue whose English module the test hands over when it wants, as a slow network would. */
function lazyCatalogue() {
  let hand!: (english: { hello: string }) => void;
  let fail!: (error: Error) => void;
  let asked = 0;
  const catalogue = defineMessages({
    de: { hello: 'Hallo' },
    en: () => {
      asked++;
      // What `import()` of an English module gives: the catalogue as its export `en`.
      return new Promise<{ en: { hello: string } }>((resolve, reject) => {
        hand = (en) => resolve({ en });
        fail = reject;
      });
    },
  });
  return { catalogue, asked: () => asked, hand: (english = { hello: 'Hello' }) => hand(english), fail: (error: Error) => fail(error) };
}

describe('LocalizeController with English loaded on demand', () => {
  let lazy: ReturnType<typeof lazyCatalogue>;
  let tag: string;
  let count = 0;
  beforeEach(() => {
    lazy = lazyCatalogue();
    const { catalogue } = lazy;
    tag = `mitmachen-lazy-test-${++count}`;
    customElements.define(
      tag,
      class extends LitElement {
        readonly localize = new LocalizeController(this, catalogue);
        override render() {
          return html`<p>${this.localize.msg.hello}</p>`;
        }
      },
    );
  });

  const make = (lang: string) => {
    const page = document.createElement('div');
    page.lang = lang;
    page.append(document.createElement(tag));
    document.body.append(page);
    return page.firstElementChild as LitElement;
  };
  const shown = (element: LitElement) => element.shadowRoot!.querySelector('p')?.textContent;
  const visibility = (element: LitElement) => getComputedStyle(element).visibility;
  afterEach(() => {
    for (const element of document.querySelectorAll(tag)) element.parentElement!.remove();
  });

  it('does not load English on a German page', async () => {
    const element = make('de');
    await element.updateComplete;
    expect(shown(element)).to.equal('Hallo');
    expect(lazy.asked()).to.equal(0);
  });

  it('keeps an English element hidden in its place until its words come, and updateComplete waits for them', async () => {
    const element = make('en');
    let complete = false;
    void element.updateComplete.then(() => (complete = true));
    await nextFrame();
    expect(visibility(element), 'nothing German is shown').to.equal('hidden');
    expect(element.getBoundingClientRect().height, 'it keeps its place').to.be.greaterThan(0);
    expect(complete).to.equal(false);
    // The loader runs once the code for other languages is there (languages.ts, a chunk of its own).
    await waitUntil(() => lazy.asked() > 0);
    lazy.hand();
    await element.updateComplete;
    expect(shown(element)).to.equal('Hello');
    expect(visibility(element)).to.equal('visible');
    // A second English element finds the words there and never waits.
    const second = make('en');
    await second.updateComplete;
    expect(shown(second)).to.equal('Hello');
    expect(lazy.asked()).to.equal(1);
  });

  it('goes on showing German while English loads after a change of lang, then switches', async () => {
    const element = make('de');
    await element.updateComplete;
    element.parentElement!.lang = 'en';
    await nextFrame();
    expect(shown(element)).to.equal('Hallo');
    expect(visibility(element), 'an element already shown is not hidden').to.equal('visible');
    // The loader runs once the code for other languages is there (languages.ts, a chunk of its own).
    await waitUntil(() => lazy.asked() > 0);
    lazy.hand();
    await element.updateComplete;
    expect(shown(element)).to.equal('Hello');
    element.parentElement!.lang = 'de';
    await settle(element as Greeting);
    expect(shown(element)).to.equal('Hallo');
  });

  it('shows German, and tells the console, when English cannot be loaded', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const element = make('en');
      await nextFrame();
      await waitUntil(() => lazy.asked() > 0);
      lazy.fail(new TypeError('Failed to fetch dynamically imported module'));
      await element.updateComplete;
      expect(shown(element)).to.equal('Hallo');
      expect(visibility(element)).to.equal('visible');
      expect(String(errors[0]?.[0])).to.contain(`<${tag}>`).and.to.contain('"en"');
    } finally {
      console.error = original;
    }
  });
});
