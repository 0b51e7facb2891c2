/**
 * The release's plugin zip (scripts/wordpress-zip.mjs): the folder mitmachen/ at its root, and
 * WordPress's own "Upload Plugin" screen installs and activates it, in Chromium, as an
 * administrator would.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserTestSkip, launchChromium } from '../support/chromium.js';
import { closedContext, startWordPress, wordpressSkip, type WordPress } from './harness.js';

const ZIP_MODULE = '../../scripts/wordpress-zip.mjs';
const { buildWordPressZip, pluginVersion } = (await import(ZIP_MODULE)) as {
  buildWordPressZip: (options: { out: string }) => string;
  pluginVersion: () => string;
};

const hasZip = spawnSync('sh', ['-c', 'command -v zip && command -v unzip']).status === 0;
const zipSkip = hasZip ? false : 'no zip/unzip: apt-get install zip unzip';

describe('the WordPress plugin’s release zip', { skip: zipSkip }, () => {
  let out: string;
  let zip: string;

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'mitmachen-zip-'));
    zip = buildWordPressZip({ out });
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('is named after the plugin’s version and holds only the folder mitmachen/', () => {
    assert.equal(zip, join(out, `mitmachen-wordpress-${pluginVersion()}.zip`));
    const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    assert.ok(entries.every((entry) => entry.startsWith('mitmachen/')), entries.join('\n'));
    for (const file of ['mitmachen.php', 'readme.txt', 'assets/editor.js', 'blocks/search/block.json', 'languages/mitmachen-de_DE.mo']) {
      assert.ok(entries.includes(`mitmachen/${file}`), `the zip has mitmachen/${file}`);
    }
  });

  describe('on WordPress', { skip: browserTestSkip() || wordpressSkip() }, () => {
    let wp: WordPress;
    let browser: Browser;
    before(async () => {
      [wp, browser] = await Promise.all([startWordPress({ linkPlugin: false }), launchChromium()]);
    });
    after(async () => {
      await browser?.close();
      await wp?.close();
    });

    it('runs the must-use plugin from docs/embedding.md on WordPress 6.1 (no wp_enqueue_script_module there)', async () => {
      const docs = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
      const section = docs.slice(docs.indexOf('## WordPress'));
      const snippet = /```php\n([\s\S]*?)```/.exec(section)?.[1];
      assert.ok(snippet !== undefined && snippet.includes("add_shortcode( 'mitmachen_search'"), 'the docs have the must-use plugin');
      const muPlugins = join(wp.contentDir, 'mu-plugins');
      mkdirSync(muPlugins, { recursive: true });
      writeFileSync(join(muPlugins, 'mitmachen.php'), snippet.replace('https://mitmachen.example.org', 'https://api.example.org'));
      try {
        const post = wp.php(`echo wp_insert_post( array( 'post_title' => 'MU', 'post_status' => 'publish', 'post_content' => '[mitmachen_search region="meissen"]' ) );`);
        const response = await fetch(`${wp.url}/?p=${post}`);
        const html = await response.text();
        assert.equal(response.status, 200, html.slice(0, 500));
        assert.match(html, /<script type="module" src=.https:\/\/api\.example\.org\/mitmachen\.js/);
        assert.match(html, /<mitmachen-search api-base="https:\/\/api\.example\.org\/v1" sync-url region="meissen"><\/mitmachen-search>/);
      } finally {
        rmSync(muPlugins, { recursive: true, force: true });
      }
    });

    it('installs through Plugins → Add New → Upload Plugin and activates', async () => {
      const page = await (await closedContext(browser)).newPage();
      await page.goto(`${wp.url}/wp-login.php`);
      await page.fill('#user_login', wp.adminUser);
      await page.fill('#user_pass', wp.adminPassword);
      await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
      await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
      await page.setInputFiles('#pluginzip', zip);
      await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
      const body = (await page.locator('.wrap').textContent()) ?? '';
      assert.match(body, /Plugin installed successfully\./, body);
      await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
      assert.match((await page.locator('#message').textContent()) ?? '', /Plugin activated\./);
      assert.equal(wp.php("echo is_plugin_active( 'mitmachen/mitmachen.php' ) ? 'active' : 'inactive';"), 'active');
      // Unset on a fresh install: the administrator is pointed to the settings.
      await page.locator('.notice-warning', { hasText: 'no server address is set' }).getByRole('link', { name: 'Set it now' }).click();
      assert.match(await page.locator('#wpbody-content h1').textContent() ?? '', /mitmachen settings/);
      await page.close();
    });
  });
});
