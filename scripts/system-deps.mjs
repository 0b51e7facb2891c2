/**
 * The system programs the tests need besides Node: Chromium (browser tests and the Node tests
 * that drive a browser), PostgreSQL (the server tests' second run, the cluster and outage tests)
 * nginx (the cluster tests), and Debian's WordPress with MariaDB, PHP, phpcs and zip (the WordPress
 * plugin's tests). `npm test` calls `ensureSystemDependencies()` once, before any
 * suite, so a first run on a fresh Debian machine checks what CI checks.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
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
 * Finds every dependency, installing the missing ones with apt-get where that is allowed (root or
 * password-less sudo on Debian) unless `install` is false. Never starts a service: a policy-rc.d
 * answering 101 keeps Debian's nginx and PostgreSQL from starting on install (nginx would take
 * port 80).
 * @param {{ install?: boolean }} [options]
 * @returns {{ found: Record<string, string>, installed: string[], missing: { name: string, message: string }[] }}
 */
export function ensureSystemDependencies({ install = true } = {}) {
  /** @type {Record<string, string>} */
  const found = {};
  /** @type {Dependency[]} */
  let absent = [];
  for (const dependency of dependencies) {
    const path = dependency.find();
    if (path) found[dependency.name] = path;
    else absent.push(dependency);
  }
  /** @type {string[]} */
  const installed = [];
  /** @type {string | undefined} */
  let failure;
  const runAs = install && absent.length > 0 ? privilege() : undefined;
  if (runAs) {
    const packages = absent.filter((dependency) => !dependency.noRecommends).flatMap((dependency) => dependency.packages);
    const lean = absent.filter((dependency) => dependency.noRecommends).flatMap((dependency) => dependency.packages);
    console.log(`Installing ${[...packages, ...lean].join(' ')} with apt-get (once; later runs find them)…`);
    try {
      aptInstall(runAs, packages, lean);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    absent = absent.filter((dependency) => {
      const path = dependency.find();
      if (!path) return true;
      found[dependency.name] = path;
      installed.push(dependency.name);
      return false;
    });
  }
  const missing = absent.map((dependency) => ({
    name: dependency.name,
    message: `no ${dependency.name}: ${dependency.without}. ${failure ? `apt-get failed (${failure}). ` : ''}${dependency.howTo}`,
  }));
  return { found, installed, missing };
}

/** @param {string[]} runAs @param {string[]} packages @param {string[]} lean installed without recommends */
function aptInstall(runAs, packages, lean) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const policy = '/usr/sbin/policy-rc.d';
  const run = (/** @type {string[]} */ command) => {
    const [file, ...args] = [...runAs, ...command];
    execFileSync(/** @type {string} */ (file), args, { stdio: 'inherit', env });
  };
  const madePolicy = !existsSync(policy);
  if (madePolicy) {
    if (runAs.length === 0) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    else run(['sh', '-c', `printf '#!/bin/sh\\nexit 101\\n' > ${policy} && chmod 755 ${policy}`]);
  }
  try {
    run(['apt-get', 'update', '-q']);
    if (packages.length > 0) run(['apt-get', 'install', '-y', '-q', ...packages]);
    if (lean.length > 0) run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...lean]);
  } finally {
    if (madePolicy) {
      if (runAs.length === 0) rmSync(policy, { force: true });
      else run(['rm', '-f', policy]);
    }
  }
}
