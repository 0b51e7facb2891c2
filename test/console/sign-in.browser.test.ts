/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/console/src/sign-in/define.js';
import '../../packages/console/src/confirm/define.js';
import type { MitmachenConsoleConfirm } from '../../packages/console/src/confirm/confirm.js';
import type { MitmachenConsoleSignIn } from '../../packages/console/src/sign-in/sign-in.js';
import { apiError } from '../../stories/support/console-fixtures.js';

/*
 * The sign-in and confirm screens with their state given (what the API answers is tested against
 * the real server in sign-in.api.browser.test.ts): errors next to the field, focus, languages.
 */

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

describe('<mitmachen-console-sign-in>', () => {
  it('has no accessibility violations, empty and with an error next to the field', async () => {
    const element = await fixture<MitmachenConsoleSignIn>(html`<mitmachen-console-sign-in></mitmachen-console-sign-in>`);
    await expect(element).to.be.accessible();
    shadow(element).querySelector('form')?.requestSubmit();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('says what is missing next to the field, marks it invalid and moves focus to it', async () => {
    const element = await fixture<MitmachenConsoleSignIn>(html`<mitmachen-console-sign-in></mitmachen-console-sign-in>`);
    shadow(element).querySelector('form')?.requestSubmit();
    await element.updateComplete;
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = shadow(element).getElementById('email-error');
    expect(error?.textContent).to.contain('E-Mail-Adresse ein');
    expect(input.getAttribute('aria-describedby')).to.contain('email-error');
    expect(shadow(element).activeElement).to.equal(input);
  });

  it('keeps what was typed and says an address is not valid', async () => {
    const element = await fixture<MitmachenConsoleSignIn>(html`<mitmachen-console-sign-in></mitmachen-console-sign-in>`);
    const input = shadow(element).querySelector('input') as HTMLInputElement;
    input.value = 'moderator.dresden';
    input.dispatchEvent(new Event('input'));
    shadow(element).querySelector('form')?.requestSubmit();
    await element.updateComplete;
    expect(shadow(element).getElementById('email-error')?.textContent).to.contain('gültige');
    expect(input.value).to.equal('moderator.dresden');
  });

  it('shows "check your mail" with the address, and the same words whoever asked', async () => {
    const element = await fixture<MitmachenConsoleSignIn>(
      html`<mitmachen-console-sign-in .state=${{ kind: 'sent', email: 'wer@example.org' }}></mitmachen-console-sign-in>`,
    );
    await expect(element).to.be.accessible();
    expect(shadow(element).querySelector('h1')?.textContent).to.contain('Postfach');
    expect(shadow(element).textContent).to.contain('Wenn wer@example.org');
  });

  it('shows a network failure in an alert, without losing the address', async () => {
    const element = await fixture<MitmachenConsoleSignIn>(
      html`<mitmachen-console-sign-in email="ich@example.org" .state=${{ kind: 'failed', error: apiError(0) }}></mitmachen-console-sign-in>`,
    );
    await expect(element).to.be.accessible();
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).to.contain('nicht erreichbar');
    expect((shadow(element).querySelector('input') as HTMLInputElement).value).to.equal('ich@example.org');
  });

  it('speaks English under lang="en"', async () => {
    const wrapper = await fixture(html`<div lang="en"><mitmachen-console-sign-in></mitmachen-console-sign-in></div>`);
    const element = wrapper.querySelector('mitmachen-console-sign-in') as MitmachenConsoleSignIn;
    await element.updateComplete;
    expect(shadow(element).querySelector('h1')?.textContent).to.equal('Sign in to the console');
    await expect(wrapper).to.be.accessible();
  });
});

describe('<mitmachen-console-confirm>', () => {
  it('has no accessibility violations, and offers one button that signs in', async () => {
    const element = await fixture<MitmachenConsoleConfirm>(html`<mitmachen-console-confirm></mitmachen-console-confirm>`);
    await expect(element).to.be.accessible();
    const buttons = shadow(element).querySelectorAll('button');
    expect(buttons.length).to.equal(1);
    expect(buttons[0]?.textContent).to.contain('Jetzt anmelden');
  });

  it('explains a spent or foreign link and offers a new one', async () => {
    const element = await fixture<MitmachenConsoleConfirm>(
      html`<mitmachen-console-confirm .state=${{ kind: 'failed', error: apiError(401) }}></mitmachen-console-confirm>`,
    );
    await expect(element).to.be.accessible();
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).to.contain('anderen Browser');
    let asked = false;
    element.addEventListener('mitmachen-console-new-link', () => (asked = true));
    shadow(element).querySelector('button')?.click();
    expect(asked).to.equal(true);
  });
});
