/**
 * Loaded into every test file's process (`--import`) on the PGlite pass when scripts/test.mjs
 * records which SQL each file runs (packages/server/src/db/record.ts). It names the test file for
 * the records of this process and of the servers and commands it starts (they inherit the
 * variable), and writes the file's own CPU time at exit, which the choice of files weighs. Where
 * several small files share a process (scripts/node-groups.mjs), the owner is their generated
 * entry, each file's databases record under the file (test/support/sql-owner.ts), and each file
 * gets an equal share of the process's CPU.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = process.env.MITMACHEN_TEST_SQL_RECORD;
if (folder && !process.env.MITMACHEN_TEST_SQL_OWNER && process.argv[1]) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const owner = relative(root, process.argv[1]).split(sep).join('/');
  process.env.MITMACHEN_TEST_SQL_OWNER = owner;
  // A group's entry imports its files by absolute path, one line each.
  const members = owner.endsWith('.test.mjs')
    ? [...readFileSync(process.argv[1], 'utf8').matchAll(/^import "([^"]+)";$/gm)].map(([, path]) => relative(root, path).split(sep).join('/'))
    : [];
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    const cpuSeconds = (user + system) / 1e6;
    appendFileSync(join(folder, `file-${process.pid}.json`), JSON.stringify({ owner, cpuSeconds }));
    // The group's files each get an equal share: a weight for the choice, and the sign that
    // each one's record (test/support/sql-owner.ts) is complete.
    for (const [i, member] of members.entries()) {
      appendFileSync(join(folder, `file-${process.pid}-${i}.json`), JSON.stringify({ owner: member, cpuSeconds: cpuSeconds / members.length }));
    }
  });
}
