/** The folder with initdb and pg_ctl: Debian's newest /usr/lib/postgresql/<major>/bin, else PATH. */
export declare function findPostgresBin(): string | undefined;

export interface PostgresCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`; the user may create databases. */
  url: string;
  /** The server log file. */
  log: string;
  /** Final teardown: stops the cluster at once and deletes every file it made. Idempotent. */
  stop(): void;
  /**
   * Stops the postmaster (`pg_ctl stop -m fast`: open sessions end with 57P01 admin_shutdown) and
   * resolves when it is down; the port and data stay. Does nothing when already halted.
   */
  halt(): Promise<void>;
  /** Starts it again on the same port and data; resolves when it accepts connections. */
  resume(): Promise<void>;
}

/** Starts a private, throwaway cluster on a free loopback port. */
export declare function startPostgres(bin: string): Promise<PostgresCluster>;
