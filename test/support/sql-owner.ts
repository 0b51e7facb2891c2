/**
 * Where several small test files share a process (scripts/node-groups.mjs), the SQL each one's
 * databases run is still recorded under that file, so the PostgreSQL pass can pick single files
 * (scripts/test.mjs). The database layer (packages/server/src/db/record.ts) takes its folder and
 * owner from the environment when a pool is made: while a test file opens its database, they name
 * that file (`by-file/<name>/` under the run's folder, which scripts/test.mjs merges back). What
 * runs outside such a database (a command a test starts, the server's own notes) stays recorded
 * under the group, which the pass then takes whole when it needs it.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The file the environment names now, and how many of its openings are under way. */
let active: { file: string; count: number } | undefined;
// As test/support/sql-record.mjs set them before any test file loaded.
const base = process.env.MITMACHEN_TEST_SQL_RECORD;
const processOwner = process.env.MITMACHEN_TEST_SQL_OWNER;

/** The test file (relative to the root) whose code called this, from the stack. */
function callingTestFile(): string | undefined {
  const stack = new Error().stack ?? '';
  const match = /(?:file:\/\/)?(\/[^\s():]+\.test\.(?:ts|mts|mjs|js))/.exec(stack);
  return match?.[1] ? relative(root, match[1]).split(sep).join('/') : undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `open` (which makes a pool) with the SQL record naming the calling test file. Node 20 starts
 * a top-level `before` hook as soon as its file registers it, so a group's files open their
 * databases at the same time: the openings of different files take turns here, as the
 * environment names one file at a time.
 */
export async function recordedAs<T>(open: () => Promise<T>): Promise<T> {
  const file = callingTestFile();
  // In a process of its own the file is the owner already.
  if (!base || !file || file === processOwner) return open();
  if (active?.file === file) return inTurn(file, open);
  const turn = queue.then(() => inTurn(file, open));
  queue = turn.catch(() => {});
  return turn;
}

async function inTurn<T>(file: string, open: () => Promise<T>): Promise<T> {
  if (!active) {
    const folder = join(base as string, 'by-file', file.replaceAll('/', '~'));
    mkdirSync(folder, { recursive: true });
    active = { file, count: 0 };
    process.env.MITMACHEN_TEST_SQL_RECORD = folder;
    process.env.MITMACHEN_TEST_SQL_OWNER = file;
  }
  active.count++;
  try {
    return await open();
  } finally {
    if (--active.count === 0) {
      process.env.MITMACHEN_TEST_SQL_RECORD = base;
      if (processOwner === undefined) delete process.env.MITMACHEN_TEST_SQL_OWNER;
      else process.env.MITMACHEN_TEST_SQL_OWNER = processOwner;
      active = undefined;
    }
  }
}
