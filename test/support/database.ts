/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by MITMACHEN_TEST_DATABASE_URL (the test script starts a
 * private cluster and sets it), dropped again on close.
 *
 * Migrating (and seeding) is most of what a test database costs, so it happens once: PGlite
 * databases start from a dumped data folder, PostgreSQL ones are `CREATE DATABASE … TEMPLATE`
 * copies (test/support/database-images.ts).
 */
import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';
import { pgliteImage, postgresTemplate, type ImageSeed } from './database-images.js';
import { recordedAs } from './sql-owner.js';

export const testDatabaseKind = process.env.MITMACHEN_TEST_DATABASE_URL ? 'postgres' : 'pglite';

export type { ImageSeed } from './database-images.js';

export interface TestDatabase {
  /** Pass to `openDatabase` or the server config; undefined means PGlite in memory. */
  url: string | undefined;
  db: Database;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Demo data it starts with, written by `seedDatabase` for today; none when absent. */
  seed?: ImageSeed | undefined;
}

export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = process.env.MITMACHEN_TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await recordedAs(async () => openDatabase({ dataDir: 'memory://', pgliteImage: await pgliteImage(options.seed) }));
    return { url: undefined, db, close: () => db.close() };
  }
  const template = await postgresTemplate(adminUrl, options.seed);
  const name = `mitmachen_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.href });
  return {
    url: url.href,
    db,
    async close() {
      await db.close();
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * For a test file: `defer(cleanup)` runs cleanups after its last test, newest first (servers
 * before the databases they use); `testDatabase()` opens one that is closed then.
 */
export function cleanupAfterAll(): {
  defer: (cleanup: () => Promise<void>) => void;
  testDatabase: (options?: TestDatabaseOptions) => Promise<TestDatabase>;
} {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const defer = (cleanup: () => Promise<void>) => void cleanups.push(cleanup);
  return {
    defer,
    async testDatabase(options) {
      const database = await openTestDatabase(options);
      defer(() => database.close());
      return database;
    },
  };
}
