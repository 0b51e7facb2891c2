/**
 * The server compresses like a CDN: the script-tag bundle and the demo's files in the best
 * precompressed variant the browser accepts, each variant with its own ETag; the API's larger
 * JSON answers on the fly.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseCoding, type Coding } from '../../packages/server/src/http/content-coding.js';
import { startTestServer, type TestServer } from '../support/server.js';

const bundleDir = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));
const entryPath = `${bundleDir}mitmachen.js`;
const notBuilt = existsSync(entryPath) ? false : 'packages/elements/dist/cdn is missing: run `npm run build` first (npm test does)';

interface RawAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  /** The bytes as sent, not decoded: fetch would decode them and hide what the server did. */
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const flat = Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(answer: RawAnswer): Buffer {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body);
  if (coding === 'gzip') return gunzipSync(answer.body);
  assert.equal(coding, undefined, `unexpected Content-Encoding ${coding}`);
  return answer.body;
}

const varies = (answer: RawAnswer) => /(^|,\s*)accept-encoding(\s*,|$)/i.test(answer.headers.vary ?? '');

describe('choosing a content coding from Accept-Encoding', () => {
  const all = new Set<Coding>(['br', 'gzip', 'identity']);
  const cases: [string | undefined, Coding][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['deflate', 'identity'],
    ['identity;q=0, *;q=0', 'identity'],
    ['gzip;q=0', 'identity'],
    ['br;q=nonsense, gzip', 'gzip'],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${expected}`, () => assert.equal(chooseCoding(header, all), expected));
  }
  it('never picks a variant that is not there', () => {
    assert.equal(chooseCoding('br', new Set<Coding>(['gzip', 'identity'])), 'identity');
    assert.equal(chooseCoding('br, gzip', new Set<Coding>(['gzip', 'identity'])), 'gzip');
  });
});

describe('the build', { skip: notBuilt }, () => {
  it('writes a brotli and a gzip file beside every script of the bundle, each decoding to it', () => {
    const scripts = readdirSync(bundleDir).filter((name) => name.endsWith('.js'));
    assert.ok(scripts.length > 5, scripts.join(', '));
    for (const name of scripts) {
      const file = readFileSync(`${bundleDir}${name}`);
      assert.ok(brotliDecompressSync(readFileSync(`${bundleDir}${name}.br`)).equals(file), `${name}.br`);
      assert.ok(gunzipSync(readFileSync(`${bundleDir}${name}.gz`)).equals(file), `${name}.gz`);
    }
  });
});

describe('the script-tag bundle, compressed', { skip: notBuilt }, () => {
  let server: TestServer;
  const entry = () => readFileSync(entryPath);
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 } });
  });
  after(() => server?.close());

  it('sends /mitmachen.js as brotli to a browser that accepts it, the same script once decoded, still cached briefly', async () => {
    const answer = await get(`${server.url}/mitmachen.js`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.equal(answer.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(answer.headers['cache-control'], 'public, max-age=300');
    assert.ok(varies(answer), `Vary: ${answer.headers.vary}`);
    assert.ok(answer.body.length < entry().length / 2, `${answer.body.length} bytes of brotli for ${entry().length}`);
    assert.ok(decode(answer).equals(entry()));
  });

  it('sends gzip to a browser without brotli, and the plain file without Accept-Encoding', async () => {
    const gzipped = await get(`${server.url}/mitmachen.js`, { 'Accept-Encoding': 'gzip, deflate' });
    assert.equal(gzipped.headers['content-encoding'], 'gzip');
    assert.ok(varies(gzipped));
    assert.ok(decode(gzipped).equals(entry()));

    const plain = await get(`${server.url}/mitmachen.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(varies(plain), 'the plain answer also varies: a shared cache must not hand it to everyone');
    assert.ok(plain.body.equals(entry()));
  });

  it('gives every variant its own strong ETag and answers 304 only for the variant the client holds', async () => {
    const url = `${server.url}/mitmachen.js`;
    const codings = { br: 'br', gzip: 'gzip', identity: 'identity' } as const;
    const tags = new Map<string, string>();
    for (const [name, header] of Object.entries(codings)) {
      const answer = await get(url, { 'Accept-Encoding': header });
      const etag = answer.headers.etag ?? '';
      assert.match(etag, /^"[^"]+"$/, `${name}: a strong ETag`);
      tags.set(name, etag);
      const again = await get(url, { 'Accept-Encoding': header, 'If-None-Match': etag });
      assert.equal(again.status, 304, name);
      assert.equal(again.body.length, 0, name);
      assert.equal(again.headers.etag, etag, name);
    }
    assert.equal(new Set(tags.values()).size, 3, 'three variants, three tags');
    // The brotli variant's tag does not validate the gzip variant.
    const other = await get(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': tags.get('br')! });
    assert.equal(other.status, 200);
    assert.equal(other.headers['content-encoding'], 'gzip');
  });

  it('sends every hashed chunk compressed, cached for a year as immutable', async () => {
    const chunks = [...new Set([...entry().toString('utf8').matchAll(/(?:from|import\()\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? ''))];
    assert.ok(chunks.length > 0);
    for (const name of chunks) {
      const answer = await get(`${server.url}/${name}`, { 'Accept-Encoding': 'br' });
      assert.equal(answer.status, 200, name);
      assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable', name);
      assert.ok(varies(answer), name);
      const file = readFileSync(`${bundleDir}${name}`);
      // A chunk of a few hundred bytes may not shrink; then the plain file is the better answer.
      if (answer.headers['content-encoding'] === undefined) assert.ok(answer.body.equals(file), name);
      else assert.ok(decode(answer).equals(file), name);
    }
  });

  it('uses the build\'s precompressed files as they are', async () => {
    const answer = await get(`${server.url}/mitmachen.js`, { 'Accept-Encoding': 'br' });
    assert.ok(answer.body.equals(readFileSync(`${entryPath}.br`)), 'the body is dist/cdn/mitmachen.js.br');
  });
});

describe('the demo page and the API, compressed', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 60, offers: 0 } });
  });
  after(() => server?.close());

  it('sends the demo page and its stylesheet compressed, decoding to the files', async () => {
    const demoDir = fileURLToPath(new URL('../../packages/server/demo/', import.meta.url));
    for (const [path, file] of [['/', 'index.html'], ['/demo/musterhausen.css', 'musterhausen.css']] as const) {
      const answer = await get(`${server.url}${path}`, { 'Accept-Encoding': 'br, gzip' });
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers['content-encoding'], 'br', path);
      assert.ok(varies(answer), path);
      assert.ok(decode(answer).equals(readFileSync(`${demoDir}${file}`)), path);
    }
  });

  it('compresses a search answer above 1 KB, with a weak ETag that the 304 repeats', async () => {
    const url = `${server.url}/v1/opportunities?pageSize=12`;
    const plain = await get(url);
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length > 1024, `${plain.body.length} bytes`);

    for (const coding of ['br', 'gzip'] as const) {
      const answer = await get(url, { 'Accept-Encoding': coding });
      assert.equal(answer.status, 200, coding);
      assert.equal(answer.headers['content-encoding'], coding);
      assert.ok(varies(answer), coding);
      assert.ok(answer.body.length < plain.body.length / 2, `${coding}: ${answer.body.length} of ${plain.body.length} bytes`);
      assert.deepEqual(JSON.parse(decode(answer).toString('utf8')), JSON.parse(plain.body.toString('utf8')), coding);
      assert.equal(answer.headers.etag, `W/${plain.headers.etag}`, coding);
      const again = await get(url, { 'Accept-Encoding': coding, 'If-None-Match': answer.headers.etag });
      assert.equal(again.status, 304, coding);
      assert.equal(again.headers.etag, answer.headers.etag, `${coding}: the 304 names the tag the 200 had`);
    }
  });

  it('sends a small answer as it is', async () => {
    const answer = await get(`${server.url}/health`, { 'Accept-Encoding': 'br, gzip' });
    assert.equal(answer.status, 200);
    assert.ok(answer.body.length < 1024, `${answer.body.length} bytes`);
    assert.equal(answer.headers['content-encoding'], undefined);
  });
});
