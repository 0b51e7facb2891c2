// @ts-check
/**
 * The WordPress plugin as WordPress's "Upload Plugin" screen takes it:
 * dist/mitmachen-wordpress-<version>.zip with the folder mitmachen/ at its root, the version
 * taken from the plugin's header. Built with Debian's `zip` (apt-get install zip).
 *
 *   node scripts/wordpress-zip.mjs [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const integration = join(root, 'integrations', 'wordpress');

/** The plugin's version, from the `Version:` line of its header. */
export function pluginVersion() {
  const header = readFileSync(join(integration, 'mitmachen', 'mitmachen.php'), 'utf8');
  const version = /^ \* Version:\s+(\S+)$/m.exec(header)?.[1];
  if (!version) throw new Error('integrations/wordpress/mitmachen/mitmachen.php has no "Version:" header line');
  return version;
}

/**
 * Writes the zip into `out` (replacing one of the same version) and returns its path.
 * @param {{ out?: string }} [options]
 */
export function buildWordPressZip(options = {}) {
  const out = resolve(options.out ?? join(root, 'dist'));
  const file = join(out, `mitmachen-wordpress-${pluginVersion()}.zip`);
  mkdirSync(out, { recursive: true });
  rmSync(file, { force: true });
  // -X: no extra file attributes (uid, times), so the archive depends on the files alone.
  const result = spawnSync('zip', ['-r', '-X', '-q', file, 'mitmachen', '-x', '*/.*'], { cwd: integration, encoding: 'utf8' });
  if (result.error) throw new Error(`cannot run zip (${result.error.message}): apt-get install zip`);
  if (result.status !== 0) throw new Error(`zip failed: ${result.stderr}`);
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  console.log(buildWordPressZip({ out: values.out }));
}
