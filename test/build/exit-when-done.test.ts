/**
 * `npm test` preloads test/support/exit-when-done.mjs into every test file's process: a file
 * whose failed test left a server open must end and report, not hold the run for ever; a file
 * that ends by itself must not be touched.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';

const preload = fileURLToPath(new URL('../support/exit-when-done.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'exit-when-done-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** `node --test` of one file as npm test starts it; resolves when the runner has ended. */
function runFile(name: string, source: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  writeFileSync(join(scratch, name), source);
  const { NODE_TEST_CONTEXT, MITMACHEN_TEST_SQL_RECORD, MITMACHEN_TEST_SQL_OWNER, ...inherited } = process.env;
  const env = { ...inherited, MITMACHEN_TEST_EXIT_GRACE_MS: '200' };
  const child = spawn(process.execPath, ['--import', preload, '--test', '--test-reporter=tap', name], { cwd: scratch, env });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('a test file that leaves something open', () => {
  it('ends after its tests with their failure reported and says what happened', async () => {
    const { code, stdout } = await runFile(
      'leaves-open.test.mjs',
      [
        "import { test } from 'node:test';",
        "import { createServer } from 'node:http';",
        "test('starts a server and fails before closing it', () => { createServer().listen(0, '127.0.0.1'); throw new Error('boom'); });",
        "test('passes', () => {});",
      ].join('\n'),
    );
    assert.equal(code, 1);
    assert.match(stdout, /^# pass 1$/m);
    assert.match(stdout, /^# fail 1$/m);
    assert.match(stdout, /was left open\. Ending it\./, "the runner passes on the process's explanation");
  });

  it('leaves a file that ends by itself alone', async () => {
    const { code, stdout } = await runFile('ends.test.mjs', "import { test } from 'node:test';\ntest('passes', () => {});\n");
    assert.equal(code, 0);
    assert.match(stdout, /^# pass 1$/m);
    assert.doesNotMatch(stdout, /left open/);
  });
});
