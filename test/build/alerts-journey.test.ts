/**
 * Alerts end to end in Chromium, on the real server with a real SMTP server and a clock the test
 * moves: subscribe from the demo page's search (the built bundle, under its strict CSP), the
 * confirm mail arrives and its page confirms without JavaScript, a day later a digest names the
 * new listing, and its unsubscribe link works without JavaScript. axe checks the search with its
 * form open and each mail page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { bundleBrowserSkip, launchChromium } from '../support/chromium.js';
import { sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe through the DevTools protocol (page.evaluate), which the page's CSP does not govern. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; help: string }[] }> } }).axe.run(document),
  );
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('alerts by e-mail, from the search to unsubscribing', { skip: bundleBrowserSkip }, () => {
  let smtp: TestSmtpServer;
  let server: TestServer;
  let browser: Browser;
  let offsetMs = 0;
  before(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({
      seed: { opportunities: 40, offers: 4 },
      adminToken: testAdminToken,
      env: { SMTP_URL: smtp.url },
      clock: () => new Date(Date.now() + offsetMs),
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('subscribes from the element, confirms and unsubscribes without JavaScript', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${server.url}/`);
    const toggle = page.getByRole('button', { name: 'Benachrichtigen: Als E-Mail abonnieren' });
    await toggle.waitFor({ timeout: 0 });
    await toggle.click();
    await page.getByLabel('E-Mail-Adresse').fill('journey@example.net');
    await page.getByLabel('Täglich').check();
    assert.deepEqual(await axeViolations(page), [], 'the search with its alert form open');
    await page.getByRole('button', { name: 'Abonnieren', exact: true }).click();
    await page.getByText('Fast geschafft').waitFor({ timeout: 0 });
    assert.deepEqual(problems, []);
    await page.close();

    const confirmMail = await smtp.next((mail) => mail.to.includes('journey@example.net'));
    const confirmLink = /http:\/\/\S+\/alerts\/confirm\/\S+/.exec(confirmMail.text)![0];
    const withoutJs = await browser.newContext({ javaScriptEnabled: false });
    const mailPage = await withoutJs.newPage();
    await mailPage.goto(confirmLink);
    await mailPage.getByRole('button', { name: /Bestätigen/ }).click();
    await mailPage.getByRole('heading', { name: /Bestätigt, danke!/ }).waitFor();

    const posted = await postJson(server.baseUrl, '/opportunities', sampleOpportunityInput({ title: 'Leseclub im Stadtteilhaus sucht Verstärkung' }));
    const { id } = (await posted.json()) as PostingAccepted;
    const approved = await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
    assert.equal(approved.status, 200);
    offsetMs += 86_400_000 + 60_000;
    await server.jobs.runDue();
    const digest = await smtp.next((mail) => mail.to.includes('journey@example.net') && mail.text.includes('Leseclub im Stadtteilhaus'));
    assert.equal(digest.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    const unsubscribeLink = /http:\/\/\S+\/alerts\/unsubscribe\/\S+/.exec(digest.text)![0];

    // The pages as a visitor with JavaScript sees them pass axe too (axe itself needs scripts).
    const checker = await browser.newPage();
    await checker.goto(unsubscribeLink);
    assert.deepEqual(await axeViolations(checker), [], 'the unsubscribe page');
    await checker.goto(confirmLink);
    assert.deepEqual(await axeViolations(checker), [], 'the confirm page, after confirming');
    await checker.close();

    await mailPage.goto(unsubscribeLink);
    await mailPage.getByRole('button', { name: /Abbestellen/ }).click();
    await mailPage.getByRole('heading', { name: /Abbestellt/ }).waitFor();
    await withoutJs.close();
    assert.equal((await server.db.pool.query(`SELECT 1 FROM alert_subscriptions WHERE email = 'journey@example.net'`)).rowCount, 0);
  });
});
