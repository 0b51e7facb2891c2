/**
 * A private, throwaway PostgreSQL cluster for tests: initdb into a temporary folder, listening only
 * on 127.0.0.1 at a free port with its socket in that folder, no password (trust), durability off.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
 *
 * `node scripts/postgres.mjs` starts one, prints MITMACHEN_TEST_DATABASE_URL and stops it on Ctrl-C.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from './free-port.mjs';

/** The folder with initdb and pg_ctl: Debian's newest /usr/lib/postgresql/<major>/bin, else PATH. */
export function findPostgresBin() {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const majors = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name) && existsSync(join(debian, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (majors[0]) return join(debian, majors[0], 'bin');
  }
  return (process.env.PATH ?? '').split(delimiter).find((dir) => dir && existsSync(join(dir, 'initdb')));
}

/** The uid and gid to run PostgreSQL as: our own, or `postgres` when we are root. */
function owner() {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('running as root, but there is no `postgres` user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}


/**
 * Starts a cluster and returns its URL, `stop()`, which also deletes every file it made, and
 * `halt()` / `resume()` to take it down and bring it back on the same port with the same data
 * (for tests of database outages). Both are asynchronous so a server in the same process keeps
 * answering while PostgreSQL goes away.
 * @param {string} bin the folder holding initdb and pg_ctl
 */
export async function startPostgres(bin) {
  const user = owner();
  const dir = mkdtempSync(join(tmpdir(), 'mitmachen-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const run = (command, args) =>
    execFileSync(join(bin, command), args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], ...user });
  /** pg_ctl without blocking the event loop; rejects with its stderr (and the log's end). */
  const runAsync = (args) =>
    new Promise((resolve, reject) => {
      execFile(join(bin, 'pg_ctl'), args, { cwd: dir, ...user }, (error, _stdout, stderr) => {
        if (!error) return resolve(undefined);
        const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-5).join('\n') : '';
        reject(new Error(`pg_ctl ${args.at(-1)} failed: ${String(stderr).trim() || error.message}\n${tail}`, { cause: error }));
      });
    });
  let started = false;
  let settings = '';
  const stop = () => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already gone; the folder is removed below either way.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // UTF-8 whatever this machine's locale, so umlauts survive; no fsync, it is thrown away.
    // Room for many connections: up to five test files share a process, each starting servers
    // with pools of ten and a listening connection, and on a busy machine the pools fill up (the
    // default 100 answered "too many clients" in a run under load).
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
    const port = await freePort();
    settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run('pg_ctl', ['-D', data, '-l', log, '-o', settings, '-w', 'start']);
    started = true;
    /** Stops the postmaster (fast: open sessions are ended with 57P01); resolves when it is down. */
    const halt = async () => {
      if (!started) return;
      await runAsync(['-D', data, '-m', 'fast', '-w', 'stop']);
      started = false;
    };
    /** Starts it again on the same port and data; resolves when it accepts connections. */
    const resume = async () => {
      if (started) return;
      await runAsync(['-D', data, '-l', log, '-o', settings, '-w', 'start']);
      started = true;
    };
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, log, stop, halt, resume };
  } catch (error) {
    const detail = error?.stderr?.toString().trim() || (existsSync(log) ? readFileSync(log, 'utf8').trim() : '');
    stop();
    throw new Error(`could not start PostgreSQL from ${bin}: ${error.message}${detail ? `\n${detail}` : ''}`, { cause: error });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bin = findPostgresBin();
  if (!bin) {
    console.error('No PostgreSQL binaries found: apt-get install postgresql postgresql-contrib');
    process.exit(1);
  }
  const cluster = await startPostgres(bin);
  console.log(`MITMACHEN_TEST_DATABASE_URL=${cluster.url}\n(Ctrl-C stops and deletes the cluster)`);
  const end = () => {
    cluster.stop();
    process.exit(0);
  };
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
  // Keep the process alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}
