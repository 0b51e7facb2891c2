/**
 * The first search travels beside the script (issue 17): a page's head preloads the search's first
 * answer (`<link rel="preload" as="fetch" crossorigin>`), and the element's own fetch takes that
 * response up instead of asking again. Chromium reuses a preload only when URL, mode and
 * credentials match, so each case counts the search requests the browser made: exactly one, and
 * made by the link, not by script. The reference server's demo page, and a town's page on another
 * origin with the README's lines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startPageServer, watch, type PageServer } from '../hostile/harness.js';
import { bundleBrowserSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

interface Loaded {
  /** Every search request the browser made, as `METHOD URL`. */
  searches: string[];
  /** What started the search's response the page used (Resource Timing): `link` or `fetch`. */
  initiators: string[];
  cards: number;
  cls: number;
  warnings: string[];
}

/** Opens `url` in a fresh context and waits until the search shows its first cards. */
async function load(browser: Browser, url: string): Promise<Loaded> {
  const context = await browser.newContext({ locale: 'de-DE' });
  try {
    const page = await context.newPage();
    const report = watch(page);
    const searches: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/v1/opportunities')) searches.push(`${request.method()} ${request.url()}`);
    });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await report.until(page.locator('mitmachen-search li[data-id]').first().waitFor());
    return {
      searches,
      initiators: await searchInitiators(page),
      cards: await page.locator('mitmachen-search li[data-id]').count(),
      cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls),
      warnings: report.warnings,
    };
  } finally {
    await context.close();
  }
}

function searchInitiators(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => new URL(entry.name).pathname.endsWith('/v1/opportunities'))
      .map((entry) => entry.initiatorType),
  );
}

describe('the first search preloaded beside the script', { skip: bundleBrowserSkip }, () => {
  let api: TestServer;
  let site: PageServer;
  let browser: Browser;
  before(async () => {
    api = await startTestServer({ seed: { opportunities: 30, offers: 0 } });
    site = await startPageServer({});
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('the demo page asks once: its preload is the answer the search shows', async () => {
    const html = await (await fetch(`${api.url}/`)).text();
    assert.match(html, /<link rel="preload" as="fetch" crossorigin href="\/v1\/opportunities\?page=1&amp;pageSize=12">/);
    const loaded = await load(browser, `${api.url}/`);
    assert.deepEqual(loaded.searches, [`GET ${api.url}/v1/opportunities?page=1&pageSize=12`]);
    assert.deepEqual(loaded.initiators, ['link']);
    assert.ok(loaded.cards >= 3, `${loaded.cards} cards`);
    assert.ok(loaded.cls < 0.01, `CLS ${loaded.cls}`);
    assert.deepEqual(loaded.warnings.filter((text) => /preload/i.test(text)), []);
  });

  it('under a search in the address the demo page preloads no search, and the search asks once for that one', async () => {
    const html = await (await fetch(`${api.url}/?kategorie=sport`)).text();
    assert.doesNotMatch(html, /rel="preload" as="fetch"/);
    const loaded = await load(browser, `${api.url}/?q=a`);
    assert.deepEqual(loaded.searches, [`GET ${api.url}/v1/opportunities?page=1&pageSize=12&q=a`]);
    assert.deepEqual(loaded.initiators, ['fetch']);
  });

  it("a town's page on another origin with the README's lines asks once, across origins", async () => {
    site.set('/', {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Ehrenamt</title>
  <link rel="preconnect" href="${api.url}" crossorigin>
  <link rel="preload" as="fetch" crossorigin href="${api.url}/v1/opportunities?page=1&amp;pageSize=12">
</head>
<body>
  <h1>Ehrenamt in Pirna</h1>
  <script type="module" src="${api.url}/mitmachen.js"></script>
  <mitmachen-search api-base="${api.url}/v1"></mitmachen-search>
</body>
</html>
`,
    });
    const loaded = await load(browser, `${site.url}/`);
    assert.deepEqual(loaded.searches, [`GET ${api.url}/v1/opportunities?page=1&pageSize=12`]);
    assert.deepEqual(loaded.initiators, ['link']);
    assert.deepEqual(loaded.warnings.filter((text) => /preload/i.test(text)), []);
  });
});
