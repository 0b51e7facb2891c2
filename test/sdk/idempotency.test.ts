import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { idempotencyKey, uuidFromRandomBytes } from '../../packages/sdk/src/idempotency.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('keeps the key the caller gives', () => {
    assert.equal(idempotencyKey('order-2026-11-25-0001'), 'order-2026-11-25-0001');
  });

  it('generates a different UUID v4 for every call without one', () => {
    const keys = new Set(Array.from({ length: 100 }, () => idempotencyKey()));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, uuidV4);
  });

  it('builds a valid UUID v4 from raw bytes where randomUUID is missing (plain-http pages)', () => {
    assert.equal(uuidFromRandomBytes(new Uint8Array(16).fill(0xff)), 'ffffffff-ffff-4fff-bfff-ffffffffffff');
    assert.equal(uuidFromRandomBytes(new Uint8Array(16)), '00000000-0000-4000-8000-000000000000');
    assert.match(uuidFromRandomBytes(crypto.getRandomValues(new Uint8Array(16))), uuidV4);
  });
});
