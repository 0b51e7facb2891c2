/**
 * What the widgets send and keep (issue 5): across searching, opening a detail and posting a
 * contact request, the browser talks to no origin but the page's and the API's, and no cookie
 * is set, neither by a response nor by script.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { postInterest, useSearch } from './flows.js';
import { firstOpportunity, launchChromium, skip, startPageServer, violationWatcher, watch, type PageServer } from './harness.js';
import { elementsPage, siteCss, strictPolicy } from './pages.js';

describe('requests and cookies across search, detail and posting', { skip }, () => {
  let api: TestServer;
  let site: PageServer;
  let browser: Browser;
  let opportunity: { id: string; title: string };

  before(async () => {
    api = await startTestServer({ seed: { opportunities: 40, offers: 4 } });
    site = await startPageServer();
    opportunity = await firstOpportunity(api.baseUrl);
    site.set('/watch.js', violationWatcher);
    site.set('/site.css', siteCss);
    site.set('/', elementsPage({ api: api.baseUrl, opportunityId: opportunity.id, headers: { 'Content-Security-Policy': strictPolicy(api.url) } }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('asks only the page and the API, and sets no cookie', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const report = watch(page);
    const origins = new Set<string>();
    const requests: string[] = [];
    const cookieHeaders: string[] = [];
    const headersRead: Promise<void>[] = [];
    page.on('request', (request) => {
      requests.push(`${request.method()} ${request.url()}`);
      origins.add(new URL(request.url()).origin);
    });
    page.on('response', (response) => {
      headersRead.push(
        response.headerValue('set-cookie').then((value) => {
          if (value !== null) cookieHeaders.push(`${response.url()}: ${value}`);
        }),
      );
    });

    await page.goto(`${site.url}/`);
    await useSearch(page, report, opportunity.title);
    await postInterest(page, report, '#search mitmachen-opportunity mitmachen-interest-form');

    await Promise.all(headersRead);
    assert.deepEqual([...origins].sort(), [api.url, site.url].sort(), `every request:\n${requests.join('\n')}`);
    assert.ok(requests.some((line) => line.startsWith('POST ') && line.includes('/interests')), 'the contact request was posted');
    assert.deepEqual(cookieHeaders, []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(report.errors, []);
    await context.close();
  });
});
