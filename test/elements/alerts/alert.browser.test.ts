/// <reference types="mocha" />
/**
 * "Notify me" under <mitmachen-search>, on the real server: the control arrives after the first
 * screen (a chunk of its own), opens a small form with the keyboard alone, refuses a bad address
 * at the field, subscribes the search shown (the server answers 202 after checking the proof of
 * work), and links the same search as an Atom feed. axe in every state.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect, html } from '@open-wc/testing';
import type { MitmachenAlert } from '../../../packages/elements/src/alerts/alert.js';
import type { MitmachenSearch } from '../../../packages/elements/src/search/search.js';
import { $, apiBase, deepActiveElement, searchFixture, settledWhere, until } from '../search/helpers.js';

async function alertOf(search: MitmachenSearch): Promise<MitmachenAlert> {
  await customElements.whenDefined('mitmachen-alert');
  await search.updateComplete;
  const alert = $<MitmachenAlert>(search, 'mitmachen-alert')!;
  await alert.updateComplete;
  return alert;
}
const inAlert = <T extends Element = HTMLElement>(alert: MitmachenAlert, selector: string) => alert.shadowRoot!.querySelector<T>(selector)!;

async function tabTo(found: (focused: Element | null) => boolean, limit = 150): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement();
    if (found(focused)) return focused!;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

describe('<mitmachen-search>: alerts by e-mail and the feed link', function () {
  // Solving the proof of work and a busy shared machine: more than mocha's default 2 s.
  this.timeout(60_000);

  it('subscribes the search shown with the keyboard alone, accessible in every state', async () => {
    const search = await searchFixture(html`<mitmachen-search api-base=${apiBase}></mitmachen-search>`);
    const alert = await alertOf(search);
    await expect(search).to.be.accessible();
    const toggle = inAlert(alert, '[part~="alert-toggle"]');
    expect(toggle.textContent?.trim()).to.equal('Benachrichtigen: Als E-Mail abonnieren');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(inAlert(alert, 'form').hidden).to.equal(true);

    // Narrow the search first: the alert follows what is shown.
    await tabTo((focused) => focused === $(search, '#q'));
    const searched = settledWhere(search, (detail) => detail.state.q === 'garten');
    await sendKeys({ type: 'garten' });
    await sendKeys({ press: 'Enter' });
    await searched;
    await alert.updateComplete;

    await tabTo((focused) => focused === toggle);
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement() === inAlert(alert, '#alert-email'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await expect(search).to.be.accessible();

    // A bad address: said at the field, focus stays there, nothing is sent.
    await sendKeys({ type: 'nicht-gültig' });
    await sendKeys({ press: 'Enter' });
    await alert.updateComplete;
    const email = inAlert<HTMLInputElement>(alert, '#alert-email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.contain('alert-email-error');
    expect(inAlert(alert, '#alert-email-error').textContent).to.contain('gültige E-Mail-Adresse');
    expect(deepActiveElement()).to.equal(email);
    await expect(search).to.be.accessible();

    // Corrected (what was typed is kept, so the user only edits it), daily chosen, sent.
    for (let n = 0; n < 'nicht-gültig'.length; n++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'garten-abo@example.net' });
    // Tab reaches the radio group at its chosen option (weekly); the arrow keys choose another.
    await tabTo((focused) => focused === inAlert(alert, 'input[value="weekly"]'), 5);
    await sendKeys({ press: 'ArrowLeft' });
    expect(inAlert<HTMLInputElement>(alert, 'input[value="daily"]').checked).to.equal(true);
    await tabTo((focused) => focused === inAlert(alert, 'button[type="submit"]'), 5);
    await sendKeys({ press: 'Enter' });
    const status = inAlert(alert, '#alert-status');
    await until(() => status.textContent.includes('garten-abo@example.net'));
    expect(status.textContent).to.contain('Fast geschafft');
    expect(deepActiveElement()).to.equal(status);
    expect(inAlert(alert, 'form').hidden).to.equal(true);
    await expect(search).to.be.accessible();
  });

  it('links the search shown as an Atom feed the server answers', async () => {
    const search = await searchFixture(html`<mitmachen-search api-base=${apiBase} categories="tierschutz"></mitmachen-search>`);
    const alert = await alertOf(search);
    const link = inAlert<HTMLAnchorElement>(alert, '[part="feed-link"]');
    expect(link.href).to.equal(`${apiBase}/opportunities.atom?category=tierschutz`);
    const feed = await fetch(link.href);
    expect(feed.status).to.equal(200);
    expect(feed.headers.get('content-type')).to.contain('application/atom+xml');
    expect(await feed.text()).to.contain('Tierschutz');
  });

  it('speaks the page’s language', async () => {
    const search = await searchFixture(html`<div lang="en"><mitmachen-search api-base=${apiBase}></mitmachen-search></div>`);
    const alert = await alertOf(search);
    await until(() => inAlert(alert, '[part~="alert-toggle"]').textContent.includes('Notify me'));
    expect(inAlert(alert, '[part="feed-link"]').textContent).to.contain('as a feed');
    await expect(search).to.be.accessible();
  });
});
