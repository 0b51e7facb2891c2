/**
 * The demo's embed configurator in Chromium, under the demo's strict Content-Security-Policy:
 * a web editor picks a region, a category and a colour; the snippet says so, the live widget
 * searches with them and shows results in that colour, Copy puts the snippet on the clipboard,
 * and neither the browser (CSP, Trusted Types) nor axe-core reports a problem.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { OpportunitySearchResult, Taxonomy } from '@mitmachen/contract';
import { bundleBrowserSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

/** A region and a category that the seeded data has opportunities for, with their German labels. */
async function choosableFilter(server: TestServer): Promise<{ region: string; regionLabel: string; category: string; categoryLabel: string }> {
  const taxonomy = (await (await fetch(`${server.url}/v1/taxonomy`)).json()) as Taxonomy;
  const all = (await (await fetch(`${server.url}/v1/opportunities`)).json()) as OpportunitySearchResult;
  const region = all.facets.region.find((facet) => facet.count > 0)!.value;
  const inRegion = (await (await fetch(`${server.url}/v1/opportunities?region=${region}`)).json()) as OpportunitySearchResult;
  const category = inRegion.facets.category.find((facet) => facet.count > 0)!.value;
  return {
    region,
    regionLabel: taxonomy.regions.find((term) => term.id === region)!.label.de,
    category,
    categoryLabel: taxonomy.categories.find((term) => term.id === category)!.label.de,
  };
}

/** Violations the page reports itself (CSP and Trusted Types), recorded from before any script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
}

describe('the embed configurator in Chromium', { skip: bundleBrowserSkip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 60, offers: 6 } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('turns region, category and colour into the snippet and the live widget, copies it, with no CSP or axe violation', async () => {
    const filter = await choosableFilter(server);
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await watchViolations(page);

    const response = await page.goto(`${server.url}/demo/configurator.html`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    const preview = page.locator('mitmachen-search#preview');
    await preview.locator('.grid li[data-id]').first().waitFor({ timeout: 0 });

    // The widget searches with the chosen region and category as soon as both are ticked.
    const filtered = page.waitForResponse((r) => {
      const url = new URL(r.url());
      return url.pathname === '/v1/opportunities' && url.searchParams.get('region') === filter.region && url.searchParams.get('category') === filter.category;
    });
    await page.getByRole('group', { name: 'Regionen' }).getByLabel(filter.regionLabel, { exact: true }).check();
    await page.getByRole('group', { name: 'Tätigkeitsfelder' }).getByLabel(filter.categoryLabel, { exact: true }).check();
    await page.getByLabel('Akzentfarbe (Schaltflächen, Auswahl, Fokus)', { exact: true }).fill('#7a1f5c');
    assert.equal((await filtered).status(), 200);

    assert.equal(await preview.getAttribute('region'), filter.region);
    assert.equal(await preview.getAttribute('categories'), filter.category);
    await preview.locator('.grid li[data-id]').first().waitFor({ timeout: 0 });
    assert.equal(await preview.evaluate((element) => getComputedStyle(element).getPropertyValue('--mitmachen-color-accent').trim()), '#7a1f5c');

    const html = (await page.locator('#snippet-html').textContent()) ?? '';
    assert.ok(html.includes(`<script type="module" src="${server.url}/mitmachen.js"></script>`), html);
    assert.ok(html.includes(`<mitmachen-search api-base="${server.url}/v1" region="${filter.region}" categories="${filter.category}" sync-url>`), html);
    // The head line opens the connection to the server early: its origin, for cookie-less requests.
    assert.equal(await page.locator('#snippet-head').textContent(), `<link rel="preconnect" href="${server.url}" crossorigin>`);
    // The preload line names the very address the widget asked for with these choices, so a
    // browser takes its answer up (test/build/first-search-preload.test.ts shows it does).
    const preload = (await page.locator('#snippet-preload').textContent()) ?? '';
    const href = /^<link rel="preload" as="fetch" crossorigin href="([^"]+)">$/.exec(preload)?.[1]?.replaceAll('&amp;', '&');
    assert.equal(href, `${server.url}/v1/opportunities${new URL((await filtered).url()).search}`, preload);
    const css = (await page.locator('#snippet-css').textContent()) ?? '';
    assert.match(css, /--mitmachen-color-accent: #7a1f5c;/);

    // English: the snippet carries lang="en" and the live widget speaks English.
    await page.getByRole('radio', { name: 'Englisch' }).check();
    assert.equal(await preview.getAttribute('lang'), 'en');
    assert.match((await page.locator('#snippet-html').textContent()) ?? '', / lang="en"/);

    await page.getByRole('button', { name: 'HTML kopieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Kopiert' }).waitFor({ timeout: 0 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#snippet-html').textContent());

    // A typo in the server address is named next to the field, and the snippet keeps its last good value.
    await page.getByLabel('Adresse Ihres mitmachen-Servers').fill('mitmachen.example');
    assert.match((await page.locator('#server-error').textContent()) ?? '', /vollständige Adresse/);
    assert.equal(await page.getByLabel('Adresse Ihres mitmachen-Servers').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Adresse Ihres mitmachen-Servers').fill('https://mitmachen.example.org');
    assert.match((await page.locator('#snippet-html').textContent()) ?? '', /src="https:\/\/mitmachen\.example\.org\/mitmachen\.js"/);

    // axe-core runs through the DevTools protocol (page.evaluate), which the page's CSP does not govern.
    await page.evaluate(axeSource);
    const axe = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run(document));
    const violations = axe.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
    assert.deepEqual(violations, []);
    assert.ok(axe.passes.length > 10, 'axe checked the page');

    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
