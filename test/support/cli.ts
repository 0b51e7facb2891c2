/**
 * Runs the `mitmachen-server` command from source as an operator would, on a database of the
 * test's own: a fresh PostgreSQL database when MITMACHEN_TEST_DATABASE_URL is set, else a PGlite
 * data folder (which only one process may open at a time: open it in the test between runs).
 * Either is migrated already.
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
const command = builtCli ? [builtCli] : ['--conditions=source', '--import', 'tsx', cli];

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

export interface CliDatabase {
  /** The environment that points the command at this database. */
  env: Record<string, string>;
  /** Opens the database in this process (close it before the next run on PGlite). */
  open(): Promise<Database>;
  close(): Promise<void>;
}

export async function cliDatabase(): Promise<CliDatabase> {
  if (process.env.MITMACHEN_TEST_DATABASE_URL) {
    const database: TestDatabase = await openTestDatabase();
    const url = database.url as string;
    return { env: { DATABASE_URL: url }, open: () => openDatabase({ url }), close: () => database.close() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mitmachen-cli-'));
  // Migrated already, like the PostgreSQL database above: written from the run's migrated image
  // (test/support/database-images.ts) rather than by initdb and every migration in each command.
  await (await openDatabase({ dataDir, pgliteImage: await pgliteImage() })).close();
  return {
    env: { MITMACHEN_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    close: () => rm(dataDir, { recursive: true, force: true }),
  };
}
