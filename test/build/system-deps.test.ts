/**
 * What `npm test` says about a missing system program (scripts/system-deps.mjs): which tests it
 * costs and how to get it, in one line, instead of a silent skip further down.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;

/** The module's answer in a child process with this environment, installing nothing. */
function ensure(env: Record<string, string>): { found: Record<string, string>; missing: { name: string; message: string }[] } {
  const script = "import('./scripts/system-deps.mjs').then((m) => process.stdout.write(JSON.stringify(m.ensureSystemDependencies({ install: false }))))";
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' })) as ReturnType<typeof ensure>;
}

describe('npm test’s system programs', () => {
  it('names what a missing Chromium costs and how to get it', () => {
    const { found, missing } = ensure({ CHROME_PATH: '/nonexistent/chromium' });
    assert.equal(found.Chromium, undefined);
    const chromium = missing.find((entry) => entry.name === 'Chromium');
    assert.ok(chromium, JSON.stringify(missing));
    assert.match(chromium.message, /browser tests fail and the Node tests that drive a browser are skipped/);
    assert.match(chromium.message, /apt-get install -y chromium.*CHROME_PATH/);
    assert.doesNotMatch(chromium.message, /\n/, 'one line');
  });

  it('finds a Chromium named by CHROME_PATH', () => {
    const { found } = ensure({ CHROME_PATH: process.execPath });
    assert.equal(found.Chromium, process.execPath);
  });
});
