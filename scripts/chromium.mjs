/**
 * Finding the Chromium the browser tests drive. npm tools cannot download browsers on our
 * machines, so it comes from the system: CHROME_PATH when set, else Debian's package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The flags the browser tests and the browser benchmark start Chromium with. Without the
 * networking ones Chromium keeps calling Google's services, which a closed network answers with
 * nothing but timeouts.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const howToGetChromium =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

/** The browser binary to use, or undefined when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/**
 * Like findChromium, but as root on a machine with apt-get (a fresh CI box) installs Debian's
 * package first. Returns undefined with nothing installed when that is not possible.
 */
export function findOrInstallChromium() {
  const found = findChromium();
  if (found || process.env.CHROME_PATH) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log('Chromium is missing; installing Debian\'s package (apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  return findChromium();
}
