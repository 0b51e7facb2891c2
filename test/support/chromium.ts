/**
 * Chromium for the Node tests that drive the built script-tag bundle in a real browser
 * (playwright-core with the machine's Chromium, found by scripts/chromium.mjs).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** scripts/chromium.mjs (plain JavaScript, so imported by a computed specifier). */
const CHROMIUM_MODULE = '../../scripts/chromium.mjs';
const { findChromium } = (await import(CHROMIUM_MODULE)) as { findChromium: () => string | undefined };
const executablePath = findChromium();
const bundleBuilt = existsSync(new URL('../../packages/elements/dist/cdn/mitmachen.js', import.meta.url));

/** Why such a test cannot run here (for `describe(…, { skip })`), or false when it can. */
export const bundleBrowserSkip: string | false = !bundleBuilt
  ? 'packages/elements/dist/cdn is missing: run `npm run build` first (npm test does)'
  : executablePath === undefined
    ? 'no Chromium found (see scripts/chromium.mjs)'
    : false;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
