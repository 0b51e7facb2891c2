/**
 * Starting before PostgreSQL is reachable, as containers often do: `serve` keeps trying for
 * MITMACHEN_DATABASE_WAIT_SECONDS while answering 503, serves once the database answers, and
 * otherwise exits 1 with one line that names the database and what to check. A lasting fault
 * (no such database, wrong password) ends the start at once.
 */
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { loadConfig } from '../../packages/server/src/config.js';
import { startServer } from '../../packages/server/src/server.js';
import { freePort } from '../../scripts/free-port.mjs';
import { testAltchaMaxNumber } from '../support/altcha.js';
import { run } from '../support/cli.js';
import { cleanupAfterAll, testDatabaseKind } from '../support/database.js';
import { problemResponse } from '../support/server.js';

const { defer, testDatabase } = cleanupAfterAll();

const serverEnv = {
  PORT: '0',
  MITMACHEN_SEED: '8',
  MITMACHEN_SEED_OFFERS: '2',
  LOG_LEVEL: 'silent',
  MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
};

/** A URL where nothing listens: the port was free a moment ago. */
async function nothingListening(): Promise<string> {
  return `postgres://mitmachen:geheim-passwort@127.0.0.1:${await freePort()}/mitmachen`;
}

describe('serve with PostgreSQL unreachable', () => {
  it('exits 1 with one line naming the database and what to check, without the password', async () => {
    const url = await nothingListening();
    const port = new URL(url).port;
    const result = await run(['serve'], { ...serverEnv, DATABASE_URL: url, MITMACHEN_DATABASE_WAIT_SECONDS: '0' });
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, not a stack:\n${result.stderr}`);
    assert.match(lines[0] ?? '', new RegExp(`PostgreSQL at 127\\.0\\.0\\.1:${port} refused the connection: is it running`));
    assert.doesNotMatch(result.stderr + result.stdout, /geheim-passwort/);
  });

  it('stops waiting when told to stop, and says so', async () => {
    const server = await startServer(loadConfig({ ...serverEnv, DATABASE_URL: await nothingListening(), MITMACHEN_DATABASE_WAIT_SECONDS: '3600' }));
    const health = await fetch(`${server.url}/health`);
    assert.match((await problemResponse(health, 503)).detail ?? '', /starting/);
    // Without the stop this start would wait an hour; close() ends it now.
    await server.close();
    await assert.rejects(server.ready, /stopped while waiting for the database/);
  });
});

describe('serve with PostgreSQL that comes up late', { skip: testDatabaseKind !== 'postgres' && 'needs PostgreSQL (the PostgreSQL pass)' }, () => {
  it('answers 503 while PostgreSQL refuses sessions, then serves without a restart', async () => {
    const target = new URL((await testDatabase()).url as string);
    // PostgreSQL behind a relay that hangs up on the first sessions, as a database that is
    // still starting does; from then on it passes everything through.
    let refused = 0;
    const refuseFirst = 3;
    const relay = await listen((client) => {
      if (refused < refuseFirst) {
        refused++;
        client.destroy();
        return;
      }
      const upstream = connect(Number(target.port), target.hostname);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    const relayed = new URL(target);
    relayed.port = String((relay.address() as { port: number }).port);

    const server = await startServer(loadConfig({ ...serverEnv, DATABASE_URL: relayed.href, MITMACHEN_DATABASE_WAIT_SECONDS: '3600' }));
    defer(() => server.close());
    const early = await fetch(`${server.url}/health`);
    assert.match((await problemResponse(early, 503)).detail ?? '', /starting/);

    await server.ready;
    assert.equal(refused, refuseFirst, 'the server tried again after each refusal');
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    assert.deepEqual(server.seeded, { opportunities: 8, offers: 2 });
  });

  it('gives up at once on a database that does not exist, however long it may wait', async () => {
    const url = new URL((await testDatabase()).url as string);
    url.pathname = '/mitmachen_does_not_exist';
    const result = await run(['serve'], { ...serverEnv, DATABASE_URL: url.href, MITMACHEN_DATABASE_WAIT_SECONDS: '3600' });
    assert.equal(result.code, 1);
    assert.match(result.stderr.trim(), /^mitmachen API could not start: PostgreSQL at [\d.]+:\d+ has no database "mitmachen_does_not_exist": create it/);
  });
});

const relays: Server[] = [];
after(() => {
  for (const relay of relays) relay.close();
});

function listen(onConnection: (socket: Socket) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const relay = createServer(onConnection);
    relays.push(relay);
    relay.once('error', reject);
    relay.listen(0, '127.0.0.1', () => resolve(relay));
  });
}
