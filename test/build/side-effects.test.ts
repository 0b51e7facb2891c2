/**
 * The `sideEffects` field of @mitmachen/elements, as a bundler reads it (Rollup with
 * node-resolve, which honours the field as webpack and esbuild do): importing a define module
 * keeps its registration; importing the index, or a class from it that is never used, leaves
 * nothing of the package in the bundle. Dependencies stay external so only our code is looked at.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));
const skip = existsSync(`${root}packages/elements/dist/index.js`) ? false : 'packages/elements/dist is missing: run `npm run build` first (npm test does)';

/** Bundles `code` (an app's entry) for the browser; returns the output without its import lines. */
async function bundle(code: string): Promise<string> {
  const entry = '\0app.js';
  const build = await rollup({
    input: entry,
    external: (id) => !id.startsWith('@mitmachen/') && !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
    plugins: [
      { name: 'app', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
      nodeResolve({ rootDir: root, exportConditions: ['browser', 'import', 'default'] }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^import ['"][^'"]+['"];$/.test(line.trim()))
    .join('\n');
}

describe('sideEffects of @mitmachen/elements in a bundler', { skip }, () => {
  it('keeps the registration of a define module', async () => {
    const code = await bundle("import '@mitmachen/elements/search/define.js';");
    assert.match(code, /'mitmachen-search'|"mitmachen-search"/);
    assert.match(code, /customElements/);
  });

  it('drops the whole package when the index is imported and nothing from it used', async () => {
    assert.equal(await bundle("import '@mitmachen/elements';"), '');
    assert.equal(await bundle("import { MitmachenSearch, MitmachenOpportunity } from '@mitmachen/elements';"), '');
  });
});
