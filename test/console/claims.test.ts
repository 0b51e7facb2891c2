/**
 * Two staff members of one agency, each in a browser of their own (two Chromium contexts, so two
 * sessions), open the same posting in the console as served by the real server: the second sees
 * who holds it and cannot decide it, by button or key; once the first moves on (which gives the
 * claim back), the second takes it over and approves it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { seedConsoleDemo } from '../../packages/server/src/console/demo.js';
import { browserTestSkip, launchChromium } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

const skip = browserTestSkip('packages/console/dist/assets/console.js');
const MODERATOR = 'moderator.dresden@example.org';
const ADMIN = 'admin.dresden@example.org';

describe('claims between two browsers', { skip }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 120, offers: 12 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off' } });
    await seedConsoleDemo(server.db);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new browser (its own cookies) signed in by link as `email`, on the review queue. */
  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/console/`);
    await page.locator('mitmachen-console-sign-in input#email').fill(email);
    await page.locator('mitmachen-console-sign-in button[type="submit"]').click();
    await page.locator('mitmachen-console-sign-in h1#sent').waitFor({ timeout: 0 });
    const { rows } = await server.db.pool.query<{ body: string }>(
      `SELECT body FROM outbox WHERE recipient = $1 AND topic = 'sign-in' ORDER BY next_attempt_at DESC, id DESC LIMIT 1`,
      [email],
    );
    const link = /http\S+#sign-in=\S+/.exec(rows[0]?.body ?? '')?.[0];
    assert.ok(link, `a sign-in link for ${email} waits in the outbox`);
    await page.goto(link);
    await page.locator('mitmachen-console-confirm button').click();
    await page.locator('mitmachen-console-queue .row').first().waitFor({ timeout: 0 });
    return page;
  }

  const current = (page: Page) =>
    page.locator('mitmachen-console-queue').evaluate((queue) => (queue as unknown as { current?: { id: string; kind: string } }).current);

  it('shows the second who holds an item and keeps its decisions back, until the first moves on', async () => {
    const first = await signedIn(MODERATOR);
    const second = await signedIn(ADMIN);

    // The moderator opens the oldest posting: that claims it.
    await first.keyboard.press('j');
    await first.locator('mitmachen-console-queue .claim.mine').waitFor({ timeout: 0 });
    const item = await current(first);
    assert.ok(item);
    const title = ((await first.locator('mitmachen-console-queue h2#item-title').textContent()) ?? '').trim();

    // The admin opens the same one: who holds it, and until when; no decision possible.
    await second.locator('mitmachen-console-queue .row button.open', { hasText: title }).first().click();
    const held = second.locator('mitmachen-console-queue .claim.other');
    await held.waitFor({ timeout: 0 });
    assert.match((await held.textContent()) ?? '', new RegExp(MODERATOR.replace(/\./g, '\\.')));
    const approve = second.locator('mitmachen-console-queue [data-action="approve"]');
    assert.equal(await approve.isDisabled(), true, 'approve is not offered to the second');
    await second.locator('mitmachen-console-queue h2#item-title').focus();
    await second.keyboard.press('a');
    const status = async () =>
      (await server.db.pool.query<{ status: string }>(`SELECT status FROM ${item.kind === 'offer' ? 'offers' : 'opportunities'} WHERE id = $1`, [item.id])).rows[0]?.status;
    // The key is refused on the spot; the server would refuse too (a 409 with the holder's name).
    assert.equal(await status(), 'pending');

    // Trying to take it over while it is held changes nothing.
    await second.locator('mitmachen-console-queue .claim.other button').click();
    await held.waitFor({ timeout: 0 });
    assert.equal(await approve.isDisabled(), true);

    // The moderator moves on to the next posting, which gives this one back.
    const givenBack = first.waitForResponse(
      (response) => response.request().method() === 'DELETE' && response.url().endsWith(`/console/items/${item.kind}/${item.id}/claim`),
      { timeout: 0 },
    );
    await first.keyboard.press('j');
    assert.equal((await givenBack).status(), 204);

    // Now the admin takes it over and approves it.
    await second.locator('mitmachen-console-queue .claim.other button').click();
    await second.locator('mitmachen-console-queue .claim.mine').waitFor({ timeout: 0 });
    assert.equal(await approve.isDisabled(), false);
    await approve.click();
    await second.locator('mitmachen-console-queue [role="status"]', { hasText: title }).waitFor({ timeout: 0 });
    assert.equal(await status(), 'published');
    const log = await server.db.pool.query<{ action: string; email: string }>(
      `SELECT action, email FROM audit_log WHERE item_id = $1 AND action IN ('claim', 'approve') ORDER BY id`,
      [item.id],
    );
    const trail = log.rows.map((row) => `${row.action} ${row.email}`);
    assert.ok(trail.includes(`claim ${MODERATOR}`), trail.join(', '));
    assert.equal(trail.at(-1), `approve ${ADMIN}`);
  });
});
