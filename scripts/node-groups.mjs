/**
 * Several small Node test files in one process, for `npm test` (scripts/test.mjs).
 *
 * Every process of the Node test step pays the same start-up before its first test: Node and tsx,
 * tsx's module hooks resolving and loading the server's module graph (about 2.3 s of CPU for
 * test/support/server.ts alone), PGlite's WASM, the contract's YAML and its Ajv schemas in the
 * test helpers. A file with a handful of tests spends most of its CPU there. So the step runs an
 * entry per group that imports the group's files (`import '/abs/a.test.ts'; …`): four small
 * server files took 17.7 s of CPU together against 27.4 s in a process each. Node 20 has no
 * `--test-isolation=none`; this is that, for the files where it is safe. `node --test <file>` of
 * one file works as before, and the reporters name the same tests (Node 20 names no files).
 *
 * What sharing a process changes, and so which files stay alone (`soloReason`):
 * - a top-level `beforeEach`/`afterEach` belongs to the process's root test, so it would run
 *   around every test of the group;
 * - a file that writes `process.env` (or the SQL-record variables) would change it for the others;
 * - top-level `before`/`after` hooks of every file in the group run at its start and end (the
 *   files' servers and databases live side by side for the group's time, hence the small groups);
 * - the PostgreSQL pass picks files from what each recorded (scripts/test.mjs): in a group each
 *   file's databases record under that file (test/support/sql-owner.ts), the rest of the process
 *   under the group; files that always run there (they ask which database they have) stay alone;
 * - the heaviest files gain little and would make a group the run's long tail: alone, first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files with most of their CPU in their own tests (over ~12 s each): alone, and started first. */
export const heavyFiles = [
  'test/server/cli-moderate.test.ts',
  'test/server/http-fuzz.test.ts',
  'test/server/cli-import.test.ts',
  'test/server/cli-staff.test.ts',
  'test/server/http-cli.test.ts',
  'test/frameworks/frameworks.test.ts',
  'test/server/change-feed.test.ts',
  'test/sdk/retry.test.ts',
  'test/build/size-budget.test.ts',
  'test/server/pglite-kill.test.ts',
  'test/server/http-rate-limits.test.ts',
  'test/server/search-index-parity.test.ts',
  'test/build/configurator.test.ts',
  'test/server/search-relevance.test.ts',
];

/** At most this many files per process: each keeps its server and database for the group's time. */
const groupSize = 5;

/**
 * Why a file must run in a process of its own, or undefined when it may share one.
 * @param {string} file relative to the root, with `/` @param {string} text its source
 * @param {Set<string>} [always] files the PostgreSQL pass runs whatever they sent
 */
export function soloReason(file, text, always = new Set()) {
  if (heavyFiles.includes(file)) return 'heavy';
  if (/^(beforeEach|afterEach)\(/m.test(text)) return 'top-level beforeEach/afterEach';
  if (/process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|delete\s+process\.env|process\.chdir|MITMACHEN_TEST_SQL/.test(text)) return 'changes the process environment';
  if (always.has(file) || /MITMACHEN_TEST_DATABASE_URL|testDatabaseKind/.test(text)) return 'always runs on PostgreSQL';
  return undefined;
}

/**
 * The entries to hand `node --test`: solo files as they are (the heavy ones first), then one
 * generated entry per group (written into `folder`): up to `groupSize` files of the same folder,
 * in name order. `owner` maps what test/support/sql-record.mjs records a group's process under
 * (its entry, relative to `root`) to the files it ran.
 * @param {string[]} files relative to root, with `/` @param {string} folder @param {string} root
 * @param {Set<string>} [always]
 */
export function groupTestFiles(files, folder, root, always = new Set()) {
  /** @type {string[]} */
  const solo = [];
  /** @type {Map<string, string[]>} */
  const byFolder = new Map();
  for (const file of files) {
    if (soloReason(file, readFileSync(join(root, file), 'utf8'), always)) solo.push(file);
    else {
      const dir = file.slice(0, file.lastIndexOf('/'));
      byFolder.set(dir, [...(byFolder.get(dir) ?? []), file]);
    }
  }
  mkdirSync(folder, { recursive: true });
  /** @type {Map<string, string[]>} */
  const owner = new Map();
  /** @type {string[]} */
  const grouped = [];
  for (const [dir, members] of byFolder) {
    const count = Math.ceil(members.length / groupSize);
    for (let i = 0; i < count; i++) {
      // Even sizes: 6 files make groups of 3 and 3, not 5 and 1.
      const part = members.slice(Math.floor((i * members.length) / count), Math.floor(((i + 1) * members.length) / count));
      if (part.length === 1) {
        grouped.push(part[0]);
        continue;
      }
      const entry = join(folder, `${dir.replaceAll('/', '-')}-${i + 1}.test.mjs`);
      const imports = part.map((file) => `import ${JSON.stringify(join(root, file))};`);
      writeFileSync(entry, `// ${part.length} test files in one process (scripts/node-groups.mjs)\n${imports.join('\n')}\n`);
      owner.set(relative(root, entry).split(sep).join('/'), part);
      grouped.push(entry);
    }
  }
  const heavy = solo.filter((file) => heavyFiles.includes(file)).sort((a, b) => heavyFiles.indexOf(a) - heavyFiles.indexOf(b));
  return { entries: [...heavy, ...solo.filter((file) => !heavyFiles.includes(file)), ...grouped], owner };
}
