/**
 * The reference server as a child process, started from source the way `mitmachen-server` runs:
 * the load generator then does not share the server's event loop, and the server's CPU time and
 * memory can be measured on their own. Spawning, the wait for /health and stopping are the
 * cluster's (scripts/server-process.mjs); this adds what the benchmarks need around them.
 */
import { freePort } from '../../scripts/free-port.mjs';
import { serverEnv, spawnServer, waitForHealth } from '../../scripts/server-process.mjs';

/** Seeding a large data set on a slow machine takes minutes; one that takes longer is stuck. */
const seedTimeoutMs = 30 * 60_000;
/**
 * Opening a seeded database takes seconds, loading the index of a million listings in full
 * about a minute (several on a busy machine); a server not answering by then is broken.
 */
const readyTimeoutMs = 300_000;
/** Pause between /health requests while the server starts. */
const healthPollMs = 250;
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
 * The server's environment: the database and port given, and request logging off
 * (LOG_LEVEL=warn): writing two log lines per request to a pipe would measure the logger.
 */
function benchEnv(database: ServerDatabase, extra: Record<string, string>): Record<string, string> {
  return serverEnv({
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MITMACHEN_SEED: '0',
    // The load comes from one address; a benchmark measures the server, not its rate limits.
    MITMACHEN_RATE_LIMIT_READS: 'off',
    MITMACHEN_RATE_LIMIT_WRITES: 'off',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { MITMACHEN_DATA_DIR: database.dataDir ?? 'memory://' }),
    ...extra,
  });
}

/**
 * Writes `count` demo opportunities (and a tenth as many offers) with the `seed` command, which
 * also migrates, vacuums, analyses and rebuilds the spelling list. Resolves with its wall time.
 */
export async function seedWithCli(database: ServerDatabase, count: number): Promise<{ seconds: number }> {
  const started = performance.now();
  const lines: string[] = [];
  const child = spawnServer({ args: ['seed', '--count', String(count)], env: benchEnv(database, {}), source: true, output: (line) => lines.push(line) });
  const timer = setTimeout(() => child.kill('SIGKILL'), seedTimeoutMs);
  const code = await child.exited.finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`seeding failed (exit ${code ?? 'killed'}):\n${lines.join('\n')}`);
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

/**
 * `write` takes the server's echoed output lines (default: this process's stdout); `env` adds to
 * the server's environment (e.g. MITMACHEN_SEARCH_ENGINE).
 */
export async function startServerProcess(
  database: ServerDatabase,
  write: (text: string) => void = (text) => process.stdout.write(text),
  env: Record<string, string> = {},
  /** Every output line, echoed or not (e.g. to find a log line). */
  lines: (line: string) => void = () => {},
): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  let echoed = 0;
  let suppressed = 0;
  const echo = (line: string) => {
    lines(line);
    if (echoed < echoedLines && !belowError(line)) {
      echoed++;
      write(`    server │ ${line}\n`);
    } else {
      suppressed++;
    }
  };
  const child = spawnServer({ args: ['serve'], env: benchEnv(database, { ...env, PORT: String(port) }), source: true, output: echo });
  try {
    await waitForHealth(origin, { process: child, timeoutMs: readyTimeoutMs, pollMs: healthPollMs });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    origin,
    pid: child.pid,
    startSeconds: (performance.now() - started) / 1000,
    get suppressedLines() {
      return suppressed;
    },
    stop: () => child.stop(),
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
