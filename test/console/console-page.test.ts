/**
 * The console page as the reference server serves it (`/console/`, the built bundle, its strict
 * Content-Security-Policy) in Chromium, by keyboard alone: ask for a link as the Dresden
 * moderator, follow the link from the outbox (no mail server in tests), sign in, approve the
 * oldest Dresden posting with `j` and `a`, and find it published; a reload keeps the session and
 * the address; signing out ends it. The browser reports no CSP violation and no other error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedConsoleDemo } from '../../packages/server/src/console/demo.js';
import { browserTestSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

const skip = browserTestSkip('packages/console/dist/assets/console.js');
const DRESDEN = 'moderator.dresden@example.org';

/** The focused element as `tag#id text`, looking into shadow roots. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === null ? '' : `${active.localName}#${active.id} ${active.textContent?.trim() ?? ''}`.trim();
  });
}

async function tabTo(page: Page, wanted: (focus: string) => boolean, what: string): Promise<void> {
  for (let step = 0; step < 30; step++) {
    if (wanted(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${what}`);
}

describe('the console page in Chromium', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 120, offers: 12 } });
    await seedConsoleDemo(server.db);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in by link and approves a Dresden posting by keyboard alone, under its strict CSP', async () => {
    const problems: string[] = [];
    const watch = (watched: Page) => {
      watched.on('console', (message) => {
        // The console asks for its session first: the 401 of a browser without one is expected.
        if (message.type() === 'error' && /status of 401/.test(message.text())) return;
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      watched.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      watched.on('response', (response) => {
        if (response.status() === 404) problems.push(`404: ${response.url()}`);
      });
    };
    const context = await browser.newContext();
    let page = await context.newPage();
    watch(page);

    const response = await page.goto(`${server.url}/console/`);
    assert.match(response?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
    assert.equal(response?.headers()['x-frame-options'], 'DENY');
    await page.locator('mitmachen-console-sign-in h1').waitFor({ timeout: 0 });

    await tabTo(page, (focus) => focus === 'input#email', 'the e-mail field');
    await page.keyboard.type(DRESDEN);
    await page.keyboard.press('Enter');
    await page.locator('mitmachen-console-sign-in h1#sent').waitFor({ timeout: 0 });

    const { rows } = await server.db.pool.query<{ body: string }>(`SELECT body FROM outbox WHERE recipient = $1 AND topic = 'sign-in'`, [DRESDEN]);
    const link = /http\S+#sign-in=\S+/.exec(rows[0]?.body ?? '')?.[0];
    assert.ok(link, 'the sign-in mail waits in the outbox with its link');
    // The link opens from the mail program: a new tab of the same browser.
    const asker = page;
    page = await context.newPage();
    watch(page);
    await asker.close();
    await page.goto(link);
    await page.locator('mitmachen-console-confirm button').waitFor({ timeout: 0 });
    assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
    await tabTo(page, (focus) => focus === 'button# Jetzt anmelden', 'the sign-in button');
    await page.keyboard.press('Enter');

    await page.locator('mitmachen-console-queue .row').first().waitFor({ timeout: 0 });
    assert.equal(new URL(page.url()).pathname, '/console/queue');
    const title = ((await page.locator('mitmachen-console-queue .row button.open').first().textContent()) ?? '').trim();
    await page.keyboard.press('j');
    await page.locator('mitmachen-console-queue h2#item-title', { hasText: title }).waitFor({ timeout: 0 });
    await page.locator('mitmachen-console-queue [data-action="approve"]').waitFor({ timeout: 0 });
    assert.equal(await focused(page), `h2#item-title ${title}`);
    const id = await page.locator('mitmachen-console-queue').evaluate((queue) => (queue as unknown as { current: { id: string; kind: string } }).current);
    await page.keyboard.press('a');
    await page.locator('mitmachen-console-queue [role="status"]', { hasText: title }).waitFor({ timeout: 0 });
    const published = await fetch(`${server.baseUrl}/${id.kind === 'offer' ? 'offers' : 'opportunities'}/${id.id}`);
    assert.equal(published.status, 200, 'the approved posting is public');

    await page.reload();
    await page.locator('mitmachen-console-queue .row').first().waitFor({ timeout: 0 });
    assert.equal(new URL(page.url()).pathname, '/console/queue', 'a reload keeps the place and the session');
    await page.locator('mitmachen-console header button', { hasText: 'Abmelden' }).click();
    await page.locator('mitmachen-console-sign-in h1').waitFor({ timeout: 0 });
    await context.close();
    assert.deepEqual(problems, []);
  });
});
