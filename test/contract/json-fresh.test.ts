/**
 * packages/contract/src/openapi.json is what the server and the test helper read instead of
 * openapi.yaml (JSON.parse is far cheaper); it must be exactly what `npm run generate` makes of
 * the YAML today, or the server would validate against a stale API.
 */
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contractJson, currentContractJson, jsonUrl } from '../../scripts/contract-json.mjs';

describe('generated contract JSON', () => {
  it('matches openapi.yaml', async () => {
    const actual = await readFile(jsonUrl, 'utf8');
    assert.ok(
      actual === (await currentContractJson()),
      'packages/contract/src/openapi.json is out of date with openapi.yaml: run npm run generate',
    );
  });

  it('refuses YAML that writes a key twice', () => {
    assert.throws(() => contractJson('openapi: 3.1.0\nopenapi: 3.1.1\n'), /unique/i);
  });
});
