/**
 * A 202 from the embedded database means stored, even if the process dies the next moment:
 * `mitmachen-server serve` on a PGlite data folder accepts a posting, is killed with SIGKILL (no
 * shutdown, no flush), and a new process on the same folder lists the posting for moderation.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PendingList, PostingAccepted } from '@mitmachen/contract';
import { postJson, testAltchaMaxNumber } from '../support/altcha.js';
import { openDatabase } from '../../packages/server/src/db/database.js';
import { command, root } from '../support/cli.js';
import { pgliteImage } from '../support/database-images.js';
import { testDatabaseKind } from '../support/database.js';
// The SDK tests' postings: test/support/server.ts would load the server's whole module graph
// into this process (about 2 s of CPU) for two sample bodies; the servers here are processes.
import { adminToken, offerInput, opportunityInput } from '../sdk/fixtures.js';

interface Serving {
  url: string;
  child: ChildProcessWithoutNullStreams;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Starts `mitmachen-server serve` on `dataDir`; resolves with its URL once it serves. */
async function serve(dataDir: string): Promise<Serving> {
  const child = spawn(process.execPath, [...command, 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      MITMACHEN_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'info',
      MITMACHEN_SEED: '5',
      MITMACHEN_SEED_OFFERS: '1',
      MITMACHEN_ADMIN_TOKEN: adminToken,
      MITMACHEN_ALTCHA_MAX_NUMBER: String(testAltchaMaxNumber),
    },
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('close', (code, signal) => resolve(signal ?? code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /mitmachen API listening on (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(output);
      if (match) resolve(match[1] as string);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`serve exited early:\n${output}`)));
  });
  // Listening comes before the database is open; health says when requests are served.
  while ((await fetch(`${url}/health`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
  return { url, child, exited };
}

describe('PGlite and kill -9', { skip: testDatabaseKind === 'pglite' ? false : 'the embedded database only' }, () => {
  let dataDir: string;
  const running = new Set<ChildProcessWithoutNullStreams>();
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mitmachen-kill-'));
    // Migrated already, from the run's image (test/support/database-images.ts): the first server
    // then skips initdb and every migration, about half of this file's CPU, which the kill does
    // not depend on. It still seeds (an empty database) and writes through its own process.
    await (await openDatabase({ dataDir, pgliteImage: await pgliteImage() })).close();
  });
  after(async () => {
    for (const child of running) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every posting answered 202 when the server is killed right after', async () => {
    const first = await serve(dataDir);
    running.add(first.child);
    const key = randomUUID();
    const accepted: PostingAccepted[] = [];
    const postings: [string, unknown][] = [
      ['/opportunities', opportunityInput(`Vor dem Absturz angenommen ${key}`)],
      ['/offers', offerInput(`Auch vor dem Absturz angenommen ${key}`)],
    ];
    for (const [path, body] of postings) {
      const response = await postJson(`${first.url}/v1`, path, body, { key: randomUUID() });
      assert.equal(response.status, 202, await response.clone().text());
      accepted.push((await response.json()) as PostingAccepted);
    }
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    running.delete(first.child);

    const second = await serve(dataDir);
    running.add(second.child);
    const pending = await fetch(`${second.url}/v1/moderation/pending`, { headers: { Authorization: `Bearer ${adminToken}` } });
    assert.equal(pending.status, 200, await pending.clone().text());
    const list = (await pending.json()) as PendingList;
    for (const { id } of accepted) {
      assert.ok(list.items.some((item) => item.id === id), `posting ${id} answered 202 before the kill is still there`);
    }
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
    running.delete(second.child);
  });
});
