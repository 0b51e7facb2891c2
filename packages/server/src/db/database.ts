import pg from 'pg';
import { migrate } from './migrate.js';
import { recordStatements } from './record.js';

/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly pool: pg.Pool;
  /** Runs `fn` in a transaction on one client; rolls back when it throws. */
  transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the data folder as an uncompressed tarball, to open copies of (`pgliteImage`). */
  dumpDataDir?(): Promise<Blob>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent, embedded Postgres (PGlite) is used. */
  url?: string | undefined;
  /** PGlite's data folder; `memory://` keeps everything in memory. */
  dataDir?: string | undefined;
  /**
   * PGlite: start from this data folder (a `dumpDataDir()` tarball) instead of an empty one.
   * Tests open one migrated (or seeded) database per file this way, skipping initdb.
   */
  pgliteImage?: Blob | undefined;
  /** PostgreSQL pool size (PGlite always has one connection). */
  poolSize?: number | undefined;
  /** PostgreSQL: how long to wait for a connection before the query fails (default: forever). */
  connectTimeoutMs?: number | undefined;
}

/** Opens the database (PostgreSQL when a URL is given, else PGlite) and applies migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.url
    ? wrap('postgres', new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, connectionTimeoutMillis: options.connectTimeoutMs }))
    : await openPglite(options.dataDir ?? 'memory://', options.pgliteImage);
  try {
    await migrate(db.pool);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openPglite(dataDir: string, image: Blob | undefined): Promise<Database> {
  // Loaded only when needed: a PostgreSQL deployment never pays for the WASM build.
  const [{ PGlite }, { createPgConfig }, { pg_trgm }, { cube }, { earthdistance }, { unaccent }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/node-postgres'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/cube'),
      import('@electric-sql/pglite/contrib/earthdistance'),
      import('@electric-sql/pglite/contrib/unaccent'),
    ]);
  const pglite = await PGlite.create(dataDir, {
    extensions: { pg_trgm, cube, earthdistance, unaccent },
    ...(image ? { loadDataDir: image } : {}),
  });
  const db = wrap('pglite', new pg.Pool(createPgConfig(pglite)));
  return {
    ...db,
    dumpDataDir: () => pglite.dumpDataDir('none'),
    async close() {
      await db.close();
      await pglite.close();
    },
  };
}

function wrap(kind: Database['kind'], pool: pg.Pool): Database {
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  recordStatements(pool);
  return {
    kind,
    pool,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no error listener of the pool's: a connection that drops
      // between two statements (database restarted) would otherwise be an uncaught exception.
      // The next statement fails with the error, and the client is discarded on release.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!lost) await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
