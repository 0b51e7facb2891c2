/** The built `mitmachen-server` (packages/server/dist/cli.js). */
export declare const builtCli: string;

export interface SpawnOptions {
  /** The command and its flags, e.g. `['serve']` or `['seed', '--count', '1000']`. */
  args: string[];
  /** The whole environment (see `serverEnv`). */
  env: Record<string, string | undefined>;
  /** Run the TypeScript sources through tsx instead of the build (default false). */
  source?: boolean;
  /** Receives each non-empty output line, stdout and stderr alike (default: dropped). */
  output?(line: string): void;
}

/** Anything whose end `waitForHealth` should notice. */
export interface Watched {
  readonly alive: boolean;
  /** The exit code or signal once ended. */
  readonly exitStatus: number | string | undefined;
}

export interface ServerChild extends Watched {
  pid: number;
  /** Resolves with the exit code (null when a signal ended it) once the process has ended. */
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM (the server finishes its open requests), SIGKILL after `graceMs` (default 10 s). */
  stop(graceMs?: number): Promise<void>;
}

export interface HealthWait {
  /** The process serving `url`: waiting ends with an error when it ends. */
  process: Watched;
  timeoutMs: number;
  /** Pause between requests (default 100 ms). */
  pollMs?: number;
  /** Names it in errors (default `the server at URL`). */
  what?: string;
}

export declare function serverEnv(extra: Record<string, string>): Record<string, string>;
export declare function spawnServer(options: SpawnOptions): ServerChild;
export declare function waitForHealth(url: string, options: HealthWait): Promise<void>;
