/**
 * The widgets run on any town's website, so browsers call the API cross-origin: preflights pass
 * for the headers the SDK sends, scripts can read the headers they need, and no credentials
 * (cookies) are ever involved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/server.js';

const seed = { opportunities: 5, offers: 2 };
const preflight = (server: TestServer, path: string, origin: string) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,idempotency-key',
    },
  });

describe('CORS for every origin (the default)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed });
  });
  after(() => server?.close());

  it('answers a preflight for a POST with Idempotency-Key and Altcha', async () => {
    const response = await preflight(server, '/opportunities', 'https://www.pirna.de');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const header of ['content-type', 'idempotency-key', 'altcha', 'if-none-match', 'authorization']) assert.ok(allowed.includes(header), header);
    assert.equal(response.headers.get('access-control-max-age'), '600');
    assert.equal(response.headers.get('access-control-allow-credentials'), null, 'no credentials');
  });

  it('lets scripts read ETag, Retry-After, Idempotent-Replayed and the rate-limit headers', async () => {
    const response = await fetch(`${server.baseUrl}/taxonomy`, { headers: { Origin: 'https://www.freital.de' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    for (const header of ['etag', 'retry-after', 'ratelimit', 'ratelimit-policy', 'idempotent-replayed', 'location']) {
      assert.ok(exposed.includes(header), header);
    }
    await response.body?.cancel();
  });

  it('puts CORS headers on problems too, so the widget can show the error', async () => {
    const response = await fetch(`${server.baseUrl}/opportunities?foo=1`, { headers: { Origin: 'https://www.pirna.de' } });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    await response.body?.cancel();
  });

  it('sets no cookie anywhere', async () => {
    for (const path of ['/opportunities', '/taxonomy', '/places?q=Pirna', '/nothing']) {
      const response = await fetch(`${server.baseUrl}${path}`);
      assert.equal(response.headers.get('set-cookie'), null, path);
      await response.body?.cancel();
    }
  });
});

describe('CORS for a list of origins', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed, env: { MITMACHEN_ALLOWED_ORIGINS: 'https://www.pirna.de,https://www.freital.de' } });
  });
  after(() => server?.close());

  it('allows a listed origin by name and varies on Origin', async () => {
    const response = await preflight(server, '/offers', 'https://www.freital.de');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://www.freital.de');
    assert.match(response.headers.get('vary') ?? '', /Origin/);
    const get = await fetch(`${server.baseUrl}/taxonomy`, { headers: { Origin: 'https://www.pirna.de' } });
    assert.equal(get.headers.get('access-control-allow-origin'), 'https://www.pirna.de');
    await get.body?.cancel();
  });

  it('gives an unlisted origin no permission', async () => {
    const response = await preflight(server, '/offers', 'https://evil.example');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const get = await fetch(`${server.baseUrl}/taxonomy`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(get.headers.get('access-control-allow-origin'), null);
    await get.body?.cancel();
  });
});
