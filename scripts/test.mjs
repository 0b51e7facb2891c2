/**
 * `npm test`: every check the repository has, with their output. First it finds the system
 * programs the tests need (Chromium, PostgreSQL, nginx, WordPress), and on Debian, when it may,
 * starts installing the missing ones in the background (scripts/system-deps.mjs); it says at the
 * top what it will skip without them. Then: type-check, lint and build side by side (none needs a
 * system program, and each keeps one core busy at most), publint and attw on what each package
 * would publish, then, once the install is done, the Node tests (PGlite; small files share a
 * process, scripts/node-groups.mjs), the server tests again on PostgreSQL beside the browser tests
 * in Chromium (see `besidePostgres` below), and the cluster tests (PostgreSQL, several instances
 * and nginx) beside the WordPress plugin's tests. A step that runs
 * beside another prints its output whole when it ends, so the log stays readable. Every step runs
 * even when an earlier one failed, so one run shows everything that is wrong. The last line
 * is `N passed, N failed[, N skipped]` over all steps; the exit code is 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { howToGetChromium } from './chromium.mjs';
import { groupTestFiles } from './node-groups.mjs';
import { choosePostgresFiles, readRecords, readSchema, testOnlyStatements } from './postgres-selection.mjs';
import { startPostgres } from './postgres.mjs';
import { startSystemDependencies } from './system-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'mitmachen-test-'));
// Migrated and seeded databases the test files copy instead of making their own
// (test/support/database-images.ts); removed with the scratch folder.
process.env.MITMACHEN_TEST_CACHE = join(scratch, 'databases');
mkdirSync(process.env.MITMACHEN_TEST_CACHE);

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */
/** @type {{ name: string, counts: Counts, seconds: number, note?: string | undefined, beside?: string | undefined }[]} */
const results = [];
/** Failed Node tests per step, repeated before the summary. @type {{ label: string, lines: string[] }[]} */
const failures = [];
/** @type {Set<() => void>} */
const cleanups = new Set([() => rmSync(scratch, { recursive: true, force: true })]);
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

function cleanup() {
  for (const fn of cleanups) fn();
  cleanups.clear();
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/**
 * Where a step's output goes: `undefined` streams it (inherited stdio); an array holds it back
 * (a step running beside another), to be printed whole when the step ends.
 * @typedef {Buffer[] | undefined} Output
 */

/**
 * Runs a command; resolves with its exit code.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] @param {Output} [held]
 */
function run(command, args, env = process.env, held = undefined) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    children.add(child);
    if (held) {
      child.stdout?.on('data', (chunk) => held.push(chunk));
      child.stderr?.on('data', (chunk) => held.push(chunk));
    }
    child.on('error', (error) => {
      children.delete(child);
      (held ? (/** @type {string} */ text) => held.push(Buffer.from(text)) : console.error)(`${command}: ${error.message}\n`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/**
 * Runs one step and records its counts and time. A step `beside` others holds its output back
 * and prints it, under its header, when it ends.
 * @param {string} name @param {string} description
 * @param {(held: Output) => Promise<Counts & { note?: string }>} body
 * @param {{ beside?: string }} [options] what it runs beside, for the log and the summary
 */
async function step(name, description, body, { beside } = {}) {
  const header = `\n━━ ${name}: ${description}${beside ? ` (beside ${beside})` : ''}\n`;
  /** @type {Output} */
  const held = beside ? [] : undefined;
  if (!held) console.log(header);
  const started = performance.now();
  // Its line in the summary keeps the order the steps started in, whichever ends first.
  const index = results.push({ name, counts: { passed: 0, failed: 0, skipped: 0 }, seconds: 0 }) - 1;
  const { note, ...counts } = await body(held).catch((error) => ({ passed: 0, failed: 1, skipped: 0, note: String(error?.message ?? error) }));
  results[index] = { name, counts, note, beside, seconds: (performance.now() - started) / 1000 };
  if (held) {
    console.log(header);
    process.stdout.write(Buffer.concat(held));
  }
  if (note) console.log(`\n${name}: ${note}`);
}

/** A command that is one check: passed when it exits with 0. @param {Output} [held] */
async function check(command, args, held = undefined) {
  const code = await run(command, args, process.env, held);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

/** Every `*.test.ts` under test/ (optionally only under one folder), browser tests apart. */
function testFiles(kind, under = 'test') {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.test.ts')) {
        if (entry.name.endsWith('.browser.test.ts') === (kind === 'browser')) found.push(relative(root, path));
      }
    }
  };
  if (existsSync(join(root, under))) walk(join(root, under));
  return found.sort().map((path) => path.split(sep).join('/'));
}

/** Node's test runner: a readable spec on stdout, TAP into a file to count from. */
async function nodeTests(label, files, env, concurrency = 2, held = undefined, preload = []) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no test files yet' };
  const tap = join(scratch, `${label}.tap`);
  const code = await run(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      ...['./test/support/exit-when-done.mjs', ...preload].flatMap((module) => ['--import', module]),
      '--test',
      // Two cores: two test files at a time (cluster tests, which load the machine, one at a time).
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
    held,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const counts = tapCounts(text);
  if (counts.failed > 0) failures.push({ label, lines: tapFailures(text) });
  if (code !== 0 && counts.failed === 0) {
    return { ...counts, failed: 1, note: `the test runner exited with ${code} without reporting a failed test` };
  }
  return counts;
}

/**
 * The failed tests of a TAP stream with node:test's diagnostics (error, location, our part of
 * the stack). A long run's failures scroll far out of sight, so the end of the run repeats them;
 * tests cancelled because a hook failed are counted, the hook's failure is shown.
 */
function tapFailures(tap) {
  const lines = tap.split('\n');
  /** @type {string[]} */
  const out = [];
  let cancelled = 0;
  for (let i = 0; i < lines.length; i++) {
    const failed = /^(\s*)not ok \d+ - (.*)$/.exec(lines[i]);
    if (!failed) continue;
    const indent = failed[1].length + 2;
    const block = [];
    for (let j = i + 1; j < lines.length && lines[j] !== `${' '.repeat(indent)}...`; j++) block.push(lines[j].slice(indent));
    if (block.includes("failureType: 'cancelledByParent'")) {
      cancelled++;
      continue;
    }
    if (out.length > 300) continue;
    const shown = block.filter((line) => line !== '---' && !line.startsWith('duration_ms') && !/\(node:|^\s*node:/.test(line));
    out.push(`✖ ${failed[2]}`, ...shown.slice(0, 30).map((line) => `    ${line}`));
  }
  if (cancelled > 0) out.push(`(and ${cancelled} tests cancelled by the failures above)`);
  return out;
}

/** The totals from the end of a TAP stream written by node:test. */
function tapCounts(tap) {
  const total = (name) => {
    const matches = [...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))];
    return Number(matches.at(-1)?.[1] ?? 0);
  };
  return {
    passed: total('pass'),
    failed: total('fail') + total('cancelled'),
    skipped: total('skipped') + total('todo'),
  };
}

/**
 * The HTTP fuzz properties (test/server/http-fuzz.test.ts) on the second pass: 40 requests each
 * instead of 120, which took the file from 25.7 to 11.9 s of CPU there. The server code that
 * answers is the same on both passes, and the first has sent every property its 120 requests on
 * PGlite; what this pass adds is the same kinds of input reaching PostgreSQL's own SQL engine. At
 * 40 each, 440 of its 840 requests still run SQL there: 240 random searches and ids, 200 valid
 * bodies with fields replaced, which get as far as the INSERTs (the other 400, random JSON and
 * text, end at the JSON parser or the schema). fast-check draws new inputs on every run and prints a
 * failure's seed to replay it, so across runs the search widens either way.
 */
const fuzzRunsOnPostgres = '40';

/**
 * The PostgreSQL pass runs the server test files whose outcome can differ there, not all of them.
 * Both passes run the same server code against the same schema; only the engine changes (PGlite
 * is PostgreSQL 18 compiled to WASM with one connection; the pass's cluster is Debian's
 * PostgreSQL with a pool of ten). So a file can end otherwise only through:
 * 1. its own code asking which database it runs on (MITMACHEN_TEST_DATABASE_URL,
 *    `testDatabaseKind`): those files always run (races on purpose, PostgreSQL-only tests);
 * 2. the server taking a PostgreSQL-only branch (`db.kind`): where it took PGlite's, it records a
 *    pseudo-statement (`recordDialectBranch`), covered like any statement below;
 * 3. a statement meaning something else on this engine (syntax, functions, operators, version):
 *    the database layer (packages/server/src/db/record.ts) records every distinct statement text
 *    each file sends on the PGlite pass;
 * 4. work PGlite ran one after the other running side by side here: the layer also records every
 *    pair of checkouts under way at once, with the tables each read and wrote; a pair where one
 *    writes what the other touches (foreign keys and triggers read from the migrations) is a clash.
 * The pass runs the files of 1 and of `dataOnPostgres` below, then, cheapest CPU first, files
 * until every statement of 3 (the server's: those only written out in a test file are the test's
 * own set-up) and every clash of 4
 * has run here at least once (a greedy set cover, scripts/postgres-selection.mjs). What that does
 * not prove: a statement whose outcome differs only for some data, sent with such data only by a
 * file left out (both engines sort by code point, C and C.UTF-8; the cluster takes the machine's
 * time zone, PGlite UTC); and a race between two clashing checkouts that shows only some of the
 * times they meet: each clash now meets on PostgreSQL in one file per run, not in every file that
 * has it. The records come from this same run; a file that did not finish on PGlite runs here, and
 * when any PGlite test failed every server file runs. MITMACHEN_TEST_POSTGRES_ALL=1 runs them all.
 */
/**
 * Files whose point is the data they send, where the cover above is blind (a statement that
 * differs only for some data): they run on PostgreSQL whatever statements they share with others.
 */
const dataOnPostgres = new Map([
  ['test/server/http-fuzz.test.ts', 'sends random input (the data a statement cover cannot see)'],
  // German stemming and ranking come from each version's dictionaries: the words matter, not only the statement.
  ['test/server/search-text.test.ts', 'full-text search on particular German words'],
  ['test/server/search-relevance.test.ts', 'ranking of particular German words'],
]);

function postgresFiles(files, pgliteFailed) {
  // Files that shared a process (scripts/node-groups.mjs) have records of their own
  // (test/support/sql-owner.ts); what their process ran outside their databases is the group's,
  // and the choice takes the group whole when it needs that. Chosen files share processes here too.
  const groups = [...nodeGroups.owner].filter(([, members]) => members.some((file) => files.includes(file)));
  const membersOf = (unit) => nodeGroups.owner.get(unit) ?? [unit];
  const entries = (chosen) => {
    const whole = chosen.filter((unit) => nodeGroups.owner.has(unit));
    const taken = new Set(whole.flatMap(membersOf));
    const single = chosen.filter((unit) => !nodeGroups.owner.has(unit) && !taken.has(unit));
    const regrouped = groupTestFiles(single, join(scratch, 'groups-postgres'), root, new Set(dataOnPostgres.keys()));
    return { entries: [...regrouped.entries, ...whole.map((unit) => join(root, unit))], count: taken.size + single.length };
  };
  if (process.env.MITMACHEN_TEST_POSTGRES_ALL === '1') return { ...entries(files), why: 'all files (MITMACHEN_TEST_POSTGRES_ALL=1)' };
  if (pgliteFailed) return { ...entries(files), why: 'all files, as a test failed on PGlite (its record may be incomplete)' };
  mergeFileRecords();
  const units = [...files, ...groups.map(([owner]) => owner)];
  const source = (unit) => (nodeGroups.owner.has(unit) ? '' : readFileSync(join(root, unit), 'utf8'));
  const chosen = choosePostgresFiles(units, readRecords(sqlRecords), source, readSchema(), testOnlyStatements(root), dataOnPostgres);
  const name = (unit) => (nodeGroups.owner.has(unit) ? `${membersOf(unit).join(', ')} (what their shared process ran outside their databases)` : unit);
  const lines = chosen.files.map((unit) => `  ${name(unit)}: ${chosen.reasons.get(unit)}`);
  const run = entries(chosen.files);
  const why =
    `${run.count} of ${files.length} files: ${chosen.forced} as they ask which database they have, send data that matters, or did not finish on PGlite; the ` +
    `rest so that all ${chosen.statements} distinct statements and clashes the server files sent on PGlite run here (scripts/test.mjs explains)\n${lines.join('\n')}`;
  return { ...run, why };
}

/** Moves the records test/support/sql-owner.ts wrote per file (`by-file/<file>/`) beside the others. */
function mergeFileRecords() {
  const byFile = join(sqlRecords, 'by-file');
  if (!existsSync(byFile)) return;
  for (const file of readdirSync(byFile)) {
    for (const name of readdirSync(join(byFile, file))) renameSync(join(byFile, file, name), join(sqlRecords, `${file}-${name}`));
  }
  rmSync(byFile, { recursive: true, force: true });
}

/** Where the PGlite pass records each file's SQL for `postgresFiles`. */
const sqlRecords = join(scratch, 'sql');

async function postgresTests(all, pgliteFailed) {
  if (all.length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no server tests yet' };
  const { entries, count, why } = postgresFiles(all, pgliteFailed);
  console.log(`Runs ${why}\n`);
  const counts = await onPostgres(entries);
  const ran = `ran ${count} of ${all.length} files, the reasons at the top of its log`;
  return { ...counts, note: [counts.note, ran].filter(Boolean).join('; ') };
}

/** @param {string[]} files */
async function onPostgres(files) {
  const given = process.env.MITMACHEN_TEST_DATABASE_URL;
  const env = { ...process.env, MITMACHEN_TEST_FUZZ_RUNS: process.env.MITMACHEN_TEST_FUZZ_RUNS ?? fuzzRunsOnPostgres };
  if (given) return nodeTests('server-postgres', files, env);
  const pgBin = system.found.PostgreSQL;
  if (!pgBin) return missingFor('PostgreSQL');
  let cluster;
  try {
    cluster = await startPostgres(pgBin);
  } catch (error) {
    return { passed: 0, failed: 1, skipped: 0, note: error.message };
  }
  cleanups.add(cluster.stop);
  console.log(`PostgreSQL from ${pgBin} at ${cluster.url} (throwaway cluster)\n`);
  try {
    return await nodeTests('server-postgres', files, { ...env, MITMACHEN_TEST_DATABASE_URL: cluster.url });
  } finally {
    cluster.stop();
    cleanups.delete(cluster.stop);
  }
}

/**
 * The cluster tests start their own PostgreSQL, instances and nginx (scripts/cluster.mjs). On a
 * CI machine a missing nginx or PostgreSQL is a failure (.ci/run installs both); elsewhere a skip.
 * @param {string[]} files @param {Output} [held]
 */
async function clusterTests(files, held = undefined) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no cluster tests yet' };
  if (!system.found.nginx) return missingFor('nginx');
  if (!system.found.PostgreSQL) return missingFor('PostgreSQL');
  return nodeTests('cluster', files, withoutDatabaseUrl(), 1, held);
}

/** @param {string[]} files @param {Output} [held] */
async function browserTests(files, held = undefined) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, note: 'no browser test files yet' };
  if (!system.found.Chromium) return { passed: 0, failed: 1, skipped: 0, note: `no Chromium. ${howToGetChromium}` };
  const resultsFile = join(scratch, 'browser.json');
  const code = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], { ...process.env, MITMACHEN_BROWSER_RESULTS: resultsFile }, held);
  /** @type {Counts} */
  const counts = existsSync(resultsFile)
    ? JSON.parse(readFileSync(resultsFile, 'utf8'))
    : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && counts.failed === 0) {
    return { ...counts, failed: 1, note: `web-test-runner exited with ${code} without reporting a failed test` };
  }
  return counts;
}

/**
 * What a missing program costs a step: on CI (.ci/run sets CI=true) a failure, elsewhere a skip
 * (the note says how to get it).
 * @param {string} name
 */
function missingFor(name) {
  const note = system.missing.find((entry) => entry.name === name)?.message ?? `no ${name}`;
  return process.env.CI === 'true' ? { passed: 0, failed: 1, skipped: 0, note } : { passed: 0, failed: 0, skipped: 1, note: `SKIPPED: ${note}` };
}

/** @type {import('./system-deps.mjs').SystemDependencies} */
let system = { found: {}, installed: [], missing: [] };
const runStarted = performance.now();
// Outside the scratch folder, which goes at the end: the summary names it for reading later.
const aptLog = join(tmpdir(), 'mitmachen-apt-get.log');
const install = startSystemDependencies({ log: aptLog });
cleanups.add(install.stop);
console.log('\n━━ system packages: Chromium, PostgreSQL, nginx and WordPress\n');
if (install.installing.length > 0) {
  console.log(`Installing ${install.packages.join(' ')} with apt-get in the background, while type-check, lint and build run (once; later runs find them).`);
}

/** Waits for the install (when one runs) and records it as a step of its own. */
async function systemPackages() {
  const started = performance.now();
  const waited = install.installing.length > 0;
  system = await install.done;
  cleanups.delete(install.stop);
  if (waited) console.log(`\n━━ system packages: the install started at the top\n`);
  // Every suite, also the Node tests that drive a browser, uses this one.
  if (system.found.Chromium) process.env.CHROME_PATH = system.found.Chromium;
  for (const [name, path] of Object.entries(system.found)) console.log(`${name}: ${path}`);
  for (const { message } of system.missing) console.log(`\nWILL SKIP, ${message}`);
  const installed = system.installed.length > 0 ? `installed ${system.installed.join(', ')}, log in ${aptLog}` : '';
  const missing = system.missing.map(({ name }) => name).join(', ');
  const note = [installed, missing && `missing ${missing}: see ${waited ? 'above' : 'the top of this output'}`].filter(Boolean).join('; ');
  const failed = process.env.CI === 'true' && system.missing.length > 0 ? 1 : 0;
  if (waited && system.missing.length > 0 && existsSync(aptLog)) {
    console.log(`\nThe end of apt-get's log:\n${readFileSync(aptLog, 'utf8').split('\n').slice(-20).join('\n')}`);
  }
  // The install ran beside the steps before; what it cost is its time from the start of the run,
  // and its line goes first, where it started.
  results.unshift({
    name: 'system packages',
    counts: { passed: 0, failed, skipped: 0 },
    ...(note ? { note } : {}),
    ...(waited ? { beside: 'typecheck, lint, build' } : {}),
    seconds: (performance.now() - (waited ? runStarted : started)) / 1000,
  });
}
if (install.installing.length === 0) await systemPackages();

/** The environment for suites on PGlite; a function, as CHROME_PATH is known only after the install. */
const withoutDatabaseUrl = () => {
  const env = { ...process.env };
  delete env.MITMACHEN_TEST_DATABASE_URL;
  return env;
};
const clusterFiles = testFiles('node', 'test/cluster');
// The WordPress plugin's tests start MariaDB, PHP and WordPress: a step of their own.
const wordpressFiles = testFiles('node', 'test/wordpress');
const nodeFiles = testFiles('node').filter((file) => !clusterFiles.includes(file) && !wordpressFiles.includes(file));
const serverFiles = testFiles('node', 'test/server');
// Small files share a process on the PGlite pass (and the PostgreSQL pass), big ones run alone.
const nodeGroups = groupTestFiles(nodeFiles, join(scratch, 'groups'), root, new Set(dataOnPostgres.keys()));
const browserFiles = testFiles('browser');

try {
  // Each of the three is one single-threaded process (tsc, eslint, rollup): side by side they
  // share the two cores instead of leaving one idle for a minute.
  await Promise.all([
    step('typecheck', 'tsc -p tsconfig.json --noEmit', (held) => check(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], held), { beside: 'lint, build' }),
    step('lint', 'eslint .', (held) => check(bin('eslint'), ['.'], held), { beside: 'typecheck, build' }),
    step('build', 'npm run build', (held) => check('npm', ['run', '--silent', 'build'], held), { beside: 'typecheck, lint' }),
  ]);
  await step('packages', 'publint and attw on every package', () => check(process.execPath, ['scripts/check-packages.mjs']));
  // The tests that run the `mitmachen-server` command (test/support/cli.ts) start the one just
  // built instead of compiling the sources through tsx in every run; only when the build passed.
  if (results.find((result) => result.name === 'build')?.counts.passed) {
    process.env.MITMACHEN_TEST_BUILT_CLI = join(root, 'packages', 'server', 'dist', 'cli.js');
  }
  if (install.installing.length > 0) await systemPackages();
  mkdirSync(sqlRecords);
  const grouped = `${nodeFiles.length} files in ${nodeGroups.entries.length} processes`;
  await step('node tests', `${grouped}, database: PGlite`, () =>
    nodeTests('node', nodeGroups.entries, { ...withoutDatabaseUrl(), MITMACHEN_TEST_SQL_RECORD: sqlRecords }, 2, undefined, ['./test/support/sql-record.mjs']),
  );
  const pgliteFailed = (results.find((result) => result.name === 'node tests')?.counts.failed ?? 1) > 0;
  // The browser tests mostly wait (pages, the API server): all 36 files took 50 s of CPU
  // (user+sys, measured with /usr/bin/time) for a step of about 120 s on the quiet machine, so
  // beside the PostgreSQL pass they cost it little and save their whole time.
  await Promise.all([
    step('server tests on PostgreSQL', `the server files whose outcome can differ there, of ${serverFiles.length}`, () => postgresTests(serverFiles, pgliteFailed)),
    step('browser tests', `${browserFiles.length} files in Chromium`, (held) => browserTests(browserFiles, held), { beside: 'server tests on PostgreSQL' }),
  ]);
  // Both mostly wait on their programs (PostgreSQL, nginx; MariaDB, PHP), each on its own free
  // ports and folders: side by side they take about the longer one's time, not the sum.
  await Promise.all([
    step('cluster tests', `${clusterFiles.length} files: PostgreSQL, instances, nginx`, (held) => clusterTests(clusterFiles, held), {
      beside: 'wordpress tests',
    }),
    step(
      'wordpress tests',
      `${wordpressFiles.length} files: the plugin on Debian's WordPress, MariaDB, PHP`,
      (held) => nodeTests('wordpress', wordpressFiles, withoutDatabaseUrl(), 1, held),
      { beside: 'cluster tests' },
    ),
  ]);
} finally {
  cleanup();
}

for (const { label, lines } of failures) console.log(`\n━━ failed in ${label} (also above)\n\n${lines.join('\n')}`);

const totals = { passed: 0, failed: 0, skipped: 0 };
console.log('\n━━ summary\n');
for (const { name, counts, seconds, note, beside } of results) {
  for (const key of /** @type {const} */ (['passed', 'failed', 'skipped'])) totals[key] += counts[key];
  const line = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  const notes = [beside && `beside ${beside}`, note].filter(Boolean).join('; ');
  console.log(`${counts.failed ? '✖' : '✔'} ${name.padEnd(28)} ${line.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s${notes ? `  (${notes})` : ''}`);
}
console.log(`\nin ${((performance.now() - runStarted) / 1000).toFixed(0)} s, steps side by side as noted`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
