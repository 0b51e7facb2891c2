/**
 * The demo town page in Chromium, under its strict Content-Security-Policy: the search shows
 * data and opens a detail, and the browser reports no violation (no inline style or script, HTML
 * only through the Trusted Types policies the policy names) and no other error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { bundleBrowserSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

describe('the demo page in Chromium', { skip: bundleBrowserSkip }, () => {
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

  it('shows results and a detail with no CSP violation or other error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    const response = await page.goto(`${server.url}/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    const link = page.locator('mitmachen-search .grid li[data-id] .link').first();
    await link.waitFor({ timeout: 0 });
    const title = (await link.textContent())?.trim() ?? '';
    assert.notEqual(title, '');
    await link.click();
    // The detail's heading shows the chosen title once its data, rendered through DOMPurify, is in.
    await page.locator('mitmachen-opportunity h2', { hasText: title }).first().waitFor({ timeout: 0 });
    await page.close();
    assert.deepEqual(problems, []);
  });
});
