/**
 * The system programs the tests need besides Node: Chromium (browser tests and the Node tests
 * that drive a browser), PostgreSQL (the server tests' second run, the cluster and outage tests)
 * nginx (the cluster tests), and Debian's WordPress with MariaDB, PHP, phpcs and zip (the WordPress
 * plugin's tests). `npm test` calls `startSystemDependencies()` once, at its start, and waits for
 * it before the first suite, so a first run on a fresh Debian machine checks what CI checks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, howToGetChromium } from './chromium.mjs';
import { findNginx, howToGetNginx } from './cluster.mjs';
import { findPostgresBin } from './postgres.mjs';

/** The first of these paths that exists. */
const firstExisting = (/** @type {string[]} */ ...paths) => paths.find((path) => existsSync(path));

/** Debian's WordPress and what its tests run it with; found when every piece is there. */
function findWordPress() {
  const wordpress = '/usr/share/wordpress';
  const pieces = [
    firstExisting(`${wordpress}/wp-load.php`),
    firstExisting(`${wordpress}/wp-content/themes/twentytwentythree`),
    firstExisting('/usr/sbin/mariadbd', '/usr/bin/mariadbd'),
    firstExisting('/usr/bin/php'),
    firstExisting('/usr/bin/phpcs'),
    firstExisting('/usr/bin/zip'),
    firstExisting('/usr/bin/unzip'),
  ];
  if (pieces.some((piece) => !piece)) return undefined;
  const modules = spawnSync('/usr/bin/php', ['-m'], { encoding: 'utf8' }).stdout ?? '';
  return modules.split('\n').includes('mysqli') ? wordpress : undefined;
}

const wordpressPackages = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server', 'php-codesniffer', 'zip', 'unzip'];

/**
 * @typedef {{ name: string, packages: string[], find: () => string | undefined, howTo: string, without: string, noRecommends?: boolean }} Dependency
 * @type {Dependency[]}
 */
const dependencies = [
  {
    name: 'Chromium',
    packages: ['chromium'],
    find: findChromium,
    howTo: howToGetChromium,
    without: 'the browser tests fail and the Node tests that drive a browser are skipped',
  },
  {
    name: 'PostgreSQL',
    packages: ['postgresql', 'postgresql-contrib'],
    find: findPostgresBin,
    howTo:
      'Install it (Debian/Ubuntu: `sudo apt-get install -y postgresql postgresql-contrib`; its own service need not run) ' +
      'or set MITMACHEN_TEST_DATABASE_URL to a server where the user may create databases.',
    without: 'the server tests on PostgreSQL, the cluster tests and the outage tests are skipped',
  },
  {
    name: 'nginx',
    packages: ['nginx'],
    find: findNginx,
    howTo: howToGetNginx,
    without: 'the cluster tests are skipped',
  },
  {
    name: 'WordPress',
    packages: wordpressPackages,
    find: findWordPress,
    howTo: `Install Debian's packages (as root: apt-get install --no-install-recommends ${wordpressPackages.join(' ')}).`,
    without: "the WordPress plugin's tests are skipped",
    // Without Apache and the translations it recommends: the tests serve WordPress with php -S.
    noRecommends: true,
  },
];

/** How to run apt-get here: as root, through sudo without a password, or not at all. */
function privilege() {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

/**
 * @typedef {{ found: Record<string, string>, installed: string[], missing: { name: string, message: string }[] }} SystemDependencies
 */

/** Looks for every dependency; nothing is installed. */
function findAll() {
  /** @type {Record<string, string>} */
  const found = {};
  /** @type {Dependency[]} */
  const absent = [];
  for (const dependency of dependencies) {
    const path = dependency.find();
    if (path) found[dependency.name] = path;
    else absent.push(dependency);
  }
  return { found, absent };
}

/** @param {Dependency[]} absent @param {string | undefined} failure */
const missingMessages = (absent, failure) =>
  absent.map((dependency) => ({
    name: dependency.name,
    message: `no ${dependency.name}: ${dependency.without}. ${failure ? `apt-get failed (${failure}). ` : ''}${dependency.howTo}`,
  }));

/**
 * Finds every dependency without installing any (what a machine without root gets too).
 * @returns {SystemDependencies}
 */
export function ensureSystemDependencies({ install = false } = {}) {
  if (install) throw new Error('installing runs in the background: use startSystemDependencies()');
  const { found, absent } = findAll();
  return { found, installed: [], missing: missingMessages(absent, undefined) };
}

/**
 * Finds every dependency and starts installing the missing ones with apt-get in the background
 * where that is allowed (root or password-less sudo on Debian). `npm test` runs the type-check,
 * lint and build meanwhile, which need none of them, and awaits `done` before the first suite.
 * apt-get's output goes to `log`, so it does not interleave with theirs.
 * Never starts a service: a policy-rc.d answering 101 keeps Debian's nginx and PostgreSQL from
 * starting on install (nginx would take port 80).
 * @param {{ log: string }} options
 * @returns {{ installing: string[], packages: string[], done: Promise<SystemDependencies>, stop: () => void }}
 */
export function startSystemDependencies({ log }) {
  const { found, absent } = findAll();
  const runAs = absent.length > 0 ? privilege() : undefined;
  if (!runAs) {
    return { installing: [], packages: [], done: Promise.resolve({ found, installed: [], missing: missingMessages(absent, undefined) }), stop: () => {} };
  }
  const packages = absent.filter((dependency) => !dependency.noRecommends).flatMap((dependency) => dependency.packages);
  const lean = absent.filter((dependency) => dependency.noRecommends).flatMap((dependency) => dependency.packages);
  const apt = aptInstall(runAs, packages, lean, log);
  const done = apt.done.then(
    () => undefined,
    (error) => (error instanceof Error ? error.message : String(error)),
  ).then((failure) => {
    /** @type {string[]} */
    const installed = [];
    const still = absent.filter((dependency) => {
      const path = dependency.find();
      if (!path) return true;
      found[dependency.name] = path;
      installed.push(dependency.name);
      return false;
    });
    return { found, installed, missing: missingMessages(still, failure) };
  });
  return { installing: absent.map((dependency) => dependency.name), packages: [...packages, ...lean], done, stop: apt.stop };
}

/**
 * apt-get update and install, one command after the other, output appended to `log`.
 * @param {string[]} runAs @param {string[]} packages @param {string[]} lean installed without recommends @param {string} log
 */
function aptInstall(runAs, packages, lean, log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const policy = '/usr/sbin/policy-rc.d';
  const out = openSync(log, 'a');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let current;
  let stopped = false;
  const run = (/** @type {string[]} */ command) =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(new Error('stopped'));
      const [file, ...args] = [...runAs, ...command];
      current = spawn(/** @type {string} */ (file), args, { stdio: ['ignore', out, out], env });
      current.on('error', reject);
      current.on('close', (code, signal) =>
        code === 0 ? resolve(undefined) : reject(new Error(`${command.slice(0, 2).join(' ')} exited with ${code ?? signal}; see ${log}`)),
      );
    });
  const madePolicy = !existsSync(policy);
  let policyRemoved = false;
  const removePolicy = () => {
    if (!madePolicy || policyRemoved) return;
    policyRemoved = true;
    if (runAs.length === 0) rmSync(policy, { force: true });
    else spawnSync(runAs[0], [...runAs.slice(1), 'rm', '-f', policy], { stdio: 'ignore' });
  };
  const done = (async () => {
    try {
      if (madePolicy) {
        if (runAs.length === 0) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
        else await run(['sh', '-c', `printf '#!/bin/sh\\nexit 101\\n' > ${policy} && chmod 755 ${policy}`]);
      }
      await run(['apt-get', 'update', '-q']);
      if (packages.length > 0) await run(['apt-get', 'install', '-y', '-q', ...packages]);
      if (lean.length > 0) await run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...lean]);
    } finally {
      removePolicy();
      closeSync(out);
    }
  })();
  return {
    done,
    /** Ends a running install (npm test interrupted) and takes the policy away again. */
    stop() {
      stopped = true;
      current?.kill('SIGTERM');
      removePolicy();
    },
  };
}
