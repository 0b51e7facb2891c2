/**
 * Why PostgreSQL could not be opened, in one line an operator can act on, and whether waiting
 * may help. Containers often start before their database does: a refused or unanswered
 * connection is worth trying again; a wrong password or a missing database is not.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';

/** Where the configured database is, without the password: `postgres at host:5432/name`. */
export function describeDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return `postgres at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  }
  return `pglite at ${config.dataDir}`;
}

export interface Unreachable {
  /** One line: what failed and what to check. Never holds the password. */
  message: string;
  /** True when the database may still be starting (refused, unanswered, not yet up). */
  transient: boolean;
}

/** Connection-level failures: the server is not (yet) there or not (yet) accepting sessions. */
const transientCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE']);
/** PostgreSQL: starting up or shutting down (57P03, 57P01), too many connections (53300). */
const transientSqlStates = new Set(['57P03', '57P01', '57P02', '53300']);

/**
 * Explains an error from opening PostgreSQL (`databaseUrl` set), or returns undefined when the
 * error is not about reaching it (a failing migration, say), which the caller reports as it is.
 */
export function explainUnreachable(error: unknown, databaseUrl: string): Unreachable | undefined {
  const url = new URL(databaseUrl);
  const where = `PostgreSQL at ${url.hostname}:${url.port || '5432'}`;
  const { code, message } = error as { code?: string; message?: string };
  const user = decodeURIComponent(url.username) || 'the default user';
  const database = decodeURIComponent(url.pathname.slice(1)) || user;
  switch (code) {
    case 'ECONNREFUSED':
      return { transient: true, message: `${where} refused the connection: is it running, and are DATABASE_URL's host and port right?` };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      // In a container network the name appears only once the database's container is up.
      return { transient: true, message: `the host "${url.hostname}" in DATABASE_URL cannot be resolved (yet): check its spelling and the network` };
    case '28P01':
    case '28000':
      return { transient: false, message: `${where} refused the login of "${user}": check the user and password in DATABASE_URL (and pg_hba.conf)` };
    case '3D000':
      return { transient: false, message: `${where} has no database "${database}": create it (createdb ${database}) or fix the name in DATABASE_URL` };
    default:
      break;
  }
  if ((code && (transientCodes.has(code) || transientSqlStates.has(code))) || /timeout|terminated unexpectedly/i.test(message ?? '')) {
    return { transient: true, message: `${where} did not accept a session (${message ?? code}): is it running and reachable from here?` };
  }
  return undefined;
}

/** The database cannot be opened; the message is the one line to show (no stack needed). */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
  constructor(
    message: string,
    /** Whether trying again later may succeed. */
    readonly transient: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Pauses between attempts: quick at first (a database a moment from ready), then every 5 s. */
const firstPauseMs = 250;
const longestPauseMs = 5_000;

export interface WaitOptions {
  /** How long to keep trying after the first failure; 0: fail at once. */
  waitMs: number;
  /** Aborted when the server is told to stop: waiting ends with a rejection. */
  signal: AbortSignal;
  /** Called before each pause with the reason and the pause's length. */
  onRetry: (reason: string, pauseMs: number) => void;
}

/**
 * Calls `open` until it succeeds, trying again with growing pauses while it fails with a
 * transient `DatabaseUnreachableError`, for at most `waitMs`; any other error ends it at once.
 */
export async function openWhenReachable<T>(open: () => Promise<T>, { waitMs, signal, onRetry }: WaitOptions): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      if (!(error instanceof DatabaseUnreachableError) || !error.transient) throw error;
      const left = waitMs - (Date.now() - started);
      const pauseMs = Math.min(firstPauseMs * 2 ** attempt, longestPauseMs, left);
      if (left <= 0) {
        const waited = waitMs > 0 ? ` (still so after ${Math.round((Date.now() - started) / 1000)} s; MITMACHEN_DATABASE_WAIT_SECONDS sets how long to wait)` : '';
        throw new DatabaseUnreachableError(`${error.message}${waited}`, true, { cause: error });
      }
      onRetry(error.message, pauseMs);
      await sleep(pauseMs, undefined, { signal }).catch(() => {
        throw new DatabaseUnreachableError('stopped while waiting for the database', false);
      });
    }
  }
}
