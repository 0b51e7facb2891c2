/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or a new database
 * on the PostgreSQL server named by MITMACHEN_TEST_DATABASE_URL (the test script starts a
 * private cluster and sets it), dropped again on close.
 */
import { randomUUID } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../../packages/server/src/db/database.js';

export const testDatabaseKind = process.env.MITMACHEN_TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  /** Pass to `openDatabase` or the server config; undefined means PGlite in memory. */
  url: string | undefined;
  db: Database;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.MITMACHEN_TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { url: undefined, db, close: () => db.close() };
  }
  const name = `mitmachen_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.href });
  return {
    url: url.href,
    db,
    async close() {
      await db.close();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * For a test file: `defer(cleanup)` runs cleanups after its last test, newest first (servers
 * before the databases they use); `testDatabase()` opens one that is closed then.
 */
export function cleanupAfterAll(): { defer: (cleanup: () => Promise<void>) => void; testDatabase: () => Promise<TestDatabase> } {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const defer = (cleanup: () => Promise<void>) => void cleanups.push(cleanup);
  return {
    defer,
    async testDatabase() {
      const database = await openTestDatabase();
      defer(() => database.close());
      return database;
    },
  };
}
