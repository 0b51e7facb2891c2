/**
 * The reference server as a child process, started from source the way `mitmachen-server` runs:
 * the load generator then does not share the server's event loop, and the server's CPU time and
 * memory can be measured on their own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/free-port.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../packages/server/src/cli.ts', import.meta.url));

/** Seeding a large data set on a slow machine takes minutes; one that takes longer is stuck. */
const seedTimeoutMs = 30 * 60_000;
/** Opening an already seeded database takes seconds; a server not answering by then is broken. */
const readyTimeoutMs = 120_000;
/** Pause between /health requests while the server starts. */
const healthPollMs = 250;
/** How long a stopping server may finish its requests before it is killed. */
const stopTimeoutMs = 10_000;
/** Server output lines echoed to the terminal; more would drown the tables (all are counted). */
const echoedLines = 20;
/** Pino's level for errors: log lines below it (such as the 503s while starting) are only counted. */
const errorLevel = 50;

export interface ServerDatabase {
  /** PostgreSQL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
}

/**
 * The server's environment: this process's, minus every variable the server reads, plus the
 * database and port given. Request logging is off (LOG_LEVEL=warn): writing two log lines per
 * request to a pipe would measure the logger.
 */
function serverEnv(database: ServerDatabase, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(PORT|HOST|DATABASE_URL|LOG_LEVEL|MITMACHEN_.*)$/.test(name)) env[name] = value;
  }
  return {
    ...env,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MITMACHEN_SEED: '0',
    // The load comes from one address; a benchmark measures the server, not its rate limits.
    MITMACHEN_RATE_LIMIT_READS: 'off',
    MITMACHEN_RATE_LIMIT_WRITES: 'off',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { MITMACHEN_DATA_DIR: database.dataDir ?? 'memory://' }),
    ...extra,
  };
}

function startCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--conditions=source', '--import', 'tsx', cli, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Writes `count` demo opportunities (and a tenth as many offers) with the `seed` command, which
 * also migrates, vacuums, analyses and rebuilds the spelling list. Resolves with its wall time.
 */
export async function seedWithCli(database: ServerDatabase, count: number): Promise<{ seconds: number }> {
  const started = performance.now();
  const child = startCli(['seed', '--count', String(count)], serverEnv(database, {}));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), seedTimeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  }).finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`seeding failed (exit ${code ?? 'killed'}):\n${output.trim()}`);
  return { seconds: (performance.now() - started) / 1000 };
}

export interface ServerProcess {
  /** e.g. `http://127.0.0.1:41234` (the API is under `/v1`). */
  origin: string;
  pid: number;
  /** Seconds from spawning until /health answered 200. */
  startSeconds: number;
  /** Output lines not echoed to the terminal (warnings, and everything past the first lines). */
  readonly suppressedLines: number;
  /** Stops it (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
}

/** `write` takes the server's echoed output lines (default: this process's stdout). */
export async function startServerProcess(
  database: ServerDatabase,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = startCli(['serve'], serverEnv(database, { PORT: String(port) }));
  let echoed = 0;
  let suppressed = 0;
  const echo = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      if (echoed < echoedLines && !belowError(line)) {
        echoed++;
        write(`    server │ ${line}\n`);
      } else {
        suppressed++;
      }
    }
  };
  child.stdout?.on('data', echo);
  child.stderr?.on('data', echo);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(origin, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    origin,
    pid: child.pid!,
    startSeconds: (performance.now() - started) / 1000,
    get suppressedLines() {
      return suppressed;
    },
    stop,
  };
}

function belowError(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level;
    return typeof level === 'number' && level < errorLevel;
  } catch {
    return false;
  }
}

async function waitForHealth(origin: string, child: ChildProcess): Promise<void> {
  const deadline = performance.now() + readyTimeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited during startup (${child.exitCode ?? child.signalCode})`);
    }
    const healthy = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2000) }).then(
      async (response) => {
        await response.body?.cancel();
        return response.ok;
      },
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, healthPollMs));
  }
  throw new Error(`the server did not answer /health within ${readyTimeoutMs / 1000} s`);
}

