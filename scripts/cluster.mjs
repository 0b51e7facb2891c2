/**
 * A mitmachen cluster on this machine: PostgreSQL (DATABASE_URL, or a private throwaway cluster),
 * N `mitmachen-server serve` instances on free loopback ports, and nginx in front of them with
 * deploy/nginx/mitmachen.conf. Used by `npm run start:cluster` (scripts/start-cluster.mjs), the
 * cluster tests and the cluster benchmarks.
 *
 * Instances run the built server (packages/server/dist), the way it is deployed; nginx serves
 * the built script-tag bundle (packages/elements/dist/cdn). Run `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';
import { findPostgresBin, startPostgres } from './postgres.mjs';
import { builtCli, serverEnv, spawnServer, waitForHealth } from './server-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const nginxTemplate = join(root, 'deploy/nginx/mitmachen.conf');
const bundleDir = join(root, 'packages/elements/dist/cdn');

/** A started instance answers /health within this time, or the start failed. */
const readyTimeoutMs = 60_000;
/** How long a stopping instance may finish its open requests before it is killed. */
const stopTimeoutMs = 10_000;

/** Where nginx is: $NGINX, Debian's /usr/sbin/nginx, or on PATH. */
export function findNginx() {
  const candidates = [process.env.NGINX, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => dir && join(dir, 'nginx'))];
  return candidates.find((path) => path && existsSync(path));
}

export const howToGetNginx = 'Install nginx (`apt-get install nginx`; its own service need not run) or set NGINX to its binary.';

/**
 * Starts a cluster. Resolves once nginx answers and every instance is healthy.
 * @param {import('./cluster.d.mts').ClusterOptions} [options]
 * @returns {Promise<import('./cluster.d.mts').Cluster>}
 */
export async function startCluster(options = {}) {
  const count = options.instances ?? 2;
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx not found. ${howToGetNginx}`);
  for (const [path, what] of [[builtCli, 'the server'], [join(bundleDir, 'mitmachen.js'), 'the script-tag bundle']]) {
    if (!existsSync(path)) throw new Error(`${what} is not built (${path} is missing): run \`npm run build\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mitmachen-cluster-'));
  /** @type {(() => void | Promise<void>)[]} */
  const undo = [() => rmSync(dir, { recursive: true, force: true })];
  const stop = async () => {
    while (undo.length > 0) {
      try {
        await undo.pop()?.();
      } catch (error) {
        console.error(`stopping the cluster: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  try {
    const postgres = await obtainPostgres(options.databaseUrl);
    undo.push(() => postgres.stop());
    const adminToken = options.adminToken ?? randomBytes(18).toString('hex');
    const env = instanceEnv(postgres.url, adminToken, options.env ?? {});
    const output = options.output ?? (() => {});

    /** @type {import('./cluster.d.mts').Instance[]} */
    const instances = [];
    // The first instance migrates and, on an empty database, seeds; the others start on the
    // prepared database, so nothing runs twice.
    const seed = options.seed ?? { opportunities: 300, offers: 30 };
    for (let index = 0; index < count; index++) {
      const seedEnv = index === 0 ? { MITMACHEN_SEED: String(seed.opportunities), MITMACHEN_SEED_OFFERS: String(seed.offers) } : { MITMACHEN_SEED: '0' };
      const instance = await startInstance(index + 1, { ...env, ...seedEnv }, output);
      undo.push(() => instance.stop());
      instances.push(instance);
      if (index === 0) await instance.ready;
    }
    await Promise.all(instances.map((instance) => instance.ready));

    const port = options.port ?? (await freePort());
    const proxy = await startNginx(nginx, dir, port, instances, output);
    undo.push(() => proxy.stop());
    const url = `http://127.0.0.1:${port}`;
    await checkBundle(url, proxy.user);
    return { url, instances, postgres, adminToken, nginxConfig: proxy.config, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** @param {string | undefined} databaseUrl */
async function obtainPostgres(databaseUrl) {
  if (databaseUrl) return { url: databaseUrl, private: false, stop: () => {} };
  const bin = findPostgresBin();
  if (!bin) throw new Error('No PostgreSQL found: apt-get install postgresql postgresql-contrib, or set DATABASE_URL');
  const cluster = await startPostgres(bin);
  return { ...cluster, private: true };
}

/**
 * The instances' environment: this process's, minus every variable the server reads, plus ours.
 * @param {string} databaseUrl @param {string} adminToken @param {Record<string, string>} extra
 */
function instanceEnv(databaseUrl, adminToken, extra) {
  return serverEnv({
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    MITMACHEN_ADMIN_TOKEN: adminToken,
    // nginx runs on this machine: the instances take the client address from its X-Forwarded-For.
    MITMACHEN_TRUST_PROXY: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...extra,
  });
}

/**
 * @param {number} number @param {Record<string, string>} env
 * @param {(source: string, line: string) => void} output
 * @returns {Promise<import('./cluster.d.mts').Instance>}
 */
async function startInstance(number, env, output) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const name = `api${number}`;
  const child = spawnServer({ args: ['serve'], env: { ...env, PORT: String(port) }, output: (line) => output(name, line) });
  const ready = waitForHealth(url, { process: child, timeoutMs: readyTimeoutMs, what: `the instance at ${url}` });
  // Awaited later (all instances together); until then a failure must not count as unhandled.
  ready.catch(() => {});
  return {
    name,
    url,
    pid: child.pid,
    ready,
    get alive() {
      return child.alive;
    },
    kill: child.kill,
    exited: child.exited,
    stop: () => child.stop(stopTimeoutMs),
  };
}

/**
 * deploy/nginx/mitmachen.conf with this cluster's ports and bundle folder in its three
 * `# cluster:` lines, inside a main configuration that keeps all of nginx's files in `dir`.
 * @param {number} port @param {readonly { url: string }[]} instances
 */
export function clusterNginxConfig(port, instances) {
  const template = readFileSync(nginxTemplate, 'utf8');
  const servers = instances.map(({ url }) => `    server ${new URL(url).host} max_fails=1 fail_timeout=5s;`).join('\n');
  const replacements = [
    // The marked server line and the example server lines after it.
    [/^ *server [^\n]*# cluster: instances\n(?: *server [^\n]*\n)*/m, `${servers}\n`],
    [/^ *listen [^\n]*# cluster: listen$/m, `    listen 127.0.0.1:${port};`],
    [/^ *root [^\n]*# cluster: bundle$/m, `    root ${bundleDir};`],
  ];
  let filled = template;
  for (const [pattern, replacement] of /** @type {[RegExp, string][]} */ (replacements)) {
    if (!pattern.test(filled)) throw new Error(`${nginxTemplate} has no line matching ${pattern}`);
    filled = filled.replace(pattern, replacement);
  }
  return filled;
}

/**
 * nginx as root switches its workers to another user, who must read the bundle and write the
 * temporary folders: the bundle's owner (a checkout's owner can read it). Not root: our own user.
 * @returns {string | undefined} the user name for the `user` directive, when we are root
 */
function workerUser() {
  if (process.getuid?.() !== 0) return undefined;
  const uid = statSync(bundleDir).uid;
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.split(':')[2] === String(uid));
  return line?.split(':')[0] ?? 'root';
}

/**
 * @param {string} nginx @param {string} dir @param {number} port
 * @param {readonly { url: string }[]} instances
 * @param {(source: string, line: string) => void} output
 */
async function startNginx(nginx, dir, port, instances, output) {
  const prefix = join(dir, 'nginx');
  for (const sub of ['', 'logs', 'temp']) mkdirSync(join(prefix, sub), { recursive: true });
  const user = workerUser();
  if (user) {
    const [, , uid, gid] = /** @type {string} */ (readFileSync('/etc/passwd', 'utf8').split('\n').find((entry) => entry.startsWith(`${user}:`))).split(':');
    for (const sub of ['', 'temp']) chownSync(join(prefix, sub), Number(uid), Number(gid));
  }
  const site = join(prefix, 'mitmachen.conf');
  writeFileSync(site, clusterNginxConfig(port, instances));
  const config = join(prefix, 'nginx.conf');
  const temp = join(prefix, 'temp');
  writeFileSync(
    config,
    [
      '# Written by scripts/cluster.mjs: a private nginx for one cluster; the site is mitmachen.conf.',
      ...(user ? [`user ${user};`] : []),
      'worker_processes 1;',
      `error_log ${join(prefix, 'logs/error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(temp, kind)};`),
      `    include ${site};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', config, '-e', join(prefix, 'logs/error.log'), '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`];
  const test = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refuses the configuration:\n${test.stderr}`);
  const child = spawn(nginx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (/** @type {Buffer} */ chunk) => {
    for (const line of chunk.toString().split('\n')) if (line.trim() !== '') output('nginx', line);
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const watched = {
    get alive() {
      return !gone();
    },
    get exitStatus() {
      return child.exitCode ?? child.signalCode ?? undefined;
    },
  };
  const stop = async () => {
    if (gone()) return;
    // SIGQUIT: finish the open requests, then exit.
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, { process: watched, timeoutMs: readyTimeoutMs, what: 'nginx' });
  } catch (error) {
    await stop();
    const log = readFileSync(join(prefix, 'logs/error.log'), 'utf8').trim();
    throw new Error(`nginx did not start: ${error instanceof Error ? error.message : String(error)}${log ? `\n${log}` : ''}`, { cause: error });
  }
  return { stop, user, config: site, pid: /** @type {number} */ (child.pid) };
}

/** @param {string} url @param {string | undefined} user */
async function checkBundle(url, user) {
  const response = await fetch(`${url}/mitmachen.js`);
  await response.body?.cancel();
  if (response.status !== 200) {
    throw new Error(
      `nginx answers /mitmachen.js with ${response.status}: its workers${user ? ` (user ${user})` : ''} cannot read ${bundleDir}`,
    );
  }
}
