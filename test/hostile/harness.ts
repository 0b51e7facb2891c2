/**
 * What the hostile-page tests share: a tiny loopback web server for the town's pages (another
 * origin than the API, so CORS and `connect-src` apply as on a real site), the script-tag bundle
 * served from it, Chromium with the flags every browser test uses, and a watcher that collects
 * what a page reports: CSP and Trusted Types violations, uncaught errors, console errors and
 * warnings.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/** The built script-tag bundle: `mitmachen.js` and its chunks. */
export const bundleDir = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));

/** `describe(…, { skip })`: why these tests cannot run here, or false. */
export { bundleBrowserSkip as skip, launchChromium } from '../support/chromium.js';

/** One file the page server answers with. */
export interface PageFile {
  body: string;
  type: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  /** The site's origin, e.g. `http://127.0.0.1:41235`. */
  url: string;
  /** Adds or replaces a file (path starting with `/`). */
  set(path: string, file: PageFile): void;
  close(): Promise<void>;
}

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/**
 * A static site on loopback: files set by the test, and folders mounted under a prefix (the
 * bundle under `/bundle/`, say). No cookies, no other headers than the test gives.
 */
export async function startPageServer(mounts: Record<string, string> = { '/bundle/': bundleDir }): Promise<PageServer> {
  // Browsers ask every site for an icon; a 404 would be reported like any other failed load.
  const files = new Map<string, PageFile>([['/favicon.ico', { body: '', type: 'image/x-icon' }]]);
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files.get(path);
    if (file !== undefined) {
      response.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-store', ...file.headers }).end(file.body);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const name = normalize(path.slice(prefix.length));
      if (name.startsWith('..') || name.includes('/')) break;
      const body = await readFile(join(dir, name)).catch(() => undefined);
      if (body === undefined) break;
      const type = types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, file) => files.set(path, file),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The page's own listener for `securitypolicyviolation` (an external file: inline script is
 * exactly what a strict policy blocks). Violations inside shadow roots bubble out composed, so
 * one listener on the document hears every element's.
 */
export const violationWatcher: PageFile = {
  type: 'text/javascript; charset=utf-8',
  body: `window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber + ' ' + event.sample);
});
`,
};

export interface PageReport {
  /** `securitypolicyviolation` events the page heard. */
  violations(): Promise<string[]>;
  /** Uncaught exceptions and console errors. */
  errors: string[];
  /** Console warnings. */
  warnings: string[];
  /**
   * Waits for `step` (e.g. a locator's `waitFor`), but fails at once when the page reports an
   * error meanwhile: a blocked script or policy shows up there long before anything times out.
   */
  until<T>(step: Promise<T>): Promise<T>;
}

/** Starts collecting what `page` reports; call before navigating. */
export function watch(page: Page): PageReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const error = (text: string) => {
    errors.push(text);
    fail(new Error(`the page reported: ${text}`));
  };
  page.on('pageerror', (thrown) => error(`uncaught: ${thrown.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') error(`${message.text()} (${message.location().url})`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return {
    errors,
    warnings,
    until: (step) => Promise.race([step, failed]),
    violations: () => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? ['the watcher did not run']),
  };
}

/** The first opportunity the API lists: id and title, to build pages around. */
export async function firstOpportunity(baseUrl: string): Promise<{ id: string; title: string }> {
  const response = await fetch(`${baseUrl}/opportunities?pageSize=1`);
  if (!response.ok) throw new Error(`GET /v1/opportunities answered ${response.status}`);
  const { items } = (await response.json()) as { items: { id: string; title: string }[] };
  const first = items[0];
  if (first === undefined) throw new Error('the test server lists no opportunity');
  return first;
}
