// @ts-check
/**
 * `node scripts/check-packages.mjs [name…]`: checks what each workspace package would publish, as
 * its users' tools will see it. publint (every message, suggestions included) reads the packed
 * package.json against the packed files; `@arethetypeswrong/cli` resolves every export the way
 * TypeScript does under `node16` and `bundler` and reports entries without types or with types
 * that do not match the JavaScript. Run after `npm run build`; `npm test` runs it. Exits with 1
 * when either tool reports anything.
 *
 * The packages are ES modules only, so attw's `esm-only` profile: Node 10 resolution and
 * `require()` from CommonJS are not supported by design (Node 20.19+ can `require()` them anyway).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const attw = join(root, 'node_modules', '.bin', 'attw');

/** Exports that are data, not modules: attw would report them as unresolvable JavaScript. */
const dataFile = /\.(json|ya?ml)$/;

/**
 * The subpaths attw should check: every export, with each wildcard (`./*\/define.js`) expanded to
 * the files it matches in the built package, which attw does not do by itself.
 * @param {string} dir @param {Record<string, unknown>} exports
 */
function entrypoints(dir, exports) {
  /** @type {string[]} */
  const found = [];
  for (const [subpath, target] of Object.entries(exports)) {
    if (dataFile.test(subpath)) continue;
    if (!subpath.includes('*')) {
      found.push(subpath);
      continue;
    }
    const pattern = defaultTarget(target);
    if (pattern === undefined) throw new Error(`${dir}: export ${subpath} has no default target`);
    const [before, after] = pattern.split('*');
    const base = join(dir, before ?? '');
    for (const file of walk(dir).filter((path) => path.startsWith(base) && path.endsWith(after ?? ''))) {
      const star = file.slice(base.length, file.length - (after ?? '').length);
      found.push(subpath.replace('*', star));
    }
  }
  return found;
}

/** @param {unknown} target @returns {string | undefined} */
function defaultTarget(target) {
  if (typeof target === 'string') return target;
  if (target !== null && typeof target === 'object' && 'default' in target) return defaultTarget(target.default);
  return undefined;
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes(`${join(dir, 'node_modules')}`));
}

/** @param {string} name folder under packages/ @returns {Promise<boolean>} true when clean */
async function checkPackage(name) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  console.log(`\n── ${manifest.name} (${relative(root, dir)})`);
  if (!existsSync(join(dir, 'dist'))) {
    console.log('  no dist/: run `npm run build` first');
    return false;
  }

  const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
  for (const message of messages) console.log(`  publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
  if (messages.length === 0) console.log('  publint: no problems');

  const subpaths = entrypoints(dir, manifest.exports ?? {});
  const excluded = Object.keys(manifest.exports ?? {}).filter((subpath) => dataFile.test(subpath));
  const args = ['--pack', dir, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color', '--entrypoints', ...subpaths];
  const result = spawnSync(attw, args, { cwd: dir, encoding: 'utf8' });
  if (result.status === 0) {
    console.log(`  attw: no problems in ${subpaths.length} entry points (node16 from ESM, bundler)`);
  } else {
    // Its table and the summary of each problem, with a link that explains it.
    console.log(`${result.stdout}${result.stderr}`.trim().split('\n').map((line) => `  ${line}`).join('\n'));
  }
  if (excluded.length > 0) console.log(`  attw: not checked, data files: ${excluded.join(', ')}`);
  return messages.length === 0 && result.status === 0;
}

const requested = process.argv.slice(2);
const packages = requested.length > 0 ? requested : readdirSync(join(root, 'packages')).filter((name) => existsSync(join(root, 'packages', name, 'package.json')));
let clean = true;
for (const name of packages) clean = (await checkPackage(name)) && clean;
console.log(clean ? '\nEvery package is clean.' : '\nProblems above.');
process.exitCode = clean ? 0 : 1;
