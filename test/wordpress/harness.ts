/**
 * A real WordPress for the plugin's tests, from Debian's packages (WordPress 6.1, PHP, MariaDB),
 * started by the test on free loopback ports and thrown away afterwards: MariaDB with a private
 * data folder, `php -S` in a folder of links to WordPress's files whose wp-content is ours (the
 * plugin linked in from the repository), and Debian's per-site configuration file, picked
 * through WORDPRESS_CONFIG. On a root machine with apt-get, missing packages are installed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';

const FREE_PORT_MODULE = '../../scripts/free-port.mjs';
const { freePort } = (await import(FREE_PORT_MODULE)) as { freePort: () => Promise<number> };

export const pluginDir = fileURLToPath(new URL('../../integrations/wordpress/mitmachen', import.meta.url));
/**
 * Debian's WordPress, or another WordPress tree (MITMACHEN_TEST_WORDPRESS_DIR) whose wp-config.php
 * reads /etc/wordpress/config-$_SERVER['WORDPRESS_CONFIG'].php as Debian's does: for trying the
 * plugin on another release by hand.
 */
const wordpressDir = process.env.MITMACHEN_TEST_WORDPRESS_DIR ?? '/usr/share/wordpress';
const configDir = '/etc/wordpress';
const theme = join(wordpressDir, 'wp-content/themes/twentytwentythree');
const packages = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];

export const howToGetWordPress = `Install Debian's packages (as root: apt-get install --no-install-recommends ${packages.join(' ')}) and run the tests as root or with ${configDir} writable.`;

function binary(name: string): string | undefined {
  return ['/usr/sbin', '/usr/bin', '/usr/local/bin'].map((dir) => join(dir, name)).find((path) => existsSync(path));
}

function missingPieces(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(wordpressDir, 'wp-load.php'))) missing.push('wordpress');
  if (!existsSync(theme) && !process.env.MITMACHEN_TEST_WORDPRESS_DIR) missing.push('wordpress-theme-twentytwentythree');
  if (!binary('mariadbd') || !binary('mariadb-install-db')) missing.push('mariadb-server');
  const php = binary('php');
  if (!php) missing.push('php-cli');
  else if (!execFileSync(php, ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli')) missing.push('php-mysql');
  return missing;
}

/**
 * Why the WordPress tests cannot run here, or false. As root with apt-get, installs what is
 * missing first (the packages' own services kept from starting, as .ci/run does).
 */
export function wordpressSkip(): string | false {
  let missing = missingPieces();
  if (missing.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`WordPress tests: installing ${packages.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const policy = '/usr/sbin/policy-rc.d';
    const madePolicy = !existsSync(policy);
    if (madePolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
    } catch (error) {
      return `installing them failed (${(error as Error).message}). ${howToGetWordPress}`;
    } finally {
      if (madePolicy) rmSync(policy, { force: true });
    }
    missing = missingPieces();
  }
  if (missing.length > 0) return `missing ${missing.join(', ')}. ${howToGetWordPress}`;
  if (process.getuid?.() !== 0) {
    try {
      const probe = join(configDir, `.mitmachen-probe-${process.pid}`);
      writeFileSync(probe, '');
      rmSync(probe);
    } catch {
      return `${configDir} is not writable. ${howToGetWordPress}`;
    }
  }
  return false;
}

export interface WordPress {
  /** The site's origin, e.g. http://127.0.0.1:41234. */
  url: string;
  adminUser: string;
  adminPassword: string;
  /** WP_CONTENT_DIR: plugins, mu-plugins, uploads. */
  contentDir: string;
  /** Runs PHP with WordPress loaded (and wp-admin's plugin and user functions); returns what it echoes. */
  php(code: string): string;
  /** The PHP errors, warnings and notices WordPress logged (WP_DEBUG_LOG). */
  debugLog(): string;
  close(): Promise<void>;
}

function waitForPort(url: string, child: ChildProcess, what: string, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const exited = (code: number | null) => {
      done = true;
      reject(new Error(`${what} exited (${code}) before it answered:\n${log()}`));
    };
    child.once('exit', exited);
    const attempt = () => {
      if (done) return;
      fetch(url, { signal: AbortSignal.timeout(2000) })
        .then(() => {
          done = true;
          child.off('exit', exited);
          resolve();
        })
        .catch(() => setTimeout(attempt, 100));
    };
    attempt();
  });
}

/** MariaDB's socket and port are polled by connecting with the client until it answers. */
async function waitForMariaDb(socket: string, child: ChildProcess, log: () => string): Promise<void> {
  const client = binary('mariadb') ?? binary('mysql');
  if (!client) throw new Error('no mariadb client found');
  for (;;) {
    if (child.exitCode !== null) throw new Error(`MariaDB exited (${child.exitCode}):\n${log()}`);
    try {
      execFileSync(client, ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'pipe' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** `linkPlugin: false` leaves the plugin out, to install it as a user would (default: linked from the repository). */
export async function startWordPress(options: { linkPlugin?: boolean } = {}): Promise<WordPress> {
  const dir = mkdtempSync(join(tmpdir(), 'mitmachen-wp-'));
  const name = `mitmachen-test-${randomBytes(6).toString('hex')}`;
  const configFile = join(configDir, `config-${name}.php`);
  const children: ChildProcess[] = [];
  // Detached groups outlive a test process that is killed: end them when it exits at all.
  const killAll = () => {
    for (const child of children) {
      try {
        if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', killAll);
  const close = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The whole process group: php -S with workers leaves them running when only its parent ends.
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, name);
        } catch {
          // Already gone.
        }
      };
      signal('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) signal('SIGKILL');
    }
    process.off('exit', killAll);
    rmSync(configFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: its own data folder and socket, TCP only on loopback, no grant tables (the
    // database is thrown away; WordPress logs in with any name).
    const data = join(dir, 'db');
    const socket = join(dir, 'mariadb.sock');
    const root = process.getuid?.() === 0;
    const user = root ? ['--user=mysql'] : [];
    mkdirSync(data);
    if (root) {
      const [, , uid, gid] = readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('mysql:'))!.split(':');
      chownSync(dir, Number(uid), Number(gid));
      chownSync(data, Number(uid), Number(gid));
    }
    execFileSync(binary('mariadb-install-db')!, ['--no-defaults', ...user, `--datadir=${data}`, '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'pipe' });
    const dbPort = await freePort();
    const dbLog = join(dir, 'mariadb.log');
    const mariadb = spawn(
      binary('mariadbd')!,
      ['--no-defaults', ...user, `--datadir=${data}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1', `--log-error=${dbLog}`, `--pid-file=${join(dir, 'mariadb.pid')}`, '--skip-grant-tables', '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin'],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    await waitForMariaDb(socket, mariadb, () => (existsSync(dbLog) ? readFileSync(dbLog, 'utf8') : ''));

    // A document root of links to WordPress's files, with a wp-content of our own.
    const docroot = join(dir, 'root');
    const content = join(docroot, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'));
    for (const entry of readdirSync(wordpressDir)) {
      if (entry !== 'wp-content') symlinkSync(join(wordpressDir, entry), join(docroot, entry));
    }
    symlinkSync(join(wordpressDir, 'wp-content/themes'), join(content, 'themes'));
    if (options.linkPlugin !== false) symlinkSync(pluginDir, join(content, 'plugins/mitmachen'));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLogFile = join(content, 'debug.log');
    writeFileSync(
      configFile,
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'WP_CONTENT_DIR', ${JSON.stringify(content)} );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${JSON.stringify(debugLogFile)} );
define( 'WP_DEBUG_DISPLAY', false );
// A closed network: no calls to wordpress.org (each would wait for its timeout); loopback stays allowed.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
`,
    );

    // Debian's wp-config.php picks /etc/wordpress/config-$_SERVER['WORDPRESS_CONFIG'].php; php -S
    // passes no environment into $_SERVER, so a prepended file sets it for every request.
    const prepend = join(dir, 'prepend.php');
    writeFileSync(prepend, `<?php $_SERVER['WORDPRESS_CONFIG'] = '${name}';\n`);
    const env = { ...process.env, PHP_CLI_SERVER_WORKERS: '4' };
    let phpOutput = '';
    const php = spawn(binary('php')!, ['-d', `auto_prepend_file=${prepend}`, '-S', `127.0.0.1:${port}`, '-t', docroot], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    php.stdout.on('data', (chunk: Buffer) => (phpOutput = (phpOutput + chunk.toString()).slice(-20_000)));
    php.stderr.on('data', (chunk: Buffer) => (phpOutput = (phpOutput + chunk.toString()).slice(-20_000)));
    children.push(php);
    await waitForPort(`${url}/readme.html`, php, 'php -S', () => phpOutput);

    const adminUser = 'admin';
    const adminPassword = randomBytes(12).toString('hex');
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Gemeinde Musterhausen',
        user_name: adminUser,
        admin_password: adminPassword,
        admin_password2: adminPassword,
        pw_weak: '1',
        admin_email: 'admin@example.org',
        blog_public: '0',
        language: '',
      }),
    });
    const installed = await install.text();
    if (!install.ok || !installed.includes('Success!')) throw new Error(`WordPress's installer answered ${install.status}:\n${installed.slice(0, 2000)}\n${phpOutput}`);

    const runPhp = (code: string): string => {
      const script = join(dir, `run-${randomBytes(4).toString('hex')}.php`);
      writeFileSync(
        script,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
require '${wordpressDir}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
${code}
`,
      );
      try {
        return execFileSync(binary('php')!, [script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`PHP failed: ${String(stderr)}\n${String(stdout)}`, { cause: error });
      } finally {
        rmSync(script, { force: true });
      }
    };
    return {
      url,
      adminUser,
      adminPassword,
      contentDir: content,
      php: runPhp,
      debugLog: () => (existsSync(debugLogFile) ? readFileSync(debugLogFile, 'utf8') : ''),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A browser context whose pages reach only loopback. WordPress's pages ask outside hosts for
 * avatars, emoji and the like; on a closed network such a request may hang instead of failing,
 * and every wait for a page's load event hangs with it. Refused at once, they cost nothing.
 */
export async function closedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route((url) => !loopback.has(url.hostname), (route) => route.abort('blockedbyclient'));
  return context;
}
