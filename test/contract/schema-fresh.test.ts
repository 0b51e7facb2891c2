/**
 * The generated types in packages/contract/src/schema.ts must be exactly what openapi-typescript
 * makes of openapi.yaml today; otherwise SDK, server and elements compile against a stale API.
 */
import { readFile } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

const documentUrl = new URL('../../packages/contract/openapi.yaml', import.meta.url);
const schemaUrl = new URL('../../packages/contract/src/schema.ts', import.meta.url);

describe('generated contract types', () => {
  it('match openapi.yaml', async () => {
    // The same header and options as the `openapi-typescript` command behind `npm run generate`.
    const expected = COMMENT_HEADER + astToString(await openapiTS(documentUrl, { silent: true }));
    const actual = await readFile(schemaUrl, 'utf8');
    assert.ok(
      actual === expected,
      `packages/contract/src/schema.ts is out of date with openapi.yaml: run npm run generate (first differing line: ${firstDifference(actual, expected)})`,
    );
  });
});

function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `${at + 1}: ${JSON.stringify(a[at] ?? '<end of file>')} should be ${JSON.stringify(b[at] ?? '<end of file>')}`;
}
