/** A PostgreSQL the cluster runs on: ours (private, with halt/resume once scripts/postgres.mjs has them) or DATABASE_URL's. */
export interface ClusterPostgres {
  url: string;
  /** True when the cluster started it (and deletes it on stop). */
  private: boolean;
  /** Stops PostgreSQL keeping port and data (a private cluster only). */
  halt?: () => Promise<void>;
  /** Starts a halted PostgreSQL again on the same port and data. */
  resume?: () => Promise<void>;
  stop(): void;
}

export interface Instance {
  /** `api1`, `api2`, …: the prefix of its output lines. */
  name: string;
  /** e.g. `http://127.0.0.1:41234`, bypassing nginx. */
  url: string;
  pid: number;
  /** Resolves when /health answered 200. */
  ready: Promise<void>;
  readonly alive: boolean;
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the process has ended. */
  exited: Promise<unknown>;
  /** SIGTERM (finishing open requests), SIGKILL after ten seconds. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Number of API instances (default 2). */
  instances?: number;
  /** nginx's port on 127.0.0.1 (default: a free one). */
  port?: number;
  /** Use this PostgreSQL instead of a private throwaway cluster. */
  databaseUrl?: string;
  /** Demo data the first instance writes into an empty database (default 300 and 30). */
  seed?: { opportunities: number; offers: number };
  /** Moderation's bearer token (default: a random one, in `Cluster.adminToken`). */
  adminToken?: string;
  /** More environment for every instance (e.g. MITMACHEN_RATE_LIMIT_READS, LOG_LEVEL). */
  env?: Record<string, string>;
  /** Receives every output line of the instances (`api1`, …) and of nginx (default: dropped). */
  output?(source: string, line: string): void;
}

export interface Cluster {
  /** nginx, e.g. `http://127.0.0.1:8080`: the API is under `/v1`, the bundle at `/mitmachen.js`. */
  url: string;
  instances: Instance[];
  postgres: ClusterPostgres;
  adminToken: string;
  /** The filled-in deploy/nginx/mitmachen.conf nginx runs with. */
  nginxConfig: string;
  /** Stops nginx, the instances and a private PostgreSQL, and deletes every file the cluster made. */
  stop(): Promise<void>;
}

export declare const nginxTemplate: string;
export declare const howToGetNginx: string;
export declare function findNginx(): string | undefined;
export declare function clusterNginxConfig(port: number, instances: readonly { url: string }[]): string;
export declare function startCluster(options?: ClusterOptions): Promise<Cluster>;
