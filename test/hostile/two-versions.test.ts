/**
 * Two copies of the script-tag bundle of different releases on one page (a CMS plugin brings
 * an old one, the editor pastes the new one): nothing throws, the first definition of each tag
 * stays, the elements work, and the page hears about the conflict in one console warning.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { VERSION } from '../../packages/elements/src/internal/version.js';
import { useCard } from './flows.js';
import { bundleDir, firstOpportunity, launchChromium, skip, startPageServer, violationWatcher, watch, type PageServer } from './harness.js';
import { siteCss } from './pages.js';

const olderVersion = '0.0.1-older';

/** A copy of the built bundle that says it is another release (the version sits in the entry). */
function olderBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mitmachen-older-'));
  cpSync(bundleDir, dir, { recursive: true });
  const entry = join(dir, 'mitmachen.js');
  const source = readFileSync(entry, 'utf8');
  const quoted = JSON.stringify(VERSION);
  assert.equal(source.split(quoted).length - 1, 1, `the bundle holds the version ${quoted} once`);
  writeFileSync(entry, source.replace(quoted, JSON.stringify(olderVersion)));
  return dir;
}

describe('two releases of the bundle on one page', { skip }, () => {
  let api: TestServer;
  let site: PageServer;
  let browser: Browser;
  let older: string;
  let opportunity: { id: string; title: string };

  before(async () => {
    api = await startTestServer({ seed: { opportunities: 30, offers: 3 } });
    older = olderBundle();
    site = await startPageServer({ '/bundle/': bundleDir, '/older/': older });
    opportunity = await firstOpportunity(api.baseUrl);
    site.set('/watch.js', violationWatcher);
    site.set('/site.css', siteCss);
    site.set('/', {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zwei Kopien</title>
<script src="/watch.js"></script>
<script type="module" src="/older/mitmachen.js"></script>
<script type="module" src="/bundle/mitmachen.js"></script>
</head><body>
<div id="search"><mitmachen-search api-base="${api.baseUrl}"></mitmachen-search></div>
<div id="card"><mitmachen-opportunity-card api-base="${api.baseUrl}" opportunity-id="${opportunity.id}" href="/angebot"></mitmachen-opportunity-card></div>
</body></html>`,
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await api?.close();
    if (older !== undefined) rmSync(older, { recursive: true, force: true });
  });

  it('keeps the first definition, works, throws nothing and warns once', async () => {
    const page = await browser.newPage();
    const report = watch(page);
    await page.goto(`${site.url}/`);
    const search = page.locator('#search mitmachen-search');
    await report.until(search.locator('.grid li[data-id] .link').first().waitFor({ timeout: 0 }));
    await useCard(page, report, opportunity.title);
    // The detail's chunk is loaded by whichever copy defined the search; opening it must work too.
    await search.locator('.grid li[data-id] .link').first().click();
    await report.until(search.locator('mitmachen-opportunity h2').first().waitFor({ timeout: 0 }));

    const versions = await page.evaluate(() =>
      ['mitmachen-search', 'mitmachen-opportunity-card', 'mitmachen-opportunity'].map(
        (tag) => (customElements.get(tag) as unknown as { version?: string } | undefined)?.version,
      ),
    );
    assert.equal(versions[0], olderVersion, 'the copy loaded first keeps <mitmachen-search>');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(await report.violations(), []);
    assert.equal(report.warnings.length, 1, `one warning, got:\n${report.warnings.join('\n')}`);
    assert.match(report.warnings[0] ?? '', /@mitmachen\/elements/);
    await page.close();
  });
});
