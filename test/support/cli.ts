/**
 * Runs the `mitmachen-server` command on a database of the test's own: a fresh PostgreSQL
 * database when MITMACHEN_TEST_DATABASE_URL is set, else a PGlite data folder (which only one
 * process may open at a time). Either is migrated already.
 *
 * Two ways, for two kinds of test. `call` runs the command's code (commands/main.ts) in this
 * process, on the database the test holds open, and gives its exit code, stdout and stderr: for
 * what the commands do. `run` starts the real command as an operator would: for what only a
 * process shows (the exit code reaching the shell, argv, the streams, the database named by the
 * environment). A run cost about 2 s of CPU (Node, the server's modules, opening PGlite's
 * folder), a call a few milliseconds, so each file keeps a few runs and calls the rest.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { pgliteImage } from './database-images.js';
import { openTestDatabase, type TestDatabase } from './database.js';

export const cli = new URL('../../packages/server/src/cli.ts', import.meta.url).pathname;
export const root = new URL('../../', import.meta.url).pathname;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The command `run` starts: from source through tsx, or, when npm test has just built the
 * packages (it sets MITMACHEN_TEST_BUILT_CLI then), the built `dist/cli.js` that `npx
 * mitmachen-server` runs. The same code, without tsx compiling the server's module graph anew in
 * each of the tests' many command runs (on this machine about 1 s of CPU per run: 0.9 s against
 * 1.8 s for `--help`). Run alone, a test file uses the source, so a change is never tested stale.
 */
const builtCli = process.env.MITMACHEN_TEST_BUILT_CLI || undefined;
/** Node's arguments before the command's own, for tests that spawn `serve` themselves. */
export const command = builtCli ? [builtCli] : ['--conditions=source', '--import', 'tsx', cli];

export function run(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The command's code in this process, with the environment `run` would give it; on `database`
 * when given (an open one: the command neither opens nor closes it), else on the one `env` names.
 */
export async function call(args: string[], env: Record<string, string>, database?: Database): Promise<Run> {
  // Loaded on first use: the files that only start the command (pglite-kill, log-format) need
  // not load the server's modules.
  const { runCli } = await import('../../packages/server/src/commands/main.js');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    database,
  });
  return { code, stdout, stderr };
}

export interface CliDatabase {
  /** The environment that points the command at this database. */
  env: Record<string, string>;
  /** Opens the database in this process (close it before the next run on PGlite). */
  open(): Promise<Database>;
  /**
   * The database held open in this process for `call` and the test's own queries; on PGlite
   * `run` closes it first (one process at a time), and the next `db()` opens it again.
   */
  db(): Promise<Database>;
  /** `call` on the held database. */
  call(args: string[], env?: Record<string, string>): Promise<Run>;
  /** `run` on this database, as a process of its own. */
  run(args: string[], env?: Record<string, string>): Promise<Run>;
  close(): Promise<void>;
}

/** Adds the held database, `call` and `run` to a database's environment and opener. */
function holding(
  env: Record<string, string>,
  open: () => Promise<Database>,
  drop: () => Promise<void>,
  exclusive: boolean,
  opened?: Database,
): CliDatabase {
  let held: Promise<Database> | undefined = opened && Promise.resolve(opened);
  const release = async () => {
    const db = held;
    held = undefined;
    if (db) await (await db).close();
  };
  const db = () => (held ??= open());
  return {
    env,
    open,
    db,
    call: async (args, extra = {}) => call(args, { ...env, ...extra }, await db()),
    async run(args, extra = {}) {
      if (exclusive) await release();
      return run(args, { ...env, ...extra });
    },
    async close() {
      await release();
      await drop();
    },
  };
}

/**
 * A migrated database for the command. With `held`, the database that wrote the PGlite folder
 * stays open as the held one (for files that call or query first): closing and reopening it
 * would start PGlite once more, about 1 s of CPU. Without it, nothing is open in this process
 * until `db()` or `call`, so a command started on `env` may open the folder.
 */
export async function cliDatabase({ held = false } = {}): Promise<CliDatabase> {
  if (process.env.MITMACHEN_TEST_DATABASE_URL) {
    const database: TestDatabase = await openTestDatabase();
    const url = database.url as string;
    return holding({ DATABASE_URL: url }, () => openDatabase({ url }), () => database.close(), false);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mitmachen-cli-'));
  // Migrated already, like the PostgreSQL database above: written from the run's migrated image
  // (test/support/database-images.ts) rather than by initdb and every migration in each command.
  const written = await openDatabase({ dataDir, pgliteImage: await pgliteImage() });
  if (!held) await written.close();
  const drop = () => rm(dataDir, { recursive: true, force: true });
  return holding({ MITMACHEN_DATA_DIR: dataDir }, () => openDatabase({ dataDir }), drop, true, held ? written : undefined);
}
