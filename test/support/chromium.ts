/**
 * Chromium for the Node tests that drive the built packages in a real browser (playwright-core
 * with the machine's Chromium, found by scripts/chromium.mjs, with the flags everything shares).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** scripts/chromium.mjs (plain JavaScript, so imported by a computed specifier). */
const CHROMIUM_MODULE = '../../scripts/chromium.mjs';
const { findChromium, chromiumArgs } = (await import(CHROMIUM_MODULE)) as {
  findChromium: () => string | undefined;
  chromiumArgs: string[];
};
const executablePath = findChromium();

/**
 * Why a browser test cannot run here (for `describe(…, { skip })`), or false when it can:
 * `built` is a file under the repository that `npm run build` makes and the test needs.
 */
export function browserTestSkip(built = 'packages/elements/dist/cdn/mitmachen.js'): string | false {
  if (!existsSync(new URL(`../../${built}`, import.meta.url))) return `${built} is missing: run \`npm run build\` first (npm test does)`;
  return executablePath === undefined ? 'no Chromium found (see scripts/chromium.mjs)' : false;
}

/** For the tests of the built script-tag bundle. */
export const bundleBrowserSkip = browserTestSkip();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}
