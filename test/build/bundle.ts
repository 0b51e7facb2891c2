/**
 * Loading the built script-tag bundle in a browser test, as a town's page does: by URL, with
 * nothing bundled by the test runner. It exists after `npm run build` (`npm test` builds first).
 */
export const bundleUrl = '/packages/elements/dist/cdn/mitmachen.js';

/** The API base of the real server the test runner started (a computed specifier: no type mapping needed). */
const API_MODULE = '/__mitmachen__/api.js';
export const { apiBase } = (await import(API_MODULE)) as { apiBase: string };

export async function loadBundle(): Promise<void> {
  try {
    await import(bundleUrl);
  } catch (error) {
    throw new Error(`${bundleUrl} did not load; run \`npm run build\` first. ${String(error)}`);
  }
}

/** Script files the page has fetched so far, by file name. */
export function loadedScripts(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'))
    .map((path) => path.slice(path.lastIndexOf('/') + 1));
}

/** The detail's chunk (`opportunity-<hash>.js`, with the Markdown sanitizer). */
export const isDetailChunk = (name: string) => /^opportunity-[\w-]{8}\.js$/.test(name);

/** The standalone card's chunk (`opportunity-card-<hash>.js`), loaded when such a tag appears. */
export const isCardChunk = (name: string) => /^opportunity-card-[\w-]{8}\.js$/.test(name);
