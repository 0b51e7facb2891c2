// @ts-check
/**
 * The versioned CDN layout of the script-tag bundle and the snippet a web editor pastes.
 *
 * `<out>/mitmachen@1.2.3/` holds one release for good (pin it: the snippet carries its hashes);
 * `<out>/mitmachen@1/` holds the newest 1.x (for 0.x: `mitmachen@0.4/`, since 0.x releases break
 * in minors) for those who accept updates, without integrity, which a moving file cannot have.
 *
 * Subresource integrity of a module graph: a `<script integrity>` covers the entry file only, not
 * the chunks it imports (statically or with `import()`). The import map's `integrity` section
 * (HTML standard; Chromium 127+, Safari 18+, Firefox 138+) gives the hash for every module URL,
 * and the browser checks each chunk against it when it loads, lazy ones included, without
 * preloading them (`<link rel="modulepreload" integrity>` would verify chunks only by downloading
 * all of them up front). Browsers without import-map integrity still check the entry. The import
 * map is an inline script, so a strict CSP must allow it by its hash: the release prints that too.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {string} algorithm @param {string | Buffer} content */
const digest = (algorithm, content) => `${algorithm}-${createHash(algorithm).update(content).digest('base64')}`;

/** @param {string} version e.g. 1.2.3 or 0.4.1 @returns {string} the range folder's suffix: 1, or 0.4 */
export function compatibleRange(version) {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor}` : String(major);
}

/** @param {string} a @param {string} b @returns {number} semver order of plain x.y.z versions (pre-releases after nothing) */
function compareVersions(a, b) {
  const parts = (/** @type {string} */ version) => version.split(/[.-]/).slice(0, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * Copies the built bundle (every file of `bundleDir`) into `<out>/mitmachen@<version>/`, and into
 * the range folder unless `out` already holds a newer release of that range.
 * @param {{ bundleDir: string, out: string, version: string }} options
 * @returns {Promise<{ pinned: string, range: string, rangeUpdated: boolean, files: string[] }>}
 *   folder names under `out`, and the bundle's file names
 */
export async function writeCdnLayout({ bundleDir, out, version }) {
  const files = (await readdir(bundleDir)).filter((name) => name.endsWith('.js')).sort();
  if (!files.includes('mitmachen.js')) throw new Error(`${bundleDir} has no mitmachen.js: build the elements first`);
  const pinned = `mitmachen@${version}`;
  const range = `mitmachen@${compatibleRange(version)}`;
  await mkdir(out, { recursive: true });
  await rm(join(out, pinned), { recursive: true, force: true });
  await cp(bundleDir, join(out, pinned), { recursive: true });

  const releases = (await readdir(out)).filter((name) => /^mitmachen@\d+\.\d+\.\d+/.test(name)).map((name) => name.slice('mitmachen@'.length));
  const newest = releases.filter((release) => compatibleRange(release) === compatibleRange(version)).sort(compareVersions).at(-1);
  const rangeUpdated = newest === version;
  if (rangeUpdated) {
    await rm(join(out, range), { recursive: true, force: true });
    await cp(bundleDir, join(out, range), { recursive: true });
  }
  return { pinned, range, rangeUpdated, files };
}

/**
 * The snippet for one pinned release: an import map with the sha384 of every module of the bundle,
 * then the entry's script tag with its own integrity; and the CSP source that allows the import map.
 * @param {{ dir: string, baseUrl: string, files: string[] }} options dir: the release folder;
 *   baseUrl: where that folder is served, ending in `/`
 * @returns {Promise<{ html: string, importMap: string, cspHash: string, integrity: Record<string, string> }>}
 */
export async function releaseSnippet({ dir, baseUrl, files }) {
  if (!baseUrl.endsWith('/')) throw new Error(`the base URL must end with "/": ${baseUrl}`);
  /** @type {Record<string, string>} */
  const integrity = {};
  for (const file of files) integrity[new URL(file, baseUrl).href] = digest('sha384', await readFile(join(dir, file)));
  const entry = new URL('mitmachen.js', baseUrl).href;
  const importMap = JSON.stringify({ integrity });
  const html = [
    `<script type="importmap">${importMap}</script>`,
    `<script type="module" src="${entry}" integrity="${integrity[entry]}" crossorigin="anonymous"></script>`,
  ].join('\n');
  return { html, importMap, cspHash: `'${digest('sha256', importMap)}'`, integrity };
}
