/**
 * A web-test-runner command for browser tests that need a day to pass on the server: a second
 * real reference server (test/support/clock-server-main.ts) whose clock only moves when a test
 * says so, started on first use and stopped with the run.
 *
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   await executeServerCommand('clock-server', { action: 'start' }); // → { apiBase, adminToken }, or { starting: true }: ask again
 *   await executeServerCommand('clock-server', { action: 'advance', days: 10 }); // → { now, summary }
 *
 * One clock for the whole run: a test that moves it must not rely on another's listings.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Cold PGlite start, migrations and seeding take seconds; a server not up by then is broken. */
const readyWithinMs = 120_000;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function clockServer() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {Promise<{ apiBase: string; adminToken: string }> | undefined} */
  let started;
  /** @type {Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>} */
  const waiting = new Map();
  let nextId = 1;
  let output = '';

  const start = () =>
    new Promise((resolve, reject) => {
      child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'test/support/clock-server-main.ts'], {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => reject(new Error(`the clock server did not start within ${readyWithinMs / 1000} s:\n${output}`)), readyWithinMs);
      child.stderr?.on('data', (chunk) => (output = (output + String(chunk)).slice(-4000)));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const error = new Error(`the clock server exited (${signal ?? code}):\n${output}`);
        reject(error);
        for (const { reject: fail } of waiting.values()) fail(error);
        waiting.clear();
        child = undefined;
      });
      createInterface({ input: /** @type {import('node:stream').Readable} */ (child.stdout) }).on('line', (line) => {
        if (!line.startsWith('@@clock ')) return;
        const message = JSON.parse(line.slice('@@clock '.length));
        if (message.ready) {
          clearTimeout(timer);
          resolve({ apiBase: message.apiBase, adminToken: message.adminToken });
          return;
        }
        const entry = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) entry?.reject(new Error(message.error));
        else entry?.resolve(message.result);
      });
    });

  return {
    name: 'clock-server',
    async executeCommand({ command, payload }) {
      if (command !== 'clock-server') return undefined;
      const { action, days } = /** @type {{ action?: string; days?: number }} */ (payload ?? {});
      started ??= start();
      // A command's answer must come within 20 s (web-test-runner's limit), and a cold start on
      // a busy machine can take longer: `start` says `{ starting: true }` until it is up.
      if (action === 'start') return Promise.race([started, new Promise((resolve) => setTimeout(() => resolve({ starting: true }), 10_000))]);
      await started;
      if (action === 'advance') {
        const id = nextId++;
        return new Promise((resolve, reject) => {
          waiting.set(id, { resolve, reject });
          child?.stdin?.write(`${JSON.stringify({ id, action, days })}\n`);
        });
      }
      throw new Error(`clock-server: unknown action ${String(action)}`);
    },
    serverStop() {
      child?.kill('SIGTERM');
      child = undefined;
    },
  };
}
