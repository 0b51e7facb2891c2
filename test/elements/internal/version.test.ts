import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { VERSION } from '../../../packages/elements/src/internal/version.js';

describe('the version stored on every element class', () => {
  it('is the package’s version, so defineElement tells releases apart correctly', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../../packages/elements/package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    assert.equal(VERSION, manifest.version);
  });
});
