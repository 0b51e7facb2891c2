/**
 * LOG_FORMAT: `npm start` in a terminal shows one readable line per request; piped into a file
 * or a log collector (or with LOG_FORMAT=json) the server writes pino's JSON lines.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../packages/server/src/config.js';
import { prettyLine, resolveLogFormat } from '../../packages/server/src/http/log-format.js';
import { cliDatabase, command, root, type CliDatabase } from '../support/cli.js';

describe('LOG_FORMAT', () => {
  it('is readable lines in a terminal and JSON elsewhere, unless set', () => {
    assert.equal(loadConfig({}).logFormat, 'auto');
    assert.equal(resolveLogFormat('auto', true), 'pretty');
    assert.equal(resolveLogFormat('auto', false), 'json');
    assert.equal(resolveLogFormat('json', true), 'json');
    assert.equal(resolveLogFormat('pretty', false), 'pretty');
    assert.equal(loadConfig({ LOG_FORMAT: 'JSON' }).logFormat, 'json');
    assert.throws(() => loadConfig({ LOG_FORMAT: 'xml' }), /LOG_FORMAT must be one of auto, json, pretty, not "xml"/);
  });

  it('writes a request as method, path, status and time, and drops the line announcing it', () => {
    const completed = { level: 30, msg: 'request completed', res: { statusCode: 200, method: 'GET', url: '/v1/opportunities?q=hund' }, responseTime: 12.4 };
    assert.equal(prettyLine(JSON.stringify(completed)), 'GET /v1/opportunities?q=hund 200 12 ms');
    assert.equal(prettyLine(JSON.stringify({ level: 30, msg: 'incoming request', req: { method: 'GET', url: '/' } })), undefined);
  });

  it('writes warnings and errors as sentences, an error with its stack', () => {
    assert.equal(
      prettyLine(JSON.stringify({ level: 40, msg: '503 for GET /v1/opportunities: Die Datenbank ist nicht erreichbar.' })),
      'warning: 503 for GET /v1/opportunities: Die Datenbank ist nicht erreichbar.',
    );
    const error = prettyLine(JSON.stringify({ level: 50, msg: 'request failed', err: { message: 'boom', stack: 'Error: boom\n    at handler (app.ts:1:1)' } }));
    assert.equal(error, 'error: request failed: boom\nError: boom\n    at handler (app.ts:1:1)');
    assert.equal(prettyLine('not json\n'), 'not json');
  });
});

describe('mitmachen-server serve logs', () => {
  let database: CliDatabase;
  before(async () => {
    database = await cliDatabase();
  });
  after(() => database?.close());

  /** Starts `serve`, asks for `path`, and returns what it wrote once the request's log is out. */
  async function serveOnce(env: Record<string, string>, path: string, logged: RegExp): Promise<string> {
    const child = spawn(process.execPath, [...command, 'serve'], {
      cwd: root,
      env: { ...process.env, ...database.env, PORT: '0', MITMACHEN_SEED: '0', LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const seen = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        const look = () => {
          const match = pattern.exec(stdout);
          if (!match) return false;
          child.stdout.off('data', look);
          resolve(match);
          return true;
        };
        if (look()) return;
        child.stdout.on('data', look);
        void exited.then(() => reject(new Error(`serve exited before writing ${pattern}: ${stdout}`)));
      });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const [, url] = await seen(/mitmachen API listening on (http:\/\/127\.0\.0\.1:\d+)\/v1/);
      assert.equal((await fetch(`${url}${path}`)).status, 200);
      await seen(logged);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    return stdout;
  }

  it('writes one short line per request with LOG_FORMAT=pretty', async () => {
    const stdout = await serveOnce({ LOG_FORMAT: 'pretty' }, '/v1/opportunities?q=hund', /^GET \/v1\/opportunities\?q=hund 200 \d+ ms$/m);
    assert.doesNotMatch(stdout, /"level":/, 'no JSON in the terminal');
    assert.doesNotMatch(stdout, /incoming request/);
  });

  it('writes JSON when its output is not a terminal', async () => {
    const stdout = await serveOnce({}, '/v1/opportunities?q=hund', /"msg":"request completed"/);
    const line = stdout.split('\n').find((text) => text.includes('"request completed"')) as string;
    const entry = JSON.parse(line) as { res: { statusCode: number }; responseTime: number };
    assert.equal(entry.res.statusCode, 200);
    assert.equal(typeof entry.responseTime, 'number');
  });
});
