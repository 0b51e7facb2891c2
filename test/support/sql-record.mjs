/**
 * Loaded into every test file's process (`--import`) on the PGlite pass when scripts/test.mjs
 * records which SQL each file runs (packages/server/src/db/record.ts). It names the test file for
 * the records of this process and of the servers and commands it starts (they inherit the
 * variable), and writes the file's own CPU time at exit, which the choice of files weighs. Where
 * several small files share a process (scripts/node-groups.mjs), that is their generated entry,
 * and scripts/test.mjs takes or leaves the group whole.
 */
import { appendFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = process.env.MITMACHEN_TEST_SQL_RECORD;
if (folder && !process.env.MITMACHEN_TEST_SQL_OWNER && process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const owner = relative(root, process.argv[1]).split(sep).join('/');
  process.env.MITMACHEN_TEST_SQL_OWNER = owner;
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    appendFileSync(join(folder, `file-${process.pid}.json`), JSON.stringify({ owner, cpuSeconds: (user + system) / 1e6 }));
  });
}
