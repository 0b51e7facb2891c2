// @ts-check
/**
 * Browser tests (`test/**\/*.browser.test.ts`) in the system's Chromium, TypeScript through
 * esbuild with the repository's tsconfig, workspace packages resolved to their source, and the
 * real reference server running for them (`import { apiBase } from '/__mitmachen__/api.js'`).
 * `npm test` runs this; alone: `npx wtr --config web-test-runner.config.mjs [--files <file>]`.
 */
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { browserApiServer } from './scripts/browser-api-server.mjs';
import { browserResultsReporter } from './scripts/browser-results-reporter.mjs';
import { chromiumArgs, findChromium, howToGetChromium } from './scripts/chromium.mjs';
import { clockServer } from './scripts/clock-server.mjs';
import { virtualAuthenticator } from './scripts/virtual-authenticator.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(`No Chromium found. ${howToGetChromium}`);

const resultsFile = process.env.MITMACHEN_BROWSER_RESULTS;
const apiServer = browserApiServer();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
    apiServer,
    virtualAuthenticator(),
    clockServer(),
  ],
  // The console's tests use the API at the page's own /v1/ (its session cookie is same-origin).
  middleware: [apiServer.passThrough],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: chromiumArgs,
      },
    }),
  ],
  // Lit announces its dev mode (the `development` condition above, for its warnings) in every file.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // Two cores on CI: one page per core.
  concurrency: 2,
  // Mocha's 2 s per test is too short on a busy machine, where importing a module graph alone can
  // take longer; a test waits for what it needs, and these limits only end one that hangs.
  testFramework: { config: { timeout: 60_000 } },
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(resultsFile ? [browserResultsReporter(resultsFile)] : []),
  ],
};
