/**
 * The React 19 and Vue 3 example apps (fixtures/react/, fixtures/vue/), built with Vite and
 * driven in Chromium against the real server: each sets properties on the elements from its
 * framework, hears their `mitmachen-*` events in its own state, and sends the contact form; the
 * console stays clean.
 * Their sources type-check against the typings @mitmachen/elements ships.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpportunitySearchResult } from '@mitmachen/contract';
import type { Browser, Page } from 'playwright-core';
import { browserTestSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { buildAndServe, reactTypeErrors, vueTypeErrors, type Framework, type ServedApp } from './apps.js';

const skip = browserTestSkip('packages/elements/dist/types/react.d.ts');

/** The app's own state, as it renders it (`–` while unset). */
async function shown(page: Page, id: 'total' | 'chosen' | 'sent'): Promise<string> {
  const output = page.locator(`#${id}`);
  await page.waitForFunction((element) => element?.textContent !== '–', await output.elementHandle(), { timeout: 0 });
  return (await output.textContent()) ?? '';
}

describe('the React and Vue example apps', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    // The browser files' data set (demo-csp, configurator, hostile-css, strict-csp): its image is
    // made once per run and copied; the apps show whatever the server answers.
    server = await startTestServer({ seed: { opportunities: 60, offers: 6 } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('type-check the React app with tsc', () => {
    assert.deepEqual(reactTypeErrors(), []);
  });

  it('type-check the Vue app with vue-tsc, templates strictly', async () => {
    assert.deepEqual(await vueTypeErrors(), []);
  });

  for (const framework of ['react', 'vue'] as const satisfies Framework[]) {
    describe(`the ${framework} app`, () => {
      let app: ServedApp;
      before(async () => {
        app = await buildAndServe(framework);
      });
      after(() => app?.close());

      it('searches, shows a card, hears the events and sends the contact form, with a clean console', async () => {
        const expected = (await (await fetch(`${server.baseUrl}/opportunities?pageSize=1`)).json()) as OpportunitySearchResult;
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        await page.goto(`${app.url}?api=${encodeURIComponent(server.baseUrl)}`);

        // mitmachen-search: the app's `mitmachen-search` listener puts the total into its state,
        // and the page size the app set (5, not the element's 12) is what is shown.
        assert.equal(await shown(page, 'total'), String(expected.total));
        const results = page.locator('mitmachen-search .grid li[data-id]');
        assert.equal(await results.count(), 5);

        // mitmachen-opportunity-card shows the object the app fetched with its own SDK client (the
        // card has no API base of its own, so the property is its only source).
        const featured = page.locator('mitmachen-opportunity-card [part~="card-title"]');
        await featured.waitFor({ timeout: 0 });
        assert.equal((await featured.textContent())?.trim(), expected.items[0]!.title);

        // Choosing a result: the app records the id and, having cancelled the event, keeps the list.
        const second = results.nth(1);
        const id = (await second.getAttribute('data-id')) ?? '';
        await second.locator('.link').click();
        assert.equal(await shown(page, 'chosen'), id);
        assert.equal(await page.locator('mitmachen-search mitmachen-opportunity').count(), 0);
        assert.equal(await results.count(), 5);

        // The contact form for the chosen result: it too has no API base, so it sends through the
        // client the app gave it as a property.
        const form = page.locator('mitmachen-interest-form');
        await form.getByRole('button', { name: 'Nachricht senden' }).click();
        await form.getByText('Bitte prüfen Sie Ihre Angaben').waitFor({ timeout: 0 });
        await form.getByLabel('Ihr Name').fill('Max Mustermann');
        await form.getByLabel('Ihre E-Mail-Adresse').fill('max@example.net');
        await form.getByLabel('Ihre Nachricht').fill(`Ich würde gern mitmachen (${framework}).`);
        await form.getByRole('checkbox').check();
        await form.getByRole('button', { name: 'Nachricht senden' }).click();
        const sent = await shown(page, 'sent');
        const stored = await server.db.pool.query<{ opportunity_id: string; message: string }>(
          'SELECT opportunity_id, message FROM interests WHERE id = $1',
          [sent],
        );
        assert.deepEqual(stored.rows, [{ opportunity_id: id, message: `Ich würde gern mitmachen (${framework}).` }]);

        await page.close();
        assert.deepEqual(problems, []);
      });
    });
  }
});

