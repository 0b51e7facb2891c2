import type { PostingKind } from '@mitmachen/contract';
import pg from 'pg';
import type { Database } from '../../db/database.js';
import { recordDialectBranch } from '../../db/record.js';
import type { ListingRow } from './listings.js';
import { listingsById, organisationNames, sources, wordRows } from './snapshot.js';
import type { WordRow } from './words.js';

/** What moved between the index's version and `version`, read back from the tables. */
export interface ChangeSet {
  version: number;
  listings: Record<PostingKind, ListingRow[]>;
  removed: Record<PostingKind, string[]>;
  words: Record<PostingKind, WordRow[]>;
  wordsRemoved: Record<PostingKind, string[]>;
  organisations?: Map<string, string>;
}

export interface WatcherHooks {
  applied(): number;
  apply(changes: ChangeSet): void;
  reload(): Promise<void>;
  /** After applying: whether a full reload would now pay (many dead slots). */
  compact?(): boolean;
  log?: (message: string) => void;
  /** Each catch-up that applied changes, with where its time went (information, not a warning). */
  info?: (message: string) => void;
}

/** How often an index looks for changes it was not told about (PGlite has nobody to tell it). */
export const pollMs = { pglite: 500, postgres: 1000 };
const relistenMs = 5000;

/**
 * Keeps an index current: reads the change log from the version the index holds, woken by
 * NOTIFY on PostgreSQL (sent at commit by the version trigger) and by a short poll in any case,
 * because a notification sent while the listening connection was down is lost. Catch-ups run
 * one at a time; a search that saw a newer version waits for the one that reaches it.
 */
export class Watcher {
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private listener: pg.Client | undefined;
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly hooks: WatcherHooks,
  ) {}

  start(): void {
    const poll = () => {
      this.catchUp().catch((error: unknown) => this.hooks.log?.(`search index: catching up failed: ${String(error)}`));
    };
    this.timer = setInterval(poll, pollMs[this.db.kind]);
    this.timer.unref();
    if (this.db.kind === 'postgres') void this.listen();
    else recordDialectBranch('the search index watcher listens for NOTIFY');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => {});
    await this.running?.catch(() => {});
  }

  /** Returns once the index holds `version` or later (reloading if the log was pruned past it). */
  async reach(version: number, pruned: number): Promise<void> {
    while (this.hooks.applied() < version || this.hooks.applied() < pruned) await this.catchUp();
  }

  catchUp(): Promise<void> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // A connection of its own, not one of the pool's: the pool's owner may end the pool (pg's
    // end() waits for every checked-out client) without knowing about the index.
    const client = new pg.Client(this.db.pool.options);
    try {
      client.on('notification', () => void this.catchUp().catch(() => {}));
      client.on('error', () => {
        if (this.listener === client) this.listener = undefined;
        void client.end().catch(() => {});
        if (!this.stopped) setTimeout(() => void this.listen(), relistenMs).unref();
      });
      await client.connect();
      await client.query('LISTEN mitmachen_search');
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      void client.end().catch(() => {});
      this.hooks.log?.(`search index: LISTEN failed, polling only for now: ${String(error)}`);
      if (!this.stopped) setTimeout(() => void this.listen(), relistenMs).unref();
    }
  }

  private async run(): Promise<void> {
    const started = performance.now();
    const applied = this.hooks.applied();
    // One statement, so one snapshot: every change numbered up to `version` is visible in it.
    const { rows } = await this.db.pool.query<{ version: string; pruned: string; changes: Array<[string, string]> }>(
      `SELECT version::text AS version, pruned_through::text AS pruned,
         (SELECT coalesce(json_agg(json_build_array(kind, id)), '[]') FROM search_changes WHERE version > $1) AS changes
       FROM search_version`,
      [applied],
    );
    const state = rows[0]!;
    const version = Number(state.version);
    if (version <= applied) return;
    if (Number(state.pruned) > applied || state.changes.some(([kind]) => kind === 'reload')) {
      this.hooks.log?.(`search index: reloading (at ${applied}, database at ${version})`);
      await this.hooks.reload();
      return;
    }
    const read = performance.now();
    const changes: ChangeSet = {
      version,
      listings: { opportunity: [], offer: [] },
      removed: { opportunity: [], offer: [] },
      words: { opportunity: [], offer: [] },
      wordsRemoved: { opportunity: [], offer: [] },
    };
    const ids = (kind: string) => [...new Set(state.changes.filter(([k]) => k === kind).map(([, id]) => id))];
    for (const kind of ['opportunity', 'offer'] as const) {
      const wanted = ids(kind);
      if (wanted.length > 0) {
        const found = await listingsById(this.db.pool, sources[kind], wanted);
        const present = new Set<string>();
        for (const { row, published } of found) {
          present.add(row.id);
          if (published) changes.listings[kind].push(row);
          else changes.removed[kind].push(row.id);
        }
        changes.removed[kind].push(...wanted.filter((id) => !present.has(id)));
      }
      const words = ids(`${kind}-word`);
      if (words.length > 0) {
        const rows = await wordRows(this.db.pool, kind, words);
        changes.words[kind] = rows;
        const present = new Set(rows.map((r) => r.word));
        changes.wordsRemoved[kind] = words.filter((w) => !present.has(w));
      }
    }
    if (state.changes.some(([kind]) => kind === 'organisation')) changes.organisations = await organisationNames(this.db.pool);
    const fetched = performance.now();
    this.hooks.apply(changes);
    const done = performance.now();
    const listings = changes.listings.opportunity.length + changes.listings.offer.length + changes.removed.opportunity.length + changes.removed.offer.length;
    const ms = (a: number, b: number) => (b - a).toFixed(1);
    // Versions that moved without changing a listing, word or organisation say nothing.
    if (state.changes.length > 0) {
      this.hooks.info?.(
        `search index: applied version ${version} (${listings} listings, ${state.changes.length} log rows) in ${ms(started, done)} ms: ` +
          `log ${ms(started, read)} ms, rows ${ms(read, fetched)} ms, apply ${ms(fetched, done)} ms`,
      );
    }
    if (this.hooks.compact?.()) await this.hooks.reload();
  }
}
