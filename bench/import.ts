/**
 * `npm run bench:import`: how long importing a large spreadsheet takes. Generates N listings
 * (`--count`, default 10,000) as a CSV in the template's columns, imports them into a fresh
 * database (PostgreSQL from DATABASE_URL or a private cluster when PostgreSQL is installed;
 * `--pglite` for the embedded one), then imports the same file again (every listing
 * unchanged) and once more with every title changed (every listing updated).
 */
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../packages/server/src/db/database.js';
import { parseSpreadsheet } from '../packages/server/src/import/csv.js';
import { runImport } from '../packages/server/src/import/run.js';
import { spreadsheet as generate } from './lib/import-file.js';
import { obtainPostgres } from './lib/postgres.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, pglite: { type: 'boolean' } } });
const count = Number(values.count);

const spreadsheet = (titleSuffix = '') => generate(count, titleSuffix);

async function timed(db: Database, label: string, bytes: Buffer): Promise<void> {
  // Imports belong to an agency record (migration 092).
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO agencies (id, name) VALUES (gen_random_uuid(), 'Benchmark') ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const started = performance.now();
  const parsed = parseSpreadsheet(bytes);
  const read = performance.now();
  let lastProgress = 0;
  const report = await runImport(db, parsed, {
    source: 'csv',
    agency: rows[0]!.id,
    publish: false,
    dryRun: false,
    onProgress: (done, total) => {
      if (done - lastProgress < 2500 && done !== total) return;
      process.stdout.write(`    ${done}/${total} written\n`);
      lastProgress = done;
    },
  });
  const finished = performance.now();
  if (report.refused) throw new Error(`refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
  console.log(
    `  ${label}: ${((finished - started) / 1000).toFixed(1)} s (reading and checking ${((read - started) / 1000).toFixed(1)} s); ` +
      `new ${report.counts.new}, updated ${report.counts.updated}, unchanged ${report.counts.unchanged}`,
  );
}

async function main(): Promise<void> {
  let stop = () => {};
  let url: string | undefined;
  if (!values.pglite) {
    const target = await obtainPostgres(process.env.DATABASE_URL);
    if ('skipped' in target) throw new Error(`${target.skipped}; or pass --pglite`);
    url = target.url;
    stop = () => target.stop();
  }
  const db = await openDatabase(values.pglite ? { dataDir: 'memory://' } : { url });
  try {
    console.log(`Importing ${count} listings from a ${(spreadsheet().length / 1e6).toFixed(1)} MB spreadsheet into ${db.kind}:`);
    await timed(db, 'first import', spreadsheet());
    await timed(db, 'same file again', spreadsheet());
    await timed(db, 'every title changed', spreadsheet(' (neu)'));
  } finally {
    await db.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
