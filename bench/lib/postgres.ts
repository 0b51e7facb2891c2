/**
 * The PostgreSQL a benchmark runs against: the one DATABASE_URL names, or else a private,
 * throwaway cluster started with scripts/postgres.mjs (deleted again by `stop`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PostgresTarget {
  url: string;
  /** Where it is, for the report (never the password). */
  description: string;
  /** The postmaster's process id when the cluster is ours, to measure its CPU; else undefined. */
  postmasterPid: number | undefined;
  stop(): void;
}

/** What scripts/postgres.mjs exports (a plain JS module without declarations). */
interface PostgresScript {
  findPostgresBin(): string | undefined;
  startPostgres(bin: string): Promise<{ url: string; log: string; stop(): void }>;
}

/** A PostgreSQL to use, or the reason there is none. */
export async function obtainPostgres(databaseUrl: string | undefined): Promise<PostgresTarget | { skipped: string }> {
  if (databaseUrl) {
    const url = new URL(databaseUrl);
    return {
      url: databaseUrl,
      description: `DATABASE_URL (${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname})`,
      postmasterPid: undefined,
      stop: () => {},
    };
  }
  // Imported by URL: TypeScript then does not look for declarations the script does not have.
  const script = (await import(new URL('../../scripts/postgres.mjs', import.meta.url).href)) as PostgresScript;
  const bin = script.findPostgresBin();
  if (!bin) {
    return { skipped: 'PostgreSQL is not installed (no initdb found); apt-get install postgresql postgresql-contrib, or set DATABASE_URL' };
  }
  const cluster = await script.startPostgres(bin);
  return {
    url: cluster.url,
    description: `private cluster from ${bin} (${new URL(cluster.url).host})`,
    postmasterPid: postmasterPid(join(dirname(cluster.log), 'data')),
    stop: () => cluster.stop(),
  };
}

/** The first line of postmaster.pid is the postmaster's process id. */
function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
