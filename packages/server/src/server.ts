/**
 * Starting and stopping the server. It listens first and opens the database afterwards, so
 * an orchestrator sees the port at once and clients get a clear 503 (with Retry-After) until
 * migrations and demo data are done, instead of refused connections.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { limits, type Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { DatabaseUnreachableError, explainUnreachable, openWhenReachable } from './db/unreachable.js';
import { buildApp, listeningOrigin } from './http/app.js';
import { startLifecycle, type LifecycleRunner } from './manage/runner.js';
import { startHousekeeping } from './housekeeping.js';
import { createOutboxWorker, type OutboxWorker } from './mail/worker.js';
import { SearchIndex } from './search/index/engine.js';
import { registerSearchIndex } from './search/index/registry.js';
import { seedConsoleDemo } from './console/demo.js';
import { followUpKindList } from './follow-up/kinds.js';
import { followUpHandler } from './follow-up/repository.js';
import { digestHandler, expiryHandler } from './alerts/digest.js';
import { alertJobs } from './alerts/rules.js';
import { createJobRunner, type JobRunner } from './jobs/runner.js';
import { retentionPeriods } from './retention/purge.js';
import { isSeeded, seedDatabase } from './seed/load.js';

export interface StartOptions {
  /**
   * A database to use instead of opening the one the config names (tests pass their own).
   * It is migrated and seeded like any other, but `close()` leaves it open: it is the caller's.
   */
  database?: Database | Promise<Database>;
  /**
   * With demo data on, also write the console's demo (agencies, staff, postings to review) when
   * the database has no staff yet. `serve` asks for it; tests set up their own staff.
   */
  consoleDemo?: boolean;
  /** The current time for the listing lifecycle and the manage API; tests pass a clock they move. */
  clock?: () => Date;
  /** How often the lifecycle and the scheduled jobs run; 0: only when `lifecycle.run()` / `jobs.runDue()` is called. */
  lifecycleIntervalMs?: number;
}

export interface RunningServer {
  /** Where the server listens, e.g. `http://127.0.0.1:8080` (the API is under `/v1`). */
  url: string;
  /** Resolves once the database is migrated and seeded and requests are served; rejects if startup fails. */
  ready: Promise<void>;
  /** Demo data written at this start (an empty database), once `ready` resolved; undefined when none. */
  readonly seeded: { opportunities: number; offers: number } | undefined;
  app: FastifyInstance;
  /** The listing lifecycle's runner, once `ready` resolved (tests call `run()`). */
  readonly lifecycle: LifecycleRunner | undefined;
  /** Scheduled work: `runDue()` runs every job due by the server's clock now (it also polls). */
  readonly jobs: { runDue(): Promise<number> };
  /**
   * Stops accepting connections (or waiting for the database), lets every request already
   * received run to its end, also one whose client hung up (an accepted posting is committed
   * before its 202 is sent), closes the connections left, then the database if the server opened
   * it. Requests still running after `limits.shutdownGraceMs` are given up.
   */
  close(): Promise<void>;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const ownsDatabase = options.database === undefined;
  let seeded: RunningServer['seeded'];
  let stopHousekeeping: (() => Promise<void>) | undefined;
  let worker: OutboxWorker | undefined;
  let searchIndex: SearchIndex | undefined;
  let lifecycle: LifecycleRunner | undefined;
  let jobs: JobRunner | undefined;
  const clock = options.clock ?? (() => new Date());

  // Created before the app so the gate can watch it; it starts work only after listen below.
  let begin!: () => void;
  const listening = new Promise<void>((resolve) => (begin = resolve));
  // Aborted by close(): a server still waiting for its database stops waiting.
  const stopWaiting = new AbortController();
  const database = listening.then(async () => {
    const db =
      options.database === undefined
        ? await openWhenReachable(() => openConfiguredDatabase(config, { statementTimeout: true }), {
          waitMs: config.databaseWaitSeconds * 1000,
          signal: stopWaiting.signal,
          onRetry: (reason, pauseMs) => app.log.warn(`database not reachable yet (trying again in ${(pauseMs / 1000).toFixed(1)} s): ${reason}`),
        })
        : await options.database;
    if (!ownsDatabase) await migrate(db.pool);
    if (config.seed.opportunities > 0 && !(await isSeeded(db.pool))) {
      seeded = await seedDatabase(db, { opportunities: config.seed.opportunities, offers: config.seed.offers });
    }
    if (options.consoleDemo && config.seed.opportunities > 0 && (await seedConsoleDemo(db))) {
      app.log.info('console demo written: sign in at /console/ as moderator.dresden@example.org (the link appears in this log)');
    }
    // Requests wait (503) until the index is loaded: it answers searches from then on.
    if (config.searchEngine === 'index') {
      searchIndex = await SearchIndex.load(db, {
        log: (message) => app.log.warn(message),
        info: (message) => app.log.info(message),
        ...(config.searchSnapshot === undefined ? {} : { snapshotFile: config.searchSnapshot }),
      });
      registerSearchIndex(db.pool, searchIndex);
    }
    stopHousekeeping = startHousekeeping(db.pool, () => retentionPeriods(config, clock()), (error) => app.log.warn({ err: error }, 'housekeeping failed'));
    worker = startMailWorker(db, config, app);
    lifecycle = startLifecycle(db, {
      clock,
      origin: () => config.publicUrl ?? listeningOrigin(app, config),
      ...(options.lifecycleIntervalMs === undefined ? {} : { intervalMs: options.lifecycleIntervalMs }),
      mailQueued: () => worker?.wake(),
      onError: (error) => app.log.warn({ err: error }, 'listing lifecycle run failed; tried again at the next'),
    });
    jobs = createJobRunner(db, {
      clock,
      handlers: {
        ...Object.fromEntries(followUpKindList.map((kind) => [kind.job, followUpHandler(() => config.publicUrl ?? listeningOrigin(app, config), kind)])),
        [alertJobs.digest]: digestHandler(() => config.publicUrl ?? listeningOrigin(app, config)),
        [alertJobs.expire]: expiryHandler,
      },
      ...(options.lifecycleIntervalMs === undefined ? {} : { pollMs: options.lifecycleIntervalMs }),
      onDone: () => worker?.wake(),
      onError: (error, job) => app.log.warn({ err: error, ...(job ?? {}) }, 'a scheduled job failed; it will be retried'),
    });
    return db;
  });

  const app = await buildApp({ db: database, config, clock, mailQueued: () => worker?.wake(), lifecycleQueued: () => lifecycle?.wake() });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw error;
  }
  begin();

  const ready = database.then(() => {});
  // Callers await `ready`; this only keeps a failure nobody awaited from crashing the process.
  ready.catch((error: unknown) =>
    error instanceof DatabaseUnreachableError ? app.log.error(`startup failed: ${error.message}`) : app.log.error({ err: error }, 'startup failed'),
  );

  let closing: Promise<void> | undefined;
  return {
    url: urlOf(app.server.address() as AddressInfo),
    ready,
    get seeded() {
      return seeded;
    },
    get lifecycle() {
      return lifecycle;
    },
    app,
    jobs: {
      runDue: async () => {
        await ready;
        return jobs!.runDue();
      },
    },
    close() {
      closing ??= (async () => {
        stopWaiting.abort();
        await app.close();
        // A start still in progress finishes (or fails) before its database is closed.
        const db = await database.catch(() => undefined);
        // A message being handed to SMTP is finished and recorded before the database closes.
        await lifecycle?.stop();
        await jobs?.stop();
        await worker?.stop();
        await stopHousekeeping?.();
        await searchIndex?.stop();
        if (db && searchIndex) registerSearchIndex(db.pool, undefined);
        if (ownsDatabase) await db?.close();
      })();
      return closing;
    },
  };
}

/** Delivers the outbox by SMTP, or, without SMTP_URL, says once per message that it waits. */
function startMailWorker(db: Database, config: Config, app: FastifyInstance): OutboxWorker {
  if (!config.mail.smtpUrl) app.log.warn('no SMTP_URL configured: messages wait in the outbox table until one is');
  return createOutboxWorker(db.pool, config.mail, {
    onWaiting: (message) => app.log.warn({ message: message.id, topic: message.topic }, 'message waits in the outbox: no SMTP_URL configured'),
    onError: (error, message) =>
      app.log.warn({ err: error, ...(message ?? {}) }, message?.givenUp ? 'message given up after its last attempt' : 'sending a message failed; it will be retried'),
  });
}

/**
 * Opens (and migrates) the database the config names: PostgreSQL, or PGlite in its data folder.
 * With `statementTimeout`, PostgreSQL cancels any statement running longer than the limit.
 * Failing to reach PostgreSQL throws a `DatabaseUnreachableError` saying what to check.
 */
export async function openConfiguredDatabase(config: Config, options: { statementTimeout: boolean }): Promise<Database> {
  if (config.databaseUrl) {
    const url = options.statementTimeout ? withStatementTimeout(config.databaseUrl) : config.databaseUrl;
    try {
      return await openDatabase({ url, poolSize: limits.poolSize, connectTimeoutMs: limits.connectTimeoutMs });
    } catch (error) {
      const unreachable = explainUnreachable(error, config.databaseUrl);
      throw unreachable ? new DatabaseUnreachableError(unreachable.message, unreachable.transient, { cause: error }) : error;
    }
  }
  if (!config.dataDir.startsWith('memory://')) await mkdir(config.dataDir, { recursive: true });
  return openDatabase({ dataDir: config.dataDir });
}

/** pg reads `statement_timeout` from the connection string; an explicit one there wins. */
function withStatementTimeout(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!url.searchParams.has('statement_timeout')) url.searchParams.set('statement_timeout', String(limits.statementTimeoutMs));
  return url.href;
}

function urlOf(address: AddressInfo): string {
  // A wildcard address is reachable on loopback; print that rather than 0.0.0.0.
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1'
    : address.address === '::' ? '[::1]'
    : address.family === 'IPv6' ? `[${address.address}]`
    : address.address;
  return `http://${host}:${address.port}`;
}
