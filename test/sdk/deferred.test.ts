/**
 * The manage and moderation objects load their calls' code on the first call (occasional.ts):
 * until then they are stand-ins that must still behave like plain API objects where it matters.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createClient } from '../../packages/sdk/src/index.js';

// Nothing listens here: a call that went out would fail, and none is made.
const client = createClient({ baseUrl: 'http://127.0.0.1:9/v1', retry: 0 });

it('gives back the manage and moderation objects themselves when awaited (they are no thenables)', async () => {
  const manage = client.manage({ token: 'token' });
  const moderation = client.moderation({ token: 'token' });
  // As a caller who wraps it in a promise would: a `then` on the stand-in would be called instead.
  assert.equal(await Promise.resolve(manage as unknown), manage);
  assert.equal(await Promise.resolve(moderation as unknown), moderation);
  assert.equal(typeof manage.get, 'function');
  assert.equal(typeof moderation.approve, 'function');
});
