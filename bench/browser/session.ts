/**
 * The browser side of the benchmark: builds the script-tag bundle, starts Debian's Chromium the
 * way the browser tests do, and opens pages on the reference server with the probe installed and
 * the CPU slowed down.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { rollup, type OutputChunk, type OutputOptions, type RollupOptions } from 'rollup';
import { demoContentSecurityPolicy } from '../../packages/server/src/http/static.js';
import { chromiumArgs, findChromium, howToGetChromium } from '../../scripts/chromium.mjs';
import { deferCleanup } from '../lib/cleanup.js';
import { installProbe } from './probe.js';

/** rollup.config.mjs is plain JavaScript, so it is imported by a computed specifier. */
const CONFIG_MODULE = '../../rollup.config.mjs';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

export const viewports = {
  desktop: { name: 'desktop', width: 1280, height: 800 },
  phone: { name: 'phone', width: 390, height: 844 },
} as const satisfies Record<string, Viewport>;

/** An unminified bundle held in memory: file name → code. */
export type ReadableBundle = Map<string, string>;

/**
 * Builds `packages/elements/dist/cdn` (the part of `npm run build` the server serves as
 * /mitmachen.js). With `readable`, builds it unminified in memory instead, which the pages then
 * load in place of the server's files: for profiles with real function names.
 */
export async function buildBundle(readable: boolean): Promise<ReadableBundle | undefined> {
  const { scriptTagBundle } = (await import(CONFIG_MODULE)) as { scriptTagBundle: () => RollupOptions };
  const options = scriptTagBundle();
  if (readable) options.plugins = (options.plugins as { name: string }[]).filter((plugin) => plugin.name !== 'terser');
  const bundle = await rollup(options);
  try {
    if (!readable) {
      await bundle.write(options.output as OutputOptions);
      return undefined;
    }
    const { output } = await bundle.generate(options.output as OutputOptions);
    return new Map(output.filter((item): item is OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk.code]));
  } finally {
    await bundle.close();
  }
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${howToGetChromium}`);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  deferCleanup(() => browser.close());
  return browser;
}

/**
 * A page of our own on the server's origin that holds nothing but the search with a page size,
 * under the demo's policy: `/bench/search.html?page-size=25`.
 */
function benchPage(pageSize: string): string {
  return `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>mitmachen benchmark</title>
  <link rel="stylesheet" href="/demo/musterhausen.css">
  <script type="module" src="/mitmachen.js"></script>
</head>
<body>
  <main class="content">
    <mitmachen-search api-base="/v1" page-size="${Number(pageSize)}"></mitmachen-search>
  </main>
</body>
</html>
`;
}

export interface OpenedPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

export interface OpenOptions {
  origin: string;
  path: string;
  rate: number;
  viewport: Viewport;
  /** The readable bundle, served in place of the server's. */
  readable: ReadableBundle | undefined;
  /** A slow network (CDP's emulation, as DevTools' throttling); the loopback as it is without. */
  network?: NetworkConditions;
}

/** What `Network.emulateNetworkConditions` takes: latency in ms, throughputs in bytes a second. */
export interface NetworkConditions {
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** A fresh context (empty cache, no URL state) with one page, slowed down `rate` times, at `path`. */
export async function openPage(browser: Browser, options: OpenOptions): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport, locale: 'de-DE', serviceWorkers: 'block' });
  try {
    await prepareContext(context, options);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.rate });
    if (options.network !== undefined) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...options.network });
    }
    await page.goto(`${options.origin}${options.path}`);
    return { page, cdp, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function prepareContext(context: BrowserContext, { origin, readable }: OpenOptions): Promise<void> {
  await context.addInitScript({ content: `globalThis.__name ??= (target) => target;\n(${installProbe.toString()})();` });
  await context.route(`${origin}/bench/search.html?*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': demoContentSecurityPolicy },
      body: benchPage(new URL(route.request().url()).searchParams.get('page-size') ?? '12'),
    }),
  );
  if (readable === undefined) return;
  await context.route(/\/(mitmachen|[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8})\.js$/, (route) => {
    const code = readable.get(new URL(route.request().url()).pathname.slice(1));
    return code === undefined ? route.fallback() : route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: code });
  });
}

/** How many times slower than 1× a fixed loop runs in the page: checks the throttling took. */
export async function measureSlowdown(page: Page, cdp: CDPSession, rate: number): Promise<number> {
  const loop = () =>
    page.evaluate(() => {
      const started = performance.now();
      let x = 0;
      for (let i = 0; i < 3e6; i++) x = (x + i * 7) % 1_000_003;
      return { ms: performance.now() - started, x };
    });
  // The fastest of three: the first runs include compiling, and the machine is shared.
  const fastest = async () => Math.min((await loop()).ms, (await loop()).ms, (await loop()).ms);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const plain = await fastest();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return (await fastest()) / plain;
}
