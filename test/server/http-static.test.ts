/**
 * Besides the API the server serves the elements' script-tag bundle (a town's page loads it
 * cross-origin as a module) and the demo town website at `/`, under a strict CSP.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../support/server.js';

const bundleDir = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));
const entryPath = `${bundleDir}mitmachen.js`;
const notBuilt = existsSync(entryPath) ? false : 'packages/elements/dist/cdn is missing: run `npm run build` first (npm test does)';

/** The chunks mitmachen.js imports (statically or on first use): relative, next to it. */
function importedChunks(source: string): string[] {
  return [...new Set([...source.matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? ''))];
}

// A town that restricts the API to its own origin still loads the script from anywhere.
const env = { MITMACHEN_ALLOWED_ORIGINS: 'https://www.musterhausen.example' };
const townOrigin = 'https://www.pirna.de';

describe('the script-tag bundle', { skip: notBuilt }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 }, env });
  });
  after(() => server?.close());

  it('serves /mitmachen.js as JavaScript any origin may load, cached briefly with an ETag', async () => {
    const response = await fetch(`${server.url}/mitmachen.js`, { headers: { Origin: townOrigin } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(await response.text(), readFileSync(entryPath, 'utf8'));

    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.url}/mitmachen.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('serves every chunk it imports next to it, cached for a year', async () => {
    const chunks = importedChunks(readFileSync(entryPath, 'utf8'));
    assert.ok(chunks.some((name) => name.startsWith('opportunity-')), `the detail is a chunk of its own: ${chunks.join(', ')}`);
    for (const name of chunks) {
      const response = await fetch(`${server.url}/${name}`, { headers: { Origin: townOrigin } });
      assert.equal(response.status, 200, name);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8', name);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', name);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable', name);
      assert.equal(await response.text(), readFileSync(`${bundleDir}${name}`, 'utf8'), name);
    }
  });

  it('answers a chunk that does not exist, or any other file, with a 404 problem', async () => {
    for (const path of ['/opportunity-00000000.js', '/package.json', '/..%2Fpackage.json', '/demo/..%2F..%2Fpackage.json']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, path);
    }
  });
});

describe('the demo website', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 }, env });
  });
  after(() => server?.close());

  it('serves the town page at / under a strict Content-Security-Policy', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'", 'trusted-types lit-html dompurify mitmachen-json-ld']) {
      assert.ok(policy.split(/;\s*/).includes(directive), `${directive} in ${policy}`);
    }
    const page = await response.text();
    assert.match(page, /<html lang="de">/);
    assert.match(page, /Stadt<\/span> Musterhausen/);
    // Embedded exactly as the page tells a web editor to, and the snippet shown as text.
    assert.match(page, /<script type="module" src="\/mitmachen\.js"><\/script>/);
    assert.match(page, /<mitmachen-search api-base="\/v1" sync-url><\/mitmachen-search>/);
    assert.match(page, /<pre><code>&lt;script type="module" src="\/mitmachen\.js"&gt;&lt;\/script&gt;\n&lt;mitmachen-search api-base="\/v1" sync-url&gt;&lt;\/mitmachen-search&gt;<\/code><\/pre>/);
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
  });

  it('serves the stylesheet the page links', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((match) => match[1] ?? '');
    assert.deepEqual(stylesheets, ['/demo/musterhausen.css']);
    const response = await fetch(`${server.url}${stylesheets[0]}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
  });

  it('serves the configurator page and its script, which the page loads as a module from its own origin', async () => {
    const response = await fetch(`${server.url}/demo/configurator.html`);
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(page, /<script type="module" src="\/demo\/configurator\.js"><\/script>/);
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
    const script = await fetch(`${server.url}/demo/configurator.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('content-security-policy'), null);
    assert.equal((await fetch(`${server.url}/demo/nothing-here.js`)).status, 404);
  });

  it('gives the demo page a language switch, a labelled select with every interface language and a script of its own', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    assert.match(page, /<script type="module" src="\/demo\/language\.js"><\/script>/);
    assert.match(page, /<label for="sprache">[^<]+<\/label>\s*<select id="sprache">/);
    const values = [...page.matchAll(/<option value="([a-z]+)"/g)].map((match) => match[1]);
    assert.deepEqual(values.sort(), ['ar', 'de', 'easy', 'en', 'ru', 'tr', 'uk']);
    const script = await fetch(`${server.url}/demo/language.js`);
    assert.equal(script.status, 200);
    assert.match(await script.text(), /mitmachenReading/);
  });
});
