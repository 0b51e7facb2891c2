/**
 * `mitmachen-server` as a child process, the way the cluster (scripts/cluster.mjs) and the
 * benchmarks (bench/lib/server-process.ts) run it: an environment of its own, its output line by
 * line, a wait for `/health`, and a stop that lets open requests finish before it kills.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The built command, as deployed; `npm run build` makes it. */
export const builtCli = join(root, 'packages/server/dist/cli.js');
const sourceCli = join(root, 'packages/server/src/cli.ts');

/** How long a stopping server may finish its open requests before it is killed. */
const defaultStopGraceMs = 10_000;

/**
 * This process's environment without any variable the server reads, plus `extra`: what the
 * caller does not set must not leak in from the shell that started it.
 * @param {Record<string, string>} extra
 * @returns {Record<string, string>}
 */
export function serverEnv(extra) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(PORT|HOST|DATABASE_URL|LOG_LEVEL|MITMACHEN_.*)$/.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Starts `mitmachen-server` with `args`: the built command, or with `source` the TypeScript
 * sources through tsx (no build needed; slower to start).
 * @param {import('./server-process.d.mts').SpawnOptions} options
 * @returns {import('./server-process.d.mts').ServerChild}
 */
export function spawnServer({ args, env, source = false, output = () => {} }) {
  const script = source ? sourceCli : builtCli;
  const command = source ? ['--conditions=source', '--import', 'tsx', script, ...args] : [script, ...args];
  const child = spawn(process.execPath, command, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (/** @type {Buffer} */ chunk) => {
    for (const line of chunk.toString().split('\n')) if (line.trim() !== '') output(line);
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      output(`starting ${script} failed: ${error.message}`);
      resolve(null);
    });
    child.once('exit', (code) => resolve(code));
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    pid: /** @type {number} */ (child.pid),
    get alive() {
      return !gone();
    },
    get exitStatus() {
      return child.exitCode ?? child.signalCode ?? undefined;
    },
    exited,
    kill: (signal) => void child.kill(signal),
    async stop(graceMs = defaultStopGraceMs) {
      if (gone()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Asks `url`/health until it answers 200. Rejects when `process` ended meanwhile, or after
 * `timeoutMs` (each request may take 2 s: a server that accepts but does not answer is starting).
 * @param {string} url
 * @param {import('./server-process.d.mts').HealthWait} options
 */
export async function waitForHealth(url, { process, timeoutMs, pollMs = 100, what = `the server at ${url}` }) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!process.alive) throw new Error(`${what} exited while starting (${String(process.exitStatus)}; its output says why)`);
    const status = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) }).then(
      async (response) => (await response.body?.cancel(), response.status),
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`${what} did not answer /health within ${timeoutMs / 1000} s`);
}
