/**
 * A town page under the strictest policy a careful site would send (issue 5): only its own
 * scripts and styles, data only from the API, HTML only through the named Trusted Types
 * policies. Every element is used as a visitor would, and the page reports no violation, no
 * uncaught error and no console error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { firstOpportunity, launchChromium, skip, startPageServer, violationWatcher, watch, type PageServer } from './harness.js';
import { checkForm, postInterest, useCard, useSearch } from './flows.js';
import { elementsPage, siteCss, strictPolicy } from './pages.js';

describe('every element on a page with a strict CSP and Trusted Types', { skip }, () => {
  let api: TestServer;
  let site: PageServer;
  let browser: Browser;
  let opportunity: { id: string; title: string };

  before(async () => {
    api = await startTestServer({ seed: { opportunities: 60, offers: 6 } });
    site = await startPageServer();
    opportunity = await firstOpportunity(api.baseUrl);
    const headers = { 'Content-Security-Policy': strictPolicy(api.url) };
    site.set('/watch.js', violationWatcher);
    site.set('/site.css', siteCss);
    site.set('/', elementsPage({ api: api.baseUrl, opportunityId: opportunity.id, headers }));
    // The control: the same policy, and one inline style attribute it must report.
    site.set('/control', {
      type: 'text/html; charset=utf-8',
      headers,
      body: '<!doctype html><script src="/watch.js"></script><p style="color: red">inline style</p>',
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
  });

  it('hears a violation when there is one (the watcher works)', async () => {
    const page = await browser.newPage();
    const report = watch(page);
    await page.goto(`${site.url}/control`);
    assert.equal((await report.violations()).length, 1);
    await page.close();
  });

  it('searches, filters, opens a detail and its contact form, shows the card and checks every form without a violation', async () => {
    const page = await browser.newPage();
    const report = watch(page);
    const response = await page.goto(`${site.url}/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    await useSearch(page, report, opportunity.title);
    await useCard(page, report, opportunity.title);
    for (const form of ['mitmachen-opportunity-form', 'mitmachen-offer-form', 'mitmachen-interest-form']) await checkForm(page, report, `#${form.replace('mitmachen-', '')} ${form}`);
    await postInterest(page, report, '#interest-form mitmachen-interest-form');

    assert.deepEqual(await report.violations(), []);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    await page.close();
  });
});
