// @ts-check
/**
 * `npm run release`: after `changeset version` (see .changeset/README.md), builds every package,
 * checks what they would publish (publint, attw), lays out the script-tag bundle for a CDN
 * (scripts/cdn-release.mjs), prints the snippet to paste with its integrity hashes, and publishes
 * with `changeset publish`.
 *
 *   npm run release -- --dry-run                  everything but publishing (also: npm run release:dry)
 *   --base-url https://cdn.example.org/           where the CDN folder is served (default below)
 *   --out dist/cdn-release                        the CDN folder (other releases in it are kept)
 *   --skip-build                                  use the dist/ folders as they are, unchecked
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { releaseSnippet, writeCdnLayout } from './cdn-release.mjs';
import { buildWordPressZip } from './wordpress-zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'base-url': { type: 'string', default: 'https://mitmachen.example.org/cdn/' },
    out: { type: 'string', default: join(root, 'dist', 'cdn-release') },
  },
});

/** Runs a command in the repository with its output shown; exits when it fails. @param {string} command @param {string[]} commandArgs */
function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nrelease: \`${[command, ...commandArgs].join(' ')}\` failed; nothing was published.`);
    process.exit(1);
  }
}

if (!args['skip-build']) {
  run('npm', ['run', '--silent', 'build']);
  run(process.execPath, [join(root, 'scripts', 'check-packages.mjs')]);
}

const elements = join(root, 'packages', 'elements');
const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));
const out = resolve(args.out);
const baseUrl = args['base-url'].endsWith('/') ? args['base-url'] : `${args['base-url']}/`;
const layout = await writeCdnLayout({ bundleDir: join(elements, 'dist', 'cdn'), out, version });
const snippet = await releaseSnippet({ dir: join(out, layout.pinned), baseUrl: new URL(`${layout.pinned}/`, baseUrl).href, files: layout.files });
writeFileSync(join(out, `${layout.pinned}.snippet.html`), `${snippet.html}\n`);
const wordpressZip = buildWordPressZip({ out: join(root, 'dist') });

console.log(`
CDN folder: ${out}
  ${layout.pinned}/  ${layout.files.length} files (pin this one)
  ${layout.range}/  ${layout.rangeUpdated ? 'now this release' : 'left as is: it holds a newer release'}

Paste into the page's <head>, before any other module script (it is also in ${layout.pinned}.snippet.html):

----- snippet -----
${snippet.html}
----- end snippet -----

Under a Content-Security-Policy, add to script-src: ${new URL(baseUrl).origin} ${snippet.cspHash}
(the hash allows exactly this import map; it changes with every release).
Following the newest ${layout.range.slice('mitmachen@'.length)}.x instead, without integrity: <script type="module" src="${new URL(`${layout.range}/mitmachen.js`, baseUrl).href}"></script>

WordPress plugin (Plugins → Add New → Upload Plugin): ${wordpressZip}
`);

if (args['dry-run']) {
  console.log('Dry run: not published. These would be, by `changeset publish` (versions not yet on npm):');
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--workspaces'], { cwd: root, encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack --dry-run failed: ${packed.stderr}`);
  for (const { name, version: packageVersion, entryCount, unpackedSize } of JSON.parse(packed.stdout)) {
    console.log(`  ${name}@${packageVersion}  ${entryCount} files, ${(unpackedSize / 1024).toFixed(0)} KiB unpacked`);
  }
} else {
  run(join(root, 'node_modules', '.bin', 'changeset'), ['publish']);
}
