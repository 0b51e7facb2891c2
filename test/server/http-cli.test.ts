/**
 * The `mitmachen-server` command as an operator uses it: help, configuration errors, migrate,
 * seed, and serve until SIGTERM. `run` starts the command where the process matters (help on
 * stdout, a refused flag's exit code, serve), `call` runs its code in this process for the rest
 * (test/support/cli.ts).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { call, cliDatabase, command, root, run, type CliDatabase } from '../support/cli.js';

/** Where the commands keep data: a fresh PostgreSQL database, or a PGlite folder of its own. */
let database: CliDatabase;
let databaseEnv: Record<string, string>;
before(async () => {
  database = await cliDatabase();
  databaseEnv = database.env;
});
after(() => database?.close());

describe('mitmachen-server', () => {
  it('explains itself with --help', async () => {
    const result = await run(['--help'], {});
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: mitmachen-server/);
    assert.match(result.stdout, /MITMACHEN_ADMIN_TOKEN/);
  });

  it('refuses an unknown command or flag with exit code 2', async () => {
    assert.equal((await call(['start'], {})).code, 2);
    const flag = await run(['serve', '--port', '80'], {});
    assert.equal(flag.code, 2);
    assert.match(flag.stderr, /--port/);
  });

  it('names a wrong environment variable and exits with 2', async () => {
    const result = await call(['serve'], { PORT: 'eighty' });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /PORT must be a whole number/);
  });

  it('migrates, seeds, then serves the existing data until SIGTERM', async () => {
    const migrated = await call(['migrate'], databaseEnv);
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /up to date/);

    const seeded = await call(['seed', '--count', '12', '--offers', '3'], databaseEnv);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.match(seeded.stdout, /Wrote 12 opportunities and 3 offers/);

    const child = spawn(process.execPath, [...command, 'serve'], {
      cwd: root,
      env: { ...process.env, ...databaseEnv, PORT: '0', LOG_LEVEL: 'silent', MITMACHEN_SEED: '50' },
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /mitmachen API listening on (http:\/\/127\.0\.0\.1:\d+)\/v1 \(database: (pglite|postgres) at /.exec(stdout);
        if (match) resolve(match[1] as string);
      });
      void exited.then(() => reject(new Error(`serve exited early: ${stdout}`)));
    });
    const url = await listening;
    assert.doesNotMatch(stdout, /demo opportunities/, 'a seeded database is not seeded again');
    const search = (await (await fetch(`${url}/v1/opportunities?pageSize=1`)).json()) as { total: number };
    assert.ok(search.total > 0 && search.total <= 12, `the seeded opportunities are served (${search.total})`);

    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(stdout, /SIGTERM: finishing open requests/);
  });
});
