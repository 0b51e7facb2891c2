/**
 * The script-tag entry asks V8 to compile all its functions with the script (rollup.config.mjs
 * says why); the chunks loaded later do not. Reads the bundle `npm run build` wrote.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const cdn = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));
const firstLine = (name: string) => readFileSync(join(cdn, name), 'utf8').split('\n', 1)[0] ?? '';

describe('the entry is compiled eagerly, the chunks are not', () => {
  it('starts mitmachen.js with the compile hint, and no chunk', () => {
    assert.equal(firstLine('mitmachen.js'), '//# allFunctionsCalledOnLoad');
    const chunks = readdirSync(cdn).filter((name) => name.endsWith('.js') && name !== 'mitmachen.js');
    assert.ok(chunks.length > 10, `chunks in ${cdn}`);
    assert.deepEqual(chunks.filter((name) => firstLine(name).includes('allFunctionsCalledOnLoad')), []);
  });
});
