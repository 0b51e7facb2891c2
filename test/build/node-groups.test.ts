/**
 * `npm test` runs small Node test files several to a process (scripts/node-groups.mjs): which
 * files may share one, and that a group's process runs every test of every file with its hooks.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readRecords } from '../../scripts/postgres-selection.mjs';
import { groupTestFiles, heavyFiles, soloReason } from '../../scripts/node-groups.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'node-groups-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** `node --test` of the entries as npm test starts it, not as a child of this test's runner. */
function runEntries(cwd: string, entries: string[], options: { args?: string[]; env?: Record<string, string> } = {}): string {
  // Under `npm test` this process is itself recorded (sql-record.mjs): the child must not inherit its owner.
  const { NODE_TEST_CONTEXT, MITMACHEN_TEST_SQL_RECORD, MITMACHEN_TEST_SQL_OWNER, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, ...options.env };
  const args = [...(options.args ?? []), '--test', '--test-reporter=tap', ...entries];
  return execFileSync(process.execPath, args, { cwd, env, encoding: 'utf8', stdio: 'pipe' });
}

describe('which test files share a process', () => {
  it('keeps alone the files whose set-up would reach the others', () => {
    assert.equal(soloReason('test/x/a.test.ts', "import { it } from 'node:test';\nit('adds', () => {});\n"), undefined);
    assert.equal(soloReason('test/x/a.test.ts', "before(async () => { server = await start(); });\nafter(() => server.close());\n"), undefined);
    assert.equal(soloReason('test/x/a.test.ts', 'beforeEach(() => { count = 0; });\n'), 'top-level beforeEach/afterEach');
    assert.equal(soloReason('test/x/a.test.ts', "  beforeEach(() => { count = 0; });\n"), undefined, 'inside a describe it stays there');
    assert.equal(soloReason('test/x/a.test.ts', "process.env.TZ = 'UTC';\n"), 'changes the process environment');
    assert.equal(soloReason('test/x/a.test.ts', "process.env['LOG_LEVEL'] = 'info';\n"), 'changes the process environment');
    assert.equal(soloReason('test/x/a.test.ts', "if (process.env.CI === 'true') skip();\n"), undefined, 'reading is fine');
    assert.equal(soloReason('test/x/a.test.ts', 'if (testDatabaseKind === "postgres") {}\n'), 'always runs on PostgreSQL');
    assert.equal(soloReason('test/x/a.test.ts', '', new Set(['test/x/a.test.ts'])), 'always runs on PostgreSQL');
    assert.equal(soloReason(heavyFiles[0] as string, ''), 'heavy');
  });

  it('groups up to five files of a folder, evenly, heavy files alone and first', () => {
    const root = join(scratch, 'repo');
    const files = [
      ...Array.from({ length: 6 }, (_, i) => `test/a/f${i}.test.ts`),
      'test/b/only.test.ts',
      'test/a/env.test.ts',
      heavyFiles[1] as string,
      heavyFiles[0] as string,
    ];
    for (const file of files) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), file === 'test/a/env.test.ts' ? "process.env.X = '1';\n" : "it('x', () => {});\n");
    }
    const { entries, owner } = groupTestFiles(files, join(root, 'groups'), root);
    assert.deepEqual(entries.slice(0, 3), [heavyFiles[0], heavyFiles[1], 'test/a/env.test.ts']);
    assert.deepEqual([...owner.values()], [
      ['test/a/f0.test.ts', 'test/a/f1.test.ts', 'test/a/f2.test.ts'],
      ['test/a/f3.test.ts', 'test/a/f4.test.ts', 'test/a/f5.test.ts'],
    ]);
    assert.deepEqual([...owner.keys()], ['groups/test-a-1.test.mjs', 'groups/test-a-2.test.mjs'], 'named as sql-record.mjs names a process');
    assert.ok(entries.includes('test/b/only.test.ts'), 'a group of one is the file itself');
    assert.equal(entries.length, 6);
    assert.match(readFileSync(join(root, 'groups/test-a-2.test.mjs'), 'utf8'), new RegExp(`import "${join(root, 'test/a/f3.test.ts')}";`));
  });
});

describe('a group in one process', () => {
  it('runs every test of every file, each file with its own before and after', () => {
    const root = join(scratch, 'run');
    const files = ['test/a/one.test.mjs', 'test/a/two.test.mjs'];
    mkdirSync(join(root, 'test/a'), { recursive: true });
    for (const [i, file] of files.entries()) {
      writeFileSync(
        join(root, file),
        `import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
let ready = false;
before(() => { ready = true; });
after(() => { assert.ok(ready); });
it('file ${i} test a', () => assert.ok(ready));
it('file ${i} test b', () => assert.ok(ready));
`,
      );
    }
    const { entries } = groupTestFiles(files, join(root, 'groups'), root);
    assert.equal(entries.length, 1);
    const out = runEntries(root, entries);
    for (const i of [0, 1]) for (const name of ['a', 'b']) assert.match(out, new RegExp(`^ok \\d+ - file ${i} test ${name}$`, 'm'));
    assert.match(out, /^# pass 4$/m);
    assert.match(out, /^# fail 0$/m);
  });

  it('reports a failing file’s test as failed, and the process with it', () => {
    const root = join(scratch, 'fail');
    const files = ['test/a/good.test.mjs', 'test/a/bad.test.mjs'];
    mkdirSync(join(root, 'test/a'), { recursive: true });
    writeFileSync(join(root, files[0] as string), "import { it } from 'node:test';\nit('passes', () => {});\n");
    writeFileSync(join(root, files[1] as string), "import { it } from 'node:test';\nit('fails', () => { throw new Error('no'); });\n");
    const { entries } = groupTestFiles(files, join(root, 'groups'), root);
    assert.throws(
      () => runEntries(root, entries),
      (error: { status: number; stdout: string }) => error.status === 1 && /^not ok \d+ - fails$/m.test(error.stdout) && /^ok \d+ - passes$/m.test(error.stdout),
    );
  });
});

describe('the SQL record of a group', () => {
  it('names each file for the statements its own database ran, though their set-ups run at once', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const dir = mkdtempSync(join(root, 'test', 'build', '.node-groups-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const records = join(scratch, 'sql');
    mkdirSync(records);
    const files = ['one', 'two'].map((name) => {
      const file = join(dir, `${name}.test.ts`);
      writeFileSync(
        file,
        `import { after, before, it } from 'node:test';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';
let database: TestDatabase;
before(async () => { database = await openTestDatabase(); });
after(() => database.close());
it('${name} queries', async () => { await database.db.pool.query("SELECT '${name}' AS only_in_${name}"); });
`,
      );
      return file.slice(root.length);
    });
    const { entries, owner } = groupTestFiles(files, join(dir, 'groups'), root);
    assert.equal(entries.length, 1);
    const env = { MITMACHEN_TEST_SQL_RECORD: records, MITMACHEN_TEST_CACHE: '' };
    runEntries(root, entries, { args: ['--conditions=source', '--import', 'tsx', '--import', './test/support/sql-record.mjs'], env });
    // What scripts/test.mjs does before reading them: the per-file folders beside the rest.
    for (const folder of readdirSync(join(records, 'by-file'))) {
      for (const name of readdirSync(join(records, 'by-file', folder))) renameSync(join(records, 'by-file', folder, name), join(records, `${folder}-${name}`));
    }
    rmSync(join(records, 'by-file'), { recursive: true });
    const read = readRecords(records);
    for (const [i, name] of ['one', 'two'].entries()) {
      const record = read.get(files[i] as string);
      assert.ok(record, `a record for ${files[i]}: ${[...read.keys()].join(', ')}`);
      const mine = [...record.statements].filter((statement) => /only_in_/.test(statement));
      assert.deepEqual(mine, [`SELECT '${name}' AS only_in_${name}`]);
      assert.ok((record.cpuSeconds ?? 0) > 0, 'a share of the CPU, the sign the record is complete');
    }
    assert.ok(read.has([...owner.keys()][0] as string), 'the group has a record of its own');
  });
});
