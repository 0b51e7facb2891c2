/**
 * A web-test-runner plugin that runs the real reference server for the browser tests (no mock
 * API): from source, on in-memory PGlite, seeded deterministically, on a free loopback port.
 * Tests learn its API base from a module the test server serves:
 *
 *   import { apiBase } from '/__mitmachen__/api.js';   // e.g. 'http://127.0.0.1:41234/v1'
 *   import { adminToken } from '/__mitmachen__/api.js'; // the moderation token, to see what was posted
 *
 * For the console, whose session cookie is same-origin only, the test page's own `/v1/…` is
 * passed through to that server (so `api-base="/v1"` works with cookies), and the sign-in links
 * the server logs (no mail server in tests) are at `/__mitmachen__/sign-in-link?email=…`.
 *
 * One server serves the whole run; tests that post should not rely on what others posted.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { freePort } from './free-port.mjs';
import { fileURLToPath } from 'node:url';

export const apiModulePath = '/__mitmachen__/api.js';
export const signInLinkPath = '/__mitmachen__/sign-in-link';

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


/** @returns {import('@web/test-runner').TestRunnerPlugin & { passThrough: import('@web/dev-server-core').Middleware }} */
export function browserApiServer() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let apiBase = '';
  /** The newest sign-in link the server logged, per e-mail address. */
  const signInLinks = new Map();
  let partialLine = '';
  const stop = () => {
    child?.kill('SIGTERM');
    child = undefined;
  };

  return {
    name: 'mitmachen-api-server',

    /**
     * For the config's `middleware` (plugins come too late for Koa's chain): the test page's
     * /v1/… goes to the API server, cookies and all (the console's session).
     * @type {import('@web/dev-server-core').Middleware}
     */
    async passThrough(context, next) {
      if (!context.path.startsWith('/v1/') || apiBase === '') return next();
      await passThrough(context, new URL(context.url, apiBase));
    },

    async serverStart({ config }) {
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
          MITMACHEN_RATE_LIMIT_SIGN_IN: 'off',
          // Passkeys are made on the test page (browsers refuse them on an IP address).
          MITMACHEN_PASSKEY_ORIGINS: `http://${config.hostname}:${config.port}`,
          MITMACHEN_PASSKEY_RP_ID: config.hostname,
          // info: the console's sign-in links (no mail server in tests) are logged at that level.
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk) => {
        output = (output + String(chunk)).slice(-4000);
      };
      const readLinks = (chunk) => {
        const lines = (partialLine + String(chunk)).split('\n');
        partialLine = lines.pop() ?? '';
        for (const line of lines) {
          const found = /sign-in link for ([^\s:"]+): (http[^\s"\\]+)/.exec(line);
          if (found) signInLinks.set(found[1], found[2]);
        }
      };
      child.stdout?.on('data', readLinks);
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
      if (context.path === signInLinkPath) {
        const url = signInLinks.get(String(context.query.email ?? ''));
        return url === undefined ? { body: 'null', type: 'json' } : { body: JSON.stringify({ url }), type: 'json' };
      }
      return undefined;
    },
  };
}

/** Sends the request on to `target` and its answer back, headers (Set-Cookie too) as they are. */
function passThrough(context, target) {
  return new Promise((resolve, reject) => {
    const headers = { ...context.req.headers, host: target.host };
    const upstream = httpRequest(target, { method: context.method, headers }, (response) => {
      context.status = response.statusCode ?? 502;
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined && !['connection', 'transfer-encoding', 'keep-alive'].includes(name)) context.set(name, value);
      }
      context.body = response;
      resolve();
    });
    upstream.once('error', reject);
    context.req.pipe(upstream);
  });
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
