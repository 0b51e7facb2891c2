/**
 * A web-test-runner plugin that runs the real reference server for the browser tests (no mock
 * API): from source, on in-memory PGlite, seeded deterministically, on a free loopback port.
 * Tests learn its API base from a module the test server serves:
 *
 *   import { apiBase } from '/__mitmachen__/api.js';   // e.g. 'http://127.0.0.1:41234/v1'
 *   import { adminToken } from '/__mitmachen__/api.js'; // the moderation token, to see what was posted
 *
 * One server serves the whole run; tests that post should not rely on what others posted.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { freePort } from './free-port.mjs';
import { fileURLToPath } from 'node:url';

export const apiModulePath = '/__mitmachen__/api.js';

/** The demo data the browser tests see: the same on every run. */
const seed = { opportunities: 600, offers: 60 };
/**
 * The moderation token of this run's server: browser tests read the pending list with it to
 * count what a form really posted. Made per run; the server listens on loopback only.
 */
const adminToken = `browser-tests-${randomBytes(16).toString('hex')}`;
/**
 * ALTCHA challenges small enough to solve in a blink: the forms' tests post many times, and the
 * proof-of-work is the same protocol at any size.
 */
const altchaMaxNumber = 2000;
/** Cold PGlite start, migrations and seeding take seconds; a server not up by then is broken. */
const readyWithinMs = 120_000;

const root = fileURLToPath(new URL('..', import.meta.url));


/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserApiServer() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let apiBase = '';
  const stop = () => {
    child?.kill('SIGTERM');
    child = undefined;
  };

  return {
    name: 'mitmachen-api-server',

    async serverStart() {
      const port = await freePort();
      const origin = `http://127.0.0.1:${port}`;
      let output = '';
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/cli.ts', 'serve'], {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          MITMACHEN_DATA_DIR: 'memory://',
          MITMACHEN_SEED: String(seed.opportunities),
          MITMACHEN_SEED_OFFERS: String(seed.offers),
          MITMACHEN_ALLOWED_ORIGINS: '*',
          MITMACHEN_ADMIN_TOKEN: adminToken,
          MITMACHEN_ALTCHA_MAX_NUMBER: String(altchaMaxNumber),
          // Every browser test talks to this one server from 127.0.0.1.
          MITMACHEN_RATE_LIMIT_READS: 'off',
          MITMACHEN_RATE_LIMIT_WRITES: 'off',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk) => {
        output = (output + String(chunk)).slice(-4000);
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      process.once('exit', stop);
      const exited = new Promise((_, reject) => {
        child?.once('exit', (code, signal) =>
          reject(new Error(`the API server for the browser tests exited (${signal ?? code}) before it was ready:\n${output}`)),
        );
      });
      // Once ready, the only exit left is the one serverStop asks for.
      exited.catch(() => {});
      await Promise.race([waitForHealth(origin), exited]);
      apiBase = `${origin}/v1`;
    },

    serverStop() {
      stop();
    },

    serve(context) {
      if (context.path === apiModulePath) {
        const body = `export const apiBase = ${JSON.stringify(apiBase)};\nexport const adminToken = ${JSON.stringify(adminToken)};\n`;
        return { body, type: 'js' };
      }
      return undefined;
    },
  };
}

async function waitForHealth(origin) {
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the API server for the browser tests did not answer ${origin}/health within ${readyWithinMs / 1000} s`);
}
