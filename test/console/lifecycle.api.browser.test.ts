/// <reference types="mocha" />
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/console/src/app/define.js';
import type { Statistics } from '@mitmachen/contract';
import type { MitmachenConsoleLifecycle } from '../../packages/console/src/lifecycle/lifecycle.js';
import { deepActiveElement, openSection, shadowOf, signInThroughApi, tabTo } from './support.js';

/*
 * The queue's lifecycle tabs against the real reference server (scripts/browser-api-server.mjs)
 * and its console demo (one listing ending in 5 days and one flagged unanswered per agency):
 * keyboard only, axe in every state, German and English. An agency's moderator sees only its own.
 * The accounts are ones no other test file signs in with: files run side by side, and a sign-in
 * link read from the log must be this file's.
 */

const root = shadowOf;
const status = (screen: Element) => root(screen).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const rows = (screen: Element) => [...root(screen).querySelectorAll('li[data-id]')];
/** The demo's moderator for Sächsische Schweiz-Osterzgebirge. */
const SSO = 'moderator.saechsische-schweiz@example.org';
const focusedLabel = () => deepActiveElement()?.getAttribute('aria-label') ?? '';

async function queueOf(lang: 'de' | 'en', email: string) {
  const element = await signInThroughApi(email);
  element.setAttribute('lang', lang);
  const queue = await openSection(element, lang === 'de' ? 'Prüfen' : 'Review', 'mitmachen-console-queue');
  await waitUntil(() => root(queue).querySelector('#tab-postings'), 'the tabs show', { timeout: 20_000 });
  // The console puts focus on a new screen's heading once it is there; from there the keyboard goes on.
  await waitUntil(() => root(queue).activeElement?.localName === 'h1', 'the screen’s heading has focus', { timeout: 20_000 });
  return queue;
}

/** Moves to `tab` with the arrow keys from the selected tab, as a keyboard user does. */
async function arrowToTab(queue: HTMLElement, tab: string): Promise<MitmachenConsoleLifecycle> {
  const focused = () => deepActiveElement()?.id ?? '';
  await waitUntil(() => {
    if (!focused().startsWith('tab-')) root(queue).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    return focused().startsWith('tab-');
  }, 'a tab has focus');
  for (let step = 0; step < 4 && focused() !== `tab-${tab}`; step++) {
    const before = focused();
    await sendKeys({ press: 'ArrowRight' });
    // On a busy machine the next tab renders (and takes focus) a little later.
    await waitUntil(() => focused() !== before, `focus leaves ${before}`);
  }
  expect(focused()).to.equal(`tab-${tab}`);
  expect(root(queue).querySelector(`#tab-${tab}`)?.getAttribute('aria-selected')).to.equal('true');
  await waitUntil(() => root(queue).querySelector('mitmachen-console-lifecycle'), 'the tab’s list shows');
  const screen = root(queue).querySelector('mitmachen-console-lifecycle') as MitmachenConsoleLifecycle;
  await waitUntil(() => screen.list !== undefined && screen.tab === tab, `the ${tab} list loads`, { timeout: 20_000 });
  await screen.updateComplete;
  return screen;
}

describe('the queue’s lifecycle tabs against the real server', function () {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('“Läuft ab”: a moderator asks “noch aktuell?” and extends by 30 days, keyboard only; the listing leaves the 14 days', async () => {
    const queue = await queueOf('de', SSO);
    const screen = await arrowToTab(queue, 'expiring');
    await expect(queue).to.be.accessible();
    const demo = rows(screen).find((row) => row.textContent?.includes('in 5 Tagen'));
    expect(demo, 'the demo listing ending in 5 days is listed').not.to.equal(undefined);
    const title = demo?.querySelector('h3')?.textContent?.trim() ?? '';
    const id = demo?.getAttribute('data-id');
    for (const row of rows(screen)) expect(row.textContent).to.contain('Sächsische Schweiz-Osterzgebirge');
    expect(root(screen).querySelector('mitmachen-console-confirm-interval'), 'a moderator cannot set the interval').to.equal(null);

    await tabTo(() => focusedLabel() === `„Noch aktuell?“ jetzt fragen: ${title}`, 'the ask button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(screen).includes('ist verschickt'), 'the question is sent', { timeout: 20_000 });
    expect(status(screen)).to.contain(title);
    const asked = rows(screen).find((row) => row.getAttribute('data-id') === id);
    expect(asked?.textContent).to.contain('gefragt am');
    expect(asked?.querySelector('[data-action="ask"]'), 'no second question while one is open').to.equal(null);
    expect(focusedLabel(), 'focus stays on the row').to.equal(`Um 30 Tage verlängern: ${title}`);
    await expect(queue).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(screen).includes('läuft jetzt bis'), 'the listing is extended', { timeout: 20_000 });
    expect(rows(screen).map((row) => row.getAttribute('data-id'))).not.to.include(id);
    expect(deepActiveElement()?.matches('button, h2'), 'focus goes on to the next row or the heading').to.equal(true);
    await expect(queue).to.be.accessible();

    // The look-ahead: 90 days finds it again, now with 35 days left.
    const select = root(screen).querySelector('#expiring-days') as HTMLSelectElement;
    select.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => rows(screen).some((row) => row.getAttribute('data-id') === id), 'a wider look-ahead finds it', { timeout: 20_000 });
    expect(rows(screen).find((row) => row.getAttribute('data-id') === id)?.textContent).to.contain('in 35 Tagen');
  });

  it('“Unbeantwortet”: a moderator marks a flag dealt with, keyboard only; then the tab is empty', async () => {
    const queue = await queueOf('de', SSO);
    const screen = await arrowToTab(queue, 'unanswered');
    await expect(queue).to.be.accessible();
    expect(rows(screen).length).to.equal(1);
    const row = rows(screen)[0] as Element;
    expect(row.textContent).to.contain('2 von 2 Anfragen der letzten 60 Tage ohne Antwort');
    expect(row.textContent).to.contain('Sächsische Schweiz-Osterzgebirge');
    const title = row.querySelector('h3')?.textContent?.trim() ?? '';
    await tabTo(() => focusedLabel() === `Erledigt: ${title}`, 'the resolve button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(screen).includes('ist erledigt'), 'the flag is closed', { timeout: 20_000 });
    expect(root(screen).querySelector('.empty')?.textContent).to.contain('Kein Angebot ist als unbeantwortet gemeldet');
    expect(deepActiveElement()?.id, 'focus on the heading').to.equal('lifecycle-heading');
    await expect(queue).to.be.accessible();
  });

  it('“Läuft ab”: the agency’s admin sets the “noch aktuell?” interval, checked next to the field, keyboard only', async () => {
    const queue = await queueOf('de', 'admin.dresden@example.org');
    const screen = await arrowToTab(queue, 'expiring');
    const setting = root(screen).querySelector('mitmachen-console-confirm-interval') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(setting, 'the setting shows for the agency’s admin').not.to.equal(null);
    await setting.updateComplete;
    const input = root(setting).querySelector('#interval-days') as HTMLInputElement;
    expect(input.value).to.equal('90');
    expect(root(setting).querySelector('label[for="interval-days"]')?.textContent).to.equal('Abstand in Tagen');
    await expect(queue).to.be.accessible();

    // Too short: said next to the field, focus stays there, the value as typed.
    await tabTo(() => deepActiveElement()?.id === 'interval-days', 'the interval field');
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '10' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(setting).querySelector('#interval-error'), 'the error shows');
    expect(root(setting).querySelector('#interval-error')?.textContent).to.contain('ganze Zahl von 14 bis 365');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('interval-error');
    expect(deepActiveElement()?.id).to.equal('interval-days');
    expect(input.value).to.equal('10');
    await expect(queue).to.be.accessible();

    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    const said = () => root(setting).querySelector('[role="status"]')?.textContent?.trim() ?? '';
    await waitUntil(() => said().includes('alle 30 Tage'), 'saved', { timeout: 20_000 });
    expect(root(setting).querySelector('#interval-error')).to.equal(null);
    const agencies = (await (await fetch('/v1/console/agencies')).json()) as { items: Array<{ confirmIntervalDays: number }> };
    expect(agencies.items.map((agency) => agency.confirmIntervalDays), 'the server keeps it').to.deep.equal([30]);
    await expect(queue).to.be.accessible();

    // Back to the default, so the demo stays as it was for other tests.
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ type: '90' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => said().includes('alle 90 Tage'), 'saved again', { timeout: 20_000 });
  });

  it('in English: the tabs, rows and results speak English; the operator sees every agency’s', async () => {
    const queue = await queueOf('en', 'operator@example.org');
    const screen = await arrowToTab(queue, 'expiring');
    expect(root(queue).querySelector('#tab-expiring')?.textContent).to.contain('Expiring');
    expect(root(screen).querySelector('h2')?.textContent).to.equal('Expiring');
    const soon = rows(screen).filter((row) => row.textContent?.includes('in 5 days'));
    const text = soon.map((row) => row.textContent ?? '').join(' ');
    for (const region of ['Dresden', 'Leipzig', 'Görlitz']) expect(text, `${region}’s demo listing`).to.contain(region);
    await expect(queue).to.be.accessible();
    const title = soon[0]?.querySelector('h3')?.textContent?.trim() ?? '';
    await tabTo(() => focusedLabel() === `Extend by 30 days: ${title}`, 'the extend button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(screen).includes('now runs until'), 'extended', { timeout: 20_000 });
    await expect(queue).to.be.accessible();

    const unanswered = await arrowToTab(queue, 'unanswered');
    expect(root(unanswered).querySelector('h2')?.textContent).to.equal('Unanswered');
    expect(rows(unanswered).length, 'the other agencies’ flags').to.be.greaterThanOrEqual(3);
    expect(rows(unanswered)[0]?.textContent).to.contain('2 of 2 contact requests of the last 60 days got no reply');
    await expect(queue).to.be.accessible();
  });
});

describe('the figures per month against the real server', function () {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  for (const lang of ['de', 'en'] as const) {
    it(`shows GET /v1/statistics as a table and a column chart, the figure chosen by keyboard (${lang})`, async () => {
      const element = await signInThroughApi(SSO);
      element.setAttribute('lang', lang);
      const screen = await openSection(element, lang === 'de' ? 'Zahlen' : 'Figures', 'mitmachen-console-statistics');
      await waitUntil(() => root(screen).querySelector('#monthly-caption'), 'the figures per month show', { timeout: 20_000 });
      await expect(screen).to.be.accessible();
      const figures = (await (await fetch('/v1/statistics')).json()) as Statistics;
      const table = root(screen).querySelector('#monthly-caption')?.closest('table') as HTMLTableElement;
      expect(table.tBodies[0]?.rows.length, 'a row per month').to.equal(figures.totals.length);
      // The demo's two contact requests in this agency's district, and nothing of other districts'.
      const requests = [...(table.tBodies[0]?.rows ?? [])].reduce((sum, row) => sum + Number(row.cells[1]?.textContent), 0);
      expect(requests).to.equal(2);
      const chart = () => root(screen).querySelector('#monthly-chart-title')?.textContent ?? '';
      expect(chart()).to.contain(lang === 'de' ? 'Kontaktanfragen je Monat' : 'Contact requests per month');
      expect(root(screen).querySelectorAll('svg rect.bar').length).to.be.greaterThan(figures.totals.length - 1);

      await tabTo((active) => active.id === 'chart-figure', 'the chart’s figure');
      await sendKeys({ press: 'End' });
      await waitUntil(() => chart().includes(lang === 'de' ? 'aktive Organisationen' : 'active organisations'), 'the chart shows the chosen figure');
      await expect(screen).to.be.accessible();
      const csv = root(screen).querySelector<HTMLAnchorElement>('a[download]');
      const download = await fetch(csv?.href ?? '');
      expect(download.headers.get('content-type')).to.contain('text/csv');
    });
  }
});
