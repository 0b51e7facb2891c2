import type { Database } from '../../db/database.js';
import { captureState, encodeCaptured, frame, Pacer } from './snapshot-encode.js';
import { codeVersion, magic, snapshotFormat, decodeSnapshot, readSnapshotFile, snapshotHeader, writeSnapshotFile, type IndexState, type SnapshotHeader } from './snapshot-file.js';

/** How often a moving index is written again by default: the catch-up at start reads at most this much of the log. */
export const defaultSnapshotEveryMs = 10 * 60 * 1000;

interface DatabaseFacts {
  version: number;
  pruned: number;
  database: string;
  schema: string;
  changes: string | null;
}

/** The database's own facts a snapshot is checked against, `changes` for the rows of version `at`. */
const factsSql = `SELECT version::text AS version, pruned_through::text AS pruned,
    database_id::text || '/' || current_database() AS database,
    (SELECT md5(string_agg(name, ',' ORDER BY name)) FROM schema_migrations) AS schema,
    (SELECT count(*) FROM search_changes WHERE version = $1)::text || ':' || coalesce(
      (SELECT md5(string_agg(kind || ':' || id, ',' ORDER BY kind, id))
       FROM (SELECT kind, id FROM search_changes WHERE version = $1 ORDER BY kind, id LIMIT 1000) c), '') AS changes
  FROM search_version`;

export interface SnapshotFileOptions {
  snapshotEveryMs?: number;
  log?: (message: string) => void;
  info?: (message: string) => void;
}

/**
 * One index's snapshot file: read at start when it fits the database (same database, same
 * migrations, same code, a version the change log still reaches back to and that means the
 * same changes there), written after a load and then every few minutes while the index moves,
 * and at stop. Anything amiss means a full load from the database, never an answer from it.
 */
export class SnapshotFile {
  /** The version the file holds (as far as this process knows). */
  private written = -1;
  private writing: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Database,
    readonly path: string,
    private readonly current: () => IndexState,
    private readonly options: SnapshotFileOptions,
  ) {}

  /** The state the file holds, or undefined (and a line saying why) when a full load is needed. */
  async restore(): Promise<{ state: IndexState; version: number; pruned: number } | undefined> {
    const started = performance.now();
    let file: Buffer | undefined;
    try {
      file = await readSnapshotFile(this.path);
    } catch (error) {
      this.options.log?.(`search index: cannot read the snapshot ${this.path} (${String(error)}); loading from the database`);
      return undefined;
    }
    if (!file) {
      this.options.info?.(`search index: no snapshot at ${this.path} yet; loading from the database`);
      return undefined;
    }
    let header: SnapshotHeader;
    let body: number;
    try {
      ({ header, body } = snapshotHeader(file));
    } catch (error) {
      this.options.log?.(`search index: snapshot ${this.path} not used (${(error as Error).message}); loading from the database`);
      return undefined;
    }
    const facts = await this.facts(header.version);
    const refusal = refusalOf(header, facts);
    if (refusal) {
      this.options.log?.(`search index: snapshot ${this.path} not used (${refusal}); loading from the database`);
      return undefined;
    }
    let state: IndexState;
    try {
      state = decodeSnapshot(file, header, body);
    } catch (error) {
      this.options.log?.(`search index: snapshot ${this.path} not used (${(error as Error).message}); loading from the database`);
      return undefined;
    }
    this.written = header.version;
    this.options.info?.(
      `search index: read snapshot ${this.path} (version ${header.version}, database at ${facts.version}) in ${Math.round(performance.now() - started)} ms`,
    );
    return { state, version: facts.version, pruned: facts.pruned };
  }

  /** Writes after a load, then every few minutes while the index moves. */
  start(): void {
    const write = () => void this.write().catch((error: unknown) => this.options.log?.(`search index: writing the snapshot ${this.path} failed: ${String(error)}`));
    write();
    this.timer = setInterval(write, this.options.snapshotEveryMs ?? defaultSnapshotEveryMs);
    this.timer.unref();
  }

  /** A last write, so that a restart catches up from here (failures are logged, not thrown). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.write().catch((error: unknown) => this.options.log?.(`search index: writing the snapshot ${this.path} failed: ${String(error)}`));
  }

  /** Writes the index unless the file already holds its version; one write at a time. */
  write(): Promise<boolean> {
    const previous = this.writing ?? Promise.resolve(false);
    const next = previous.catch(() => false).then(() => this.writeNow());
    this.writing = next;
    const done = () => {
      if (this.writing === next) this.writing = undefined;
    };
    next.then(done, done);
    return next;
  }

  private async writeNow(): Promise<boolean> {
    const state = this.current();
    const version = state.version;
    if (version === this.written) return false;
    // One moment of the index, taken now; the rest of the encoding gives the event loop back
    // between slices, so searches are not held for the whole file (snapshot-encode.ts).
    const captured = captureState(state);
    const pacer = new Pacer();
    const body = await encodeCaptured(captured, pacer);
    const facts = await this.facts(version);
    const header: SnapshotHeader = {
      format: snapshotFormat,
      code: codeVersion,
      schema: facts.schema,
      database: facts.database,
      version,
      changes: facts.changes,
      written: new Date().toISOString(),
    };
    await writeSnapshotFile(this.path, await frame(header, body, magic, pacer));
    this.written = version;
    return true;
  }

  private async facts(version: number): Promise<DatabaseFacts> {
    const { rows } = await this.db.pool.query<{ version: string; pruned: string; database: string; schema: string; changes: string | null }>(factsSql, [version]);
    const row = rows[0]!;
    return { version: Number(row.version), pruned: Number(row.pruned), database: row.database, schema: row.schema, changes: row.changes };
  }
}

/** Why a snapshot cannot stand for the database's listings at its version; undefined when it can. */
function refusalOf(header: SnapshotHeader, facts: DatabaseFacts): string | undefined {
  if (header.format !== snapshotFormat || header.code !== codeVersion) return 'written by another version of the server';
  if (header.schema !== facts.schema) return 'the database has other migrations';
  if (header.database !== facts.database) return 'written from another database';
  if (header.version > facts.version) return `it holds version ${header.version}, the database is at ${facts.version}`;
  if (header.version < facts.pruned) return `the change log no longer reaches back to its version ${header.version}`;
  if (header.changes !== facts.changes) return `the database's changes of version ${header.version} differ from the snapshot's`;
  return undefined;
}
