/**
 * The release's CDN layout and snippet, as a web editor uses them: `npm run release -- --dry-run`
 * lays out the bundle for a CDN served here on loopback and prints the snippet; a page in
 * Chromium that contains exactly that snippet, under a CSP that allows its import map by the
 * printed hash, gets the elements, lazy chunks included. A wrong hash in the snippet, or a chunk
 * changed on the CDN after the release, is blocked by the browser.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { bundleBrowserSkip, launchChromium } from '../support/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const skip = bundleBrowserSkip;

const { version } = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')) as { version: string };

/** What the CDN serves and the page around the snippet. `alter` changes one file's bytes as a compromised CDN would. */
interface Site {
  server: Server;
  origin: string;
  page: string;
  csp: string;
  alter?: { name: string; suffix: string };
}

function serve(cdnFolder: string, site: Omit<Site, 'server' | 'origin'>): Promise<Site> {
  const state = site as Site;
  state.server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': state.csp });
      response.end(state.page);
      return;
    }
    const file = normalize(join(cdnFolder, path.replace(/^\/cdn\//, '')));
    if (!path.startsWith('/cdn/') || !file.startsWith(cdnFolder) || !existsSync(file) || extname(file) !== '.js') {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file, 'utf8');
    if (state.alter !== undefined && file.endsWith(`/${state.alter.name}`)) body += state.alter.suffix;
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  return new Promise((resolve) => {
    state.server.listen(0, '127.0.0.1', () => {
      state.origin = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}`;
      resolve(state);
    });
  });
}

/** Runs the release dry run against `out` and returns its snippet and CSP hash, as printed. */
async function release(out: string, baseUrl: string): Promise<{ snippet: string; cspHash: string; stdout: string }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['scripts/release.mjs', '--dry-run', '--skip-build', '--out', out, '--base-url', baseUrl],
    { cwd: root },
  );
  const snippet = /^----- snippet -----\n([\s\S]*?)\n----- end snippet -----$/m.exec(stdout)?.[1];
  const cspHash = /add to script-src: \S+ ('sha256-[^']+')/.exec(stdout)?.[1];
  assert.ok(snippet !== undefined && cspHash !== undefined, `the release printed a snippet and a CSP hash:\n${stdout}`);
  return { snippet, cspHash, stdout };
}

/** Console errors and uncaught exceptions of a page. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

const isDefined = (page: Page, tag: string) => page.evaluate((name) => customElements.get(name) !== undefined, tag);

describe('the CDN release and its snippet in Chromium', { skip }, () => {
  const out = mkdtempSync(join(tmpdir(), 'mitmachen-cdn-'));
  let site: Site;
  let browser: Browser;
  let snippet: string;
  let stdout: string;

  before(async () => {
    site = await serve(out, { page: '', csp: '' });
    let cspHash: string;
    ({ snippet, cspHash, stdout } = await release(out, `${site.origin}/cdn/`));
    site.csp = `default-src 'self'; script-src 'self' ${cspHash}; style-src 'self'`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    site?.server.close();
    rmSync(out, { recursive: true, force: true });
  });

  /** Opens the page with `html` in its head and a card added once the bundle ran. */
  async function open(html: string): Promise<{ page: Page; problems: string[] }> {
    site.page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test</title>${html}</head><body></body></html>`;
    const page = await browser.newPage();
    const problems = problemsOf(page);
    await page.goto(`${site.origin}/`, { waitUntil: 'load' });
    return { page, problems };
  }

  it('lays out the pinned release and its compatible range, each with the whole bundle', () => {
    const bundle = readdirSync(join(root, 'packages/elements/dist/cdn')).sort();
    const range = version.startsWith('0.') ? version.split('.').slice(0, 2).join('.') : version.split('.')[0]!;
    assert.deepEqual(readdirSync(join(out, `mitmachen@${version}`)).sort(), bundle);
    assert.deepEqual(readdirSync(join(out, `mitmachen@${range}`)).sort(), bundle);
    assert.match(stdout, new RegExp(`@mitmachen/elements@${version.replaceAll('.', '\\.')}`));
  });

  it('prints a snippet whose script tag pins the entry by sha384 and loads it with CORS', () => {
    const scriptTag = snippet.split('\n').at(-1)!;
    assert.match(
      scriptTag,
      new RegExp(`^<script type="module" src="${site.origin}/cdn/mitmachen@${version.replaceAll('.', '\\.')}/mitmachen\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"></script>$`),
    );
  });

  it('defines the elements through exactly the printed snippet, lazy chunks included, under CSP', async () => {
    const { page, problems } = await open(snippet);
    await page.waitForFunction(() => customElements.get('mitmachen-search') !== undefined, undefined, { timeout: 0 });
    await page.evaluate(() => document.body.append(document.createElement('mitmachen-opportunity-card')));
    await page.waitForFunction(() => customElements.get('mitmachen-opportunity-card') !== undefined, undefined, { timeout: 0 });
    await page.close();
    assert.deepEqual(problems.filter((text) => /integrity|Content Security Policy|Refused/i.test(text)), []);
  });

  it('blocks the bundle when the entry’s hash in the snippet is wrong', async () => {
    const wrong = snippet.replace(/(<script type="module"[^>]* integrity="sha384-)(.)/, (_, start: string, first: string) => `${start}${first === 'A' ? 'B' : 'A'}`);
    assert.notEqual(wrong, snippet);
    const { page, problems } = await open(wrong);
    const defined = await isDefined(page, 'mitmachen-search');
    await page.close();
    assert.equal(defined, false);
    assert.ok(problems.some((text) => /integrity/i.test(text)), problems.join('\n'));
  });

  it('blocks a chunk that was changed on the CDN after the release, and only that chunk', async () => {
    const chunk = readdirSync(join(out, `mitmachen@${version}`)).find((name) => /^opportunity-card-[\w-]+\.js$/.test(name));
    assert.ok(chunk);
    site.alter = { name: chunk, suffix: '\n;globalThis.altered = true;\n' };
    try {
      const { page, problems } = await open(snippet);
      await page.waitForFunction(() => customElements.get('mitmachen-search') !== undefined, undefined, { timeout: 0 });
      const failed = page.waitForEvent('console', {
        predicate: (message) => message.text().includes('could not load <mitmachen-opportunity-card>'),
        timeout: 0,
      });
      await page.evaluate(() => document.body.append(document.createElement('mitmachen-opportunity-card')));
      await failed;
      const state = await page.evaluate(() => ({ card: customElements.get('mitmachen-opportunity-card') !== undefined, altered: 'altered' in globalThis }));
      await page.close();
      assert.deepEqual(state, { card: false, altered: false });
      assert.ok(problems.some((text) => /integrity/i.test(text)), problems.join('\n'));
    } finally {
      delete site.alter;
    }
  });
});
