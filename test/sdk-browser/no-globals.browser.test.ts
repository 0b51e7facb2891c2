/// <reference types="mocha" />
/**
 * The SDK in a real browser: importing it and creating a client leaves the page's globals as
 * they were (no hidden global state, nothing a host page could collide with).
 */
import { assert } from '@open-wc/testing';

describe('@mitmachen/sdk in the browser', () => {
  it('imports and creates a client without adding globals', async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    const sdk = await import('../../packages/sdk/src/index.js');
    const client = sdk.createClient({ baseUrl: 'https://api.example.org/v1' });
    const added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    assert.equal(typeof client.opportunities.search, 'function');
    assert.deepEqual(added, []);
  });
});
