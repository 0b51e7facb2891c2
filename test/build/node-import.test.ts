/**
 * Server-side rendering frameworks (Next.js, Nuxt, Astro, SvelteKit) import packages in Node at
 * build time, where there is no DOM. Every JavaScript export of the built packages is imported
 * here in a fresh Node process, as such a build would: by package name, without the `source`
 * condition the test runner uses, and with no `window`/`document`. None may throw.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = ['contract', 'sdk', 'elements'].every((name) => existsSync(join(root, 'packages', name, 'dist')));
const skip = built ? false : 'dist/ is missing: run `npm run build` first (npm test does)';

/** Every JavaScript export of a package (wildcards expanded to the built files), as import specifiers. */
function specifiers(folder: string): string[] {
  const dir = join(root, 'packages', folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const target = (value: unknown): string | undefined =>
    typeof value === 'string' ? value : value !== null && typeof value === 'object' && 'default' in value ? target(value.default) : undefined;
  return Object.entries(manifest.exports).flatMap(([subpath, value]) => {
    const file = target(value);
    if (file === undefined || !file.endsWith('.js')) return [];
    const name = (path: string) => (path === '.' ? manifest.name : `${manifest.name}/${path.slice(2)}`);
    if (!subpath.includes('*')) return [name(subpath)];
    const [before = '', after = ''] = file.split('*');
    const base = join(dir, before);
    return readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith(after) && existsSync(join(base, path)))
      .map((path) => name(subpath.replace('*', path.slice(0, path.length - after.length))));
  });
}

/** Imports `specifier` in a new Node process; resolves with what it threw, or undefined. */
async function importError(specifier: string): Promise<string | undefined> {
  const script = `
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('this Node has a DOM');
    await import(${JSON.stringify(specifier)});`;
  try {
    await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], { cwd: root });
    return undefined;
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    return /^\w*Error: .*$/m.exec(stderr ?? '')?.[0] ?? String(error);
  }
}

/**
 * The script-tag entry looks for its tags in `document` when it loads; in Node it throws until
 * src/mitmachen.ts checks for a document first (its owner's change). The CDN bundle resolves to
 * the same entry in Node (the `node` condition): the bundle itself carries Lit's browser build.
 */
describe('importing the packages in Node without a DOM', { skip }, () => {
  const all = ['contract', 'sdk', 'elements'].flatMap(specifiers);

  it('covers every define module of the elements', () => {
    const defines = all.filter((specifier) => specifier.endsWith('/define.js'));
    assert.ok(defines.length >= 3, defines.join(', '));
  });

  for (const specifier of all) {
    it(`does not throw: ${specifier}`, async () => {
      assert.equal(await importError(specifier), undefined);
    });
  }

  it('leaves the element classes usable: the index exports them and define registers them in Lit’s server registry', async () => {
    const script = `
      const elements = await import('@mitmachen/elements');
      await import('@mitmachen/elements/search/define.js');
      if (typeof elements.MitmachenSearch !== 'function') throw new Error('no MitmachenSearch class');
      if (customElements.get('mitmachen-search') !== elements.MitmachenSearch) throw new Error('not registered');`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], { cwd: root });
  });
});
