/**
 * Which server test files the PostgreSQL pass runs, from what the PGlite pass recorded
 * (packages/server/src/db/record.ts, test/support/sql-record.mjs). The argument is in
 * scripts/test.mjs above `postgresFiles`; this is the bookkeeping.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ reads: string[], writes: string[] }} Touched what one checkout read and wrote (record.ts)
 * @typedef {{ statements: Set<string>, overlaps: { a: Touched, b: Touched }[], cpuSeconds: number | undefined }} FileRecord
 * @typedef {{ files: string[], reasons: Map<string, string>, statements: number, left: number, forced: number }} Selection
 */

/** The records of one pass, per test file (the processes it started included). */
export function readRecords(folder) {
  /** @type {Map<string, FileRecord>} */
  const records = new Map();
  const of = (owner) => {
    let record = records.get(owner);
    if (!record) records.set(owner, (record = { statements: new Set(), overlaps: [], cpuSeconds: undefined }));
    return record;
  };
  if (!existsSync(folder)) return records;
  for (const name of readdirSync(folder)) {
    const text = readFileSync(join(folder, name), 'utf8');
    if (name.startsWith('file-')) {
      const { owner, cpuSeconds } = JSON.parse(text);
      of(owner).cpuSeconds = cpuSeconds;
      continue;
    }
    const [head, ...facts] = text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const record = of(head.owner);
    for (const fact of facts) {
      if (fact.statement) record.statements.add(fact.statement);
      if (fact.overlap) record.overlaps.push(fact.overlap);
    }
  }
  return records;
}

/**
 * @param {string[]} serverFiles every server test file
 * @param {Map<string, FileRecord>} records what the PGlite pass recorded
 * @param {(file: string) => string} source a test file's text
 * @param {Schema} [schema] the tables' triggers and foreign keys
 * @param {(statement: string) => boolean} [testOnly] whether a statement is the tests' own, not the server's
 * @param {Map<string, string>} [always] files to run whatever they sent, with the reason
 * @returns {Selection}
 */
export function choosePostgresFiles(serverFiles, records, source, schema = readSchema(), testOnly = () => false, always = new Map()) {
  /** @type {Map<string, string>} */
  const reasons = new Map();
  // What each file must have run on PostgreSQL: its statements, and each pair of side-by-side
  // checkouts that can end otherwise there (a clash), keyed by the tables both touched.
  /** @type {Map<string, Set<string>>} */
  const needs = new Map();
  for (const file of serverFiles) {
    const record = records.get(file);
    const clashes = (record?.overlaps ?? []).filter(({ a, b }) => conflict(schema, a, b)).map((pair) => `‖ ${describe(pair)}`);
    needs.set(file, new Set([...[...(record?.statements ?? [])].filter((statement) => !testOnly(statement)), ...clashes]));
    if (always.has(file)) reasons.set(file, always.get(file));
    else if (/MITMACHEN_TEST_DATABASE_URL|testDatabaseKind/.test(source(file))) reasons.set(file, 'asks which database it runs on');
    // No exit record: the file did not finish on PGlite, so what it ran is not known whole.
    else if (record?.cpuSeconds === undefined) reasons.set(file, 'no complete record from the PGlite pass');
  }
  const all = new Set([...needs.values()].flatMap((set) => [...set]));
  const covered = new Set([...reasons.keys()].flatMap((file) => [...(needs.get(file) ?? [])]));
  const forced = reasons.size;
  // Greedy weighted set cover: the file that adds the most statements and clashes not yet covered
  // per second of CPU, until all are. Not the least CPU possible, but within a small factor of it,
  // and the same choice for the same records.
  for (;;) {
    let best;
    let bestScore = 0;
    for (const file of serverFiles) {
      if (reasons.has(file)) continue;
      let added = 0;
      for (const need of needs.get(file) ?? []) if (!covered.has(need)) added++;
      const score = added / Math.max(records.get(file)?.cpuSeconds ?? 1, 0.5);
      if (score > bestScore) [best, bestScore] = [file, score];
    }
    if (!best) break;
    const added = [...(needs.get(best) ?? [])].filter((need) => !covered.has(need));
    for (const need of added) covered.add(need);
    const clashes = added.filter((need) => need.startsWith('‖ ')).length;
    const statements = added.length - clashes;
    reasons.set(best, `sends ${[statements && `${statements} statement${statements === 1 ? '' : 's'}`, clashes && `${clashes} clash${clashes === 1 ? '' : 'es'}`].filter(Boolean).join(' and ')} no file before it sends`);
  }
  return {
    files: serverFiles.filter((file) => reasons.has(file)),
    reasons,
    statements: all.size,
    left: serverFiles.length - reasons.size,
    forced,
  };
}

/**
 * @typedef {{ tables: Set<string>, parents: Map<string, Set<string>>, children: Map<string, Set<string>>, triggered: Map<string, Set<string>> }} Schema
 */

const migrations = new URL('../packages/server/migrations/', import.meta.url);

/**
 * From the migrations: every table, its foreign keys (both ways), and what its triggers' functions
 * (and the functions they call) do to tables. Every version of a replaced function counts.
 * @param {string} [text] the migrations, one after another
 * @returns {Schema}
 */
export function readSchema(text = readdirSync(migrations).filter((name) => name.endsWith('.sql')).sort().map((name) => readFileSync(new URL(name, migrations), 'utf8')).join('\n;\n')) {
  const tables = new Set([...text.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)/gi)].map(([, name]) => name.toLowerCase()));
  /** @type {Map<string, string[]>} */
  const bodies = new Map();
  for (const [, name, , body] of text.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)\s*\([\s\S]*?\$(\w*)\$([\s\S]*?)\$\2\$/gi)) {
    bodies.set(name.toLowerCase(), [...(bodies.get(name.toLowerCase()) ?? []), body]);
  }
  const code = text.replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "''").replace(/--[^\n]*/g, '');
  const words = (body) => new Set(body.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  /**
   * What a function does to tables, and the functions it calls: `+t` inserts, `~t` updates
   * without assigning a key, `t` deletes or otherwise writes, `r:t` only names (reads).
   */
  const named = (fn, seen = new Set()) => {
    if (seen.has(fn)) return new Set();
    seen.add(fn);
    const found = new Set();
    for (const body of bodies.get(fn) ?? []) {
      const written = new Set();
      for (const statement of body.split(';')) {
        for (const [, verb, table] of statement.matchAll(/\b(INSERT\s+INTO|(?<!\bFOR\s+(?:NO\s+KEY\s+)?)UPDATE|DELETE\s+FROM|TRUNCATE)\s+(\w+)/gi)) {
          const name = table.toLowerCase();
          if (!tables.has(name)) continue;
          written.add(name);
          const keyed = /\bSET\s+(?:[\s\S]*?,\s*)?"?(id|\w+_id|\w+_by)"?\s*=/i.test(statement);
          found.add(`${/^INSERT/i.test(verb) ? '+' : /^UPDATE/i.test(verb) && !keyed ? '~' : ''}${name}`);
        }
      }
      for (const word of words(body)) {
        if (tables.has(word) && !written.has(word)) found.add(`r:${word}`);
        else if (bodies.has(word)) for (const entry of named(word, seen)) found.add(entry);
      }
    }
    return found;
  };
  /** @param {Map<string, Set<string>>} map */
  const add = (map, key, value) => map.set(key, new Set([...(map.get(key) ?? []), value]));
  const parents = new Map();
  const children = new Map();
  const triggered = new Map();
  for (const statement of code.split(';')) {
    const owner = /^\s*(?:CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?|ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?)(\w+)/i.exec(statement)?.[1]?.toLowerCase();
    if (owner) {
      for (const [, parent] of statement.matchAll(/REFERENCES\s+(\w+)/gi)) {
        add(parents, owner, parent.toLowerCase());
        add(children, parent.toLowerCase(), owner);
      }
    }
    const trigger = /CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER\s+\w+[\s\S]*?\bON\s+(\w+)[\s\S]*?EXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(\w+)/i.exec(statement);
    if (trigger) for (const entry of named(trigger[2].toLowerCase())) add(triggered, trigger[1].toLowerCase(), entry);
  }
  return { tables, parents, children, triggered };
}

/**
 * What a checkout's work reaches, with what the schema adds: a written table's triggers may
 * write the tables their functions name; deleting rows, or changing a key, reaches the tables
 * that reference them (cascades, checks); inserting rows, or changing a key, checks and locks the
 * rows they reference. An update that assigns no key (`~`, record.ts) does neither: foreign keys
 * here are `id` → `…_id` / `…_by` columns (test/server/sql-record.test.ts checks that).
 * @param {Schema} schema @param {Touched} touched
 */
function reach(schema, touched) {
  const reads = new Set(touched.reads);
  const writes = new Set();
  // `+`: inserted; `~`: updated, no referenced key assigned; neither reaches the referencing tables.
  const pending = touched.writes.map((entry) => ({ table: entry.replace(/^[+~]/, ''), inserted: /^[+~]/.test(entry), updated: entry.startsWith('~') }));
  const done = new Set();
  while (pending.length > 0) {
    const { table, inserted, updated } = /** @type {{ table: string, inserted: boolean, updated: boolean }} */ (pending.pop());
    const key = `${updated ? '~' : inserted ? '+' : ''}${table}`;
    if (done.has(key)) continue;
    done.add(key);
    writes.add(table);
    if (!updated) for (const parent of schema.parents.get(table) ?? []) reads.add(parent);
    for (const entry of schema.triggered.get(table) ?? []) {
      if (entry.startsWith('r:')) reads.add(entry.slice(2));
      else pending.push({ table: entry.replace(/^[+~]/, ''), inserted: /^[+~]/.test(entry), updated: entry.startsWith('~') });
    }
    if (!inserted) for (const child of schema.children.get(table) ?? []) pending.push({ table: child, inserted: false, updated: false });
  }
  return { reads, writes };
}

/**
 * Whether two checkouts that were under way at once (PGlite ran them one after the other) can
 * end otherwise on PostgreSQL, where they run side by side: when one writes a table the other
 * reads or writes. Work on tables apart from each other, or reads beside reads, ends the same in
 * any order. `*` (a statement record.ts could not place) meets every table.
 * @param {Schema} schema @param {Touched} a @param {Touched} b
 */
export function conflict(schema, a, b) {
  const [x, y] = [reach(schema, a), reach(schema, b)];
  const meets = (written, other) => [...written].some((table) => table === '*' ? other.reads.size + other.writes.size > 0 : other.reads.has(table) || other.writes.has(table) || other.writes.has('*') || other.reads.has('*'));
  return meets(x.writes, y) || meets(y.writes, x);
}

/** @param {{ a: Touched, b: Touched }} pair */
function describe({ a, b }) {
  const side = (touched) => `writes ${touched.writes.join(', ') || 'nothing'}, reads ${touched.reads.join(', ') || 'nothing'}`;
  return `(${side(a)}) beside (${side(b)})`;
}

/** Text with its white space collapsed, as record.ts writes statements. */
const collapsed = (text) => text.replace(/\s+/g, ' ');

/**
 * Statements that only the tests themselves send (to set up or look at data): written out whole in
 * a file under test/ and nowhere in the server's sources. The pass is for the server's SQL; a
 * test's own statement runs on the same engine in any order, and what it sets up is covered by
 * the server's statements that then read it. Statements built from pieces are found in neither
 * and count as the server's.
 * @param {string} root the repository
 */
export function testOnlyStatements(root) {
  const read = (dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs|js)$/.test(name))
      .map((name) => collapsed(readFileSync(join(root, dir, name), 'utf8')))
      .join('\n');
  const tests = read('test');
  const server = read('packages/server/src');
  return (statement) => statement.length > 0 && tests.includes(statement) && !server.includes(statement);
}
