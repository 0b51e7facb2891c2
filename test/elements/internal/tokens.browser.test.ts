/// <reference types="mocha" />
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { tokens } from '../../../packages/elements/src/internal/tokens.styles.js';

/** A button styled the way the elements style theirs, reading only the private tokens. */
class Probe extends LitElement {
  static override styles = [
    tokens,
    css`
      button {
        color: var(--_on-accent);
        background: var(--_accent);
        transition: background-color var(--_duration);
      }
    `,
  ];
  override render() {
    return html`<p>Text</p><button type="button">Suchen</button>`;
  }
}
customElements.define('mitmachen-tokens-probe', Probe);

const style = (probe: Probe, selector: string) => getComputedStyle(probe.shadowRoot!.querySelector(selector)!);

/** A colour as the browser computes it, for comparing with what the probe shows. */
async function computed(color: string, scheme = 'light'): Promise<string> {
  const element = await fixture<HTMLElement>(html`<span style="color-scheme: ${scheme}; color: ${color}"></span>`);
  return getComputedStyle(element).color;
}

describe('design tokens', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' }));

  it('renders an accessible element', async () => {
    const probe = await fixture<Probe>(html`<mitmachen-tokens-probe></mitmachen-tokens-probe>`);
    await expect(probe).to.be.accessible();
  });

  it('inherits the page’s font and text colour by default', async () => {
    const page = await fixture(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30); font-size: 21px">
      <mitmachen-tokens-probe></mitmachen-tokens-probe>
    </div>`);
    const probe = page.querySelector<Probe>('mitmachen-tokens-probe')!;
    expect(style(probe, 'p').fontFamily).to.equal('Georgia, serif');
    expect(style(probe, 'p').color).to.equal('rgb(10, 20, 30)');
    expect(style(probe, 'p').fontSize).to.equal('21px');
  });

  it('takes the page’s --mitmachen-* tokens from any ancestor', async () => {
    const page = await fixture(html`<div style="--mitmachen-color-accent: rgb(200, 0, 100); --mitmachen-font-family: monospace">
      <mitmachen-tokens-probe></mitmachen-tokens-probe>
    </div>`);
    const probe = page.querySelector<Probe>('mitmachen-tokens-probe')!;
    expect(style(probe, 'button').backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(style(probe, 'p').fontFamily).to.equal('monospace');
  });

  it('follows the page’s colour scheme, and theme="dark" gives it its own dark colours', async () => {
    const light = await fixture<Probe>(html`<mitmachen-tokens-probe></mitmachen-tokens-probe>`);
    expect(style(light, 'button').backgroundColor).to.equal(await computed('light-dark(#0b57d0, #a8c7fa)'));
    const darkPage = await fixture(html`<div style="color-scheme: dark"><mitmachen-tokens-probe></mitmachen-tokens-probe></div>`);
    const inDarkPage = darkPage.querySelector<Probe>('mitmachen-tokens-probe')!;
    expect(style(inDarkPage, 'button').backgroundColor).to.equal(await computed('#a8c7fa'));
    const dark = await fixture<Probe>(html`<mitmachen-tokens-probe theme="dark"></mitmachen-tokens-probe>`);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(style(dark, 'button').backgroundColor).to.equal(await computed('#a8c7fa'));
    expect(getComputedStyle(dark).backgroundColor).to.equal(await computed('#131416'));
    await expect(dark).to.be.accessible();
  });

  it('theme="auto" follows the operating system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await fixture<Probe>(html`<mitmachen-tokens-probe theme="auto"></mitmachen-tokens-probe>`);
    expect(style(auto, 'button').backgroundColor).to.equal(await computed('#a8c7fa'));
  });

  it('uses system colours in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const probe = await fixture<Probe>(html`<mitmachen-tokens-probe></mitmachen-tokens-probe>`);
    expect(style(probe, 'button').backgroundColor).to.equal(await computed('Highlight'));
  });

  it('drops transitions for people who prefer reduced motion', async () => {
    const probe = await fixture<Probe>(html`<mitmachen-tokens-probe></mitmachen-tokens-probe>`);
    expect(style(probe, 'button').transitionDuration).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(probe, 'button').transitionDuration).to.equal('0s');
  });
});
