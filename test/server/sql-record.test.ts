/**
 * What the PostgreSQL pass of `npm test` rests on (scripts/test.mjs, `postgresFiles`): the
 * database layer records each statement and each pair of checkouts under way at once, and the
 * choice of files runs every file that asks which database it has or whose side-by-side work can
 * end otherwise, and enough others that every recorded statement runs.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { choosePostgresFiles, conflict, readRecords, readSchema, type FileRecord, type Touched } from '../../scripts/postgres-selection.mjs';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { touches, writingFunctions } from '../../packages/server/src/db/record.js';
import { packageRoot } from '../../packages/server/src/paths.js';
import { pgliteImage } from '../support/database-images.js';

const folder = await mkdtemp(join(tmpdir(), 'mitmachen-sql-record-'));
after(() => rm(folder, { recursive: true, force: true }));

const touched = (text: string) => {
  const into = { reads: new Set<string>(), writes: new Set<string>() };
  touches(text, into);
  return { reads: [...into.reads].sort(), writes: [...into.writes].sort() };
};

describe('recording in the database layer', () => {
  it('writes each distinct statement once, and the tables of checkouts that were under way at once', async () => {
    const given = process.env.MITMACHEN_TEST_SQL_RECORD;
    process.env.MITMACHEN_TEST_SQL_RECORD = folder;
    const db = await openDatabase({ dataDir: 'memory://', pgliteImage: await pgliteImage() }).finally(() => {
      if (given === undefined) delete process.env.MITMACHEN_TEST_SQL_RECORD;
      else process.env.MITMACHEN_TEST_SQL_RECORD = given;
    });
    try {
      await db.pool.query('SELECT   count(*)\n FROM agencies');
      await db.pool.query('SELECT count(*) FROM agencies');
      // Two reads side by side: nothing to note.
      await Promise.all([db.pool.query('SELECT 1 FROM agencies'), db.pool.query('SELECT 1 FROM staff_accounts')]);
      // A transaction that writes agencies beside a read of them: noted.
      await Promise.all([
        db.transaction((client) => client.query("INSERT INTO agencies (id, name) VALUES (gen_random_uuid(), 'Agentur Görlitz')")),
        db.pool.query('SELECT name FROM agencies'),
      ]);
    } finally {
      await db.close();
    }
    const [file] = (await readdir(folder)).filter((name) => name.endsWith('.jsonl'));
    const facts = (await readFile(join(folder, file!), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const statements = facts.flatMap((fact) => (typeof fact.statement === 'string' ? [fact.statement] : []));
    assert.equal(statements.filter((text) => text === 'SELECT count(*) FROM agencies').length, 1);
    assert.ok(statements.includes("INSERT INTO agencies (id, name) VALUES (gen_random_uuid(), 'Agentur Görlitz')"));
    const overlaps = facts.flatMap((fact) => (fact.overlap ? [fact.overlap] : []));
    assert.deepEqual(overlaps, [{ a: { reads: ['agencies'], writes: [] }, b: { reads: [], writes: ['+agencies'] } }]);
    const records = readRecords(folder);
    assert.equal([...records.values()][0]?.overlaps.length, 1);
  });

  it('tells reads, inserts and other writes apart, and counts what it cannot place as writing everything', () => {
    assert.deepEqual(touched('SELECT o.id FROM opportunities o JOIN organisations g ON g.id = o.organisation_id'), { reads: ['opportunities', 'organisations'], writes: [] });
    assert.deepEqual(touched('INSERT INTO staff_accounts (id) VALUES ($1)'), { reads: [], writes: ['+staff_accounts'] });
    assert.deepEqual(touched('DELETE FROM sign_in_links WHERE expires_at < now()'), { reads: ['sign_in_links'], writes: ['sign_in_links'] });
    assert.deepEqual(touched('SELECT id FROM alert_subscriptions WHERE next_job = $1 FOR UPDATE'), { reads: [], writes: ['alert_subscriptions'] });
    assert.deepEqual(touched("SELECT prune_search_changes(interval '1 day')"), { reads: [], writes: ['search_changes'] });
    assert.deepEqual(touched('SELECT pg_advisory_lock(7412001)'), { reads: [], writes: ['*'] });
    assert.deepEqual(touched('COMMIT'), { reads: [], writes: [] });
    assert.deepEqual(touched('UPDATE opportunities SET status = $2 WHERE id = $1'), { reads: [], writes: ['~opportunities'] });
    assert.deepEqual(touched('UPDATE offers SET id = $2 WHERE id = $1'), { reads: [], writes: ['offers'] });
    assert.deepEqual(touched('UPDATE outbox SET state = $1 WHERE id IN (SELECT id FROM outbox WHERE state = $2 FOR UPDATE SKIP LOCKED)'), {
      reads: [],
      writes: ['outbox', '~outbox'],
    });
  });

  it("names every function of the migrations that writes (not IMMUTABLE or STABLE, not a trigger's)", async () => {
    const dir = new URL('migrations/', packageRoot);
    const text = (await Promise.all((await readdir(dir)).filter((name) => name.endsWith('.sql')).map((name) => readFile(new URL(name, dir), 'utf8')))).join('\n');
    const volatile = new Set<string>();
    for (const [, name, rest] of text.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\([^)]*\)\s*RETURNS\s+([\s\S]*?)\$(\w*)\$/gi)) {
      if (!/^trigger\b/i.test(rest!) && !/\b(IMMUTABLE|STABLE)\b/i.test(rest!)) volatile.add(name!.toLowerCase());
    }
    assert.ok(volatile.size > 0);
    for (const name of volatile) assert.ok(name in writingFunctions, `${name} changes data: add it to writingFunctions in packages/server/src/db/record.ts`);
  });
});

describe('choosing the files for the PostgreSQL pass', () => {
  const schema = readSchema();

  it('reads foreign keys and triggers from the migrations', () => {
    assert.ok(schema.children.get('opportunities')?.has('interests'));
    assert.ok(schema.parents.get('staff_accounts')?.has('agencies'));
    assert.ok(schema.triggered.get('opportunities')?.has('+search_changes'));
  });

  it('can take an update that assigns no key as leaving other tables alone: foreign keys are `…_id` / `…_by` columns referencing an id', async () => {
    const dir = new URL('migrations/', packageRoot);
    const text = (await Promise.all((await readdir(dir)).filter((name) => name.endsWith('.sql')).map((name) => readFile(new URL(name, dir), 'utf8')))).join('\n');
    const references = [...text.matchAll(/(\w+)\s+(?:uuid|text|bigint|integer|int|smallint)\b[^,\n(]*?\bREFERENCES\s+\w+\s*(\([^)]*\))?/gi)];
    assert.equal(references.length, (text.match(/\bREFERENCES\b/gi) ?? []).length, 'every foreign key is a column definition');
    for (const [reference, column, target] of references) {
      assert.match(column!, /^(id|\w+_id|\w+_by)$/, reference);
      assert.equal(target, '(id)', reference);
    }
  });

  it('counts side-by-side work as able to end otherwise only when one writes what the other touches', () => {
    const on = (text: string) => touched(text);
    assert.equal(conflict(schema, on("INSERT INTO agencies (id, name) VALUES ($1, 'A')"), on('DELETE FROM sign_in_links WHERE expires_at < now()')), false);
    assert.equal(conflict(schema, on('SELECT 1 FROM agencies'), on('SELECT 1 FROM agencies')), false);
    // Deleting opportunities deletes their contact requests (ON DELETE CASCADE).
    assert.equal(conflict(schema, on('DELETE FROM opportunities WHERE id = $1'), on('SELECT count(*) FROM interests')), true);
    // Changing an opportunity writes the search change log by trigger.
    assert.equal(conflict(schema, on("UPDATE opportunities SET status = 'expired'"), on('SELECT max(version) FROM search_changes')), true);
    // Adding a staff account checks (and locks) its agency.
    assert.equal(conflict(schema, on('INSERT INTO staff_accounts (id, agency_id) VALUES ($1, $2)'), on('DELETE FROM agencies WHERE id = $1')), true);
    assert.equal(conflict(schema, on('SELECT pg_advisory_lock(1)'), on('SELECT 1 FROM agencies')), true);
    // Expiring opportunities beside blanking old contact requests' texts: no key changes, no cascade.
    assert.equal(conflict(schema, on("UPDATE opportunities SET status = 'expired' WHERE expires_at < now()"), on('UPDATE interests SET message = NULL')), false);
  });

  it('runs files that ask which database they have, then the cheapest files that send every statement and clash', () => {
    const record = (statements: string[], cpuSeconds: number | undefined, overlaps: { a: Touched; b: Touched }[] = []): FileRecord => ({
      statements: new Set(statements),
      overlaps,
      cpuSeconds,
    });
    const records = new Map([
      ['asks.test.ts', record(['A'], 5)],
      ['clash.test.ts', record(['B'], 5, [{ a: touched('DELETE FROM offers'), b: touched('SELECT 1 FROM offer_contacts') }])],
      ['apart.test.ts', record(['C'], 1, [{ a: touched('DELETE FROM rate_limit_hits'), b: touched('INSERT INTO agencies (id) VALUES ($1)') }])],
      ['dear.test.ts', record(['C', 'D'], 20)],
      ['cheap.test.ts', record(['D'], 1)],
      ['nothing-new.test.ts', record(['A'], 1)],
      ['unfinished.test.ts', record([], undefined)],
    ]);
    const files = [...records.keys()];
    const source = (file: string) => (file === 'asks.test.ts' ? 'if (testDatabaseKind === "postgres")' : '');
    const chosen = choosePostgresFiles(files, records, source, schema);
    assert.deepEqual(chosen.files.sort(), ['apart.test.ts', 'asks.test.ts', 'cheap.test.ts', 'clash.test.ts', 'unfinished.test.ts']);
    const always = new Map([['nothing-new.test.ts', 'its data matters']]);
    assert.equal(choosePostgresFiles(files, records, source, schema, undefined, always).reasons.get('nothing-new.test.ts'), 'its data matters');
    // The tests' own set-up statements need no file of their own.
    assert.ok(!choosePostgresFiles(files, records, source, schema, (statement) => statement === 'C').files.includes('apart.test.ts'));
    // A, B, C, D and the one clash.
    assert.equal(chosen.statements, 5);
    assert.match(chosen.reasons.get('clash.test.ts') ?? '', /1 clash/);
    assert.match(chosen.reasons.get('cheap.test.ts') ?? '', /1 statement/);
  });
});
