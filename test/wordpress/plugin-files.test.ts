/**
 * The WordPress plugin's files: every PHP file parses (`php -l`) and passes the plugin's coding
 * standard (`phpcs`, integrations/wordpress/phpcs.xml), the committed translations are built
 * from the German .po, and the header, readme.txt and block.json files say what WordPress reads.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pluginDir } from './harness.js';

const integration = join(pluginDir, '..');
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = (command: string, pkg: string) => (has(command) ? false : `no ${command}: apt-get install ${pkg}`);

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

describe('the WordPress plugin’s files', () => {
  it('every PHP file parses with php -l', { skip: missing('php', 'php-cli') }, () => {
    const php = files(pluginDir, '.php');
    assert.ok(php.length >= 8);
    for (const file of php) {
      const result = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(result.status, 0, `${file}: ${result.stdout}${result.stderr}`);
    }
  });

  it('passes phpcs with the plugin’s rule set', { skip: missing('phpcs', 'php-codesniffer') }, () => {
    const result = spawnSync('phpcs', ['--standard=phpcs.xml', '--no-colors', '-s'], { cwd: integration, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('ships the .mo and the editor’s JSON built from the German .po', { skip: missing('msgfmt', 'gettext') }, () => {
    const result = spawnSync(process.execPath, [join(integration, 'translations.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(readFileSync(join(pluginDir, 'languages/mitmachen-de_DE-mitmachen-editor.json'), 'utf8')) as {
      locale_data: { messages: Record<string, string[]> };
    };
    assert.deepEqual(json.locale_data.messages.Regions, ['Regionen']);
    const mo = execFileSync('msgunfmt', [join(pluginDir, 'languages/mitmachen-de_DE.mo')], { encoding: 'utf8' });
    assert.match(mo, /msgctxt "block title"\nmsgid "mitmachen: volunteering search"\nmsgstr "mitmachen: Ehrenamtssuche"/);
  });

  it('has the header, readme.txt and block.json files WordPress reads', () => {
    const main = readFileSync(join(pluginDir, 'mitmachen.php'), 'utf8');
    const header = (name: string) => new RegExp(`^ \\* ${name}:\\s+(.+)$`, 'm').exec(main)?.[1];
    assert.equal(header('Plugin Name'), 'mitmachen');
    assert.equal(header('Requires at least'), '6.1');
    assert.equal(header('License'), 'GPL-2.0-or-later');
    assert.equal(header('Text Domain'), 'mitmachen');
    const version = header('Version');
    assert.match(version ?? '', /^\d+\.\d+\.\d+$/);
    assert.match(main, new RegExp(`define\\( 'MITMACHEN_VERSION', '${version}' \\)`));
    const readme = readFileSync(join(pluginDir, 'readme.txt'), 'utf8');
    assert.match(readme, /^=== mitmachen ===$/m);
    assert.match(readme, new RegExp(`^Stable tag: ${version}$`, 'm'));
    assert.match(readme, /^License: GPL-2.0-or-later$/m);

    const blocks = readdirSync(join(pluginDir, 'blocks'));
    assert.deepEqual(blocks.sort(), ['offer-form', 'opportunity', 'opportunity-form', 'search']);
    for (const block of blocks) {
      const json = JSON.parse(readFileSync(join(pluginDir, 'blocks', block, 'block.json'), 'utf8')) as Record<string, unknown>;
      assert.equal(json.apiVersion, 2, `${block}: apiVersion 2 runs on WordPress 6.1`);
      assert.equal(json.name, `mitmachen/${block}`);
      assert.equal(json.editorScript, 'mitmachen-editor');
      assert.equal(json.textdomain, 'mitmachen');
    }
    assert.ok(existsSync(join(pluginDir, 'assets/editor.js')));
  });
});
