/**
 * Two server instances on one PostgreSQL run the listing lifecycle at the same moment, again
 * and again: every reminder still reaches its author exactly once (lifecycle_notices' key and
 * the outbox's claims), through a real SMTP server. The instances run in this process so that
 * both follow one clock the test moves; each has its own connection pool, lifecycle runner
 * and mail worker, as separate processes would.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { findPostgresBin, startPostgres, type PostgresCluster } from '../../scripts/postgres.mjs';
import { startServer, type RunningServer } from '../../packages/server/src/server.js';
import { postJson } from '../support/altcha.js';
import { daysLater, serviceDay } from '../support/service-days.js';
import { sampleOpportunityInput, testAdminToken, testServerConfig } from '../support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

const listings = 6;
let clock = Date.now();
let postgres: PostgresCluster | undefined;
let smtp: TestSmtpServer;
const instances: RunningServer[] = [];

before(async () => {
  const bin = findPostgresBin();
  if (!bin) return;
  postgres = await startPostgres(bin);
  smtp = await startSmtpServer();
  const config = testServerConfig({ seed: { opportunities: 0, offers: 0 }, adminToken: testAdminToken, env: { DATABASE_URL: postgres.url, SMTP_URL: smtp.url } });
  // One after the other: the first migrates the empty database.
  for (let i = 0; i < 2; i++) {
    const server = await startServer(config, { clock: () => new Date(clock), lifecycleIntervalMs: 0 });
    instances.push(server);
    await server.ready;
  }
});
after(async () => {
  for (const server of instances) await server.close();
  await smtp?.close();
  postgres?.stop();
});

/** Both instances, three passes each, all at once. */
const race = async () => {
  const passes = await Promise.all(instances.flatMap((server) => [1, 2, 3].map(() => (server.lifecycle as NonNullable<RunningServer['lifecycle']>).run())));
  return passes.reduce((sum, pass) => sum + pass.reminders, 0);
};

describe('the lifecycle on two instances', () => {
  it('sends every reminder exactly once', { skip: findPostgresBin() === undefined ? 'no PostgreSQL on this machine' : false }, async () => {
    const [a, b] = instances as [RunningServer, RunningServer];
    // Ten Saxon days after the clock's, as expiry days are counted, and moved on by such days.
    const end = serviceDay(10, clock);
    for (let i = 0; i < listings; i++) {
      const server = i % 2 === 0 ? a : b;
      const input = sampleOpportunityInput({ title: `Erinnerung Nummer ${i} im Cluster`, contact: { name: 'Clara Cluster', email: `autor${i}@verein.example`, public: false }, expiresAt: end });
      const { id } = (await (await postJson(`${server.url}/v1`, '/opportunities', input)).json()) as PostingAccepted;
      const approved = await fetch(`${server.url}/v1/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
      assert.equal(approved.status, 200);
    }
    await smtp.waitFor(listings);

    clock = daysLater(clock, 3);
    assert.equal(await race(), listings, 'seven days before: one reminder per listing among all passes');
    clock = daysLater(clock, 4);
    assert.equal(await race(), listings, 'three days before: again one each');
    assert.equal(await race(), 0);

    const all = await smtp.waitFor(listings * 3);
    const reminders = all.filter((mail) => /endet in \d Tagen/.test(mail.headers.get('subject') ?? ''));
    for (let i = 0; i < listings; i++) {
      const mine = reminders.filter((mail) => mail.to.includes(`autor${i}@verein.example`)).map((mail) => mail.headers.get('subject'));
      assert.deepEqual(mine.sort(), [`„Erinnerung Nummer ${i} im Cluster“ endet in 3 Tagen`, `„Erinnerung Nummer ${i} im Cluster“ endet in 7 Tagen`]);
    }
    // Both workers are drained: nothing is left that could go out a second time.
    while ((await unsent()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(smtp.received.filter((mail) => /endet in/.test(mail.headers.get('subject') ?? '')).length, listings * 2);
  });
});

async function unsent(): Promise<number> {
  const { rows } = await queryPostgres(`SELECT count(*)::int AS n FROM outbox WHERE state <> 'sent'`);
  return rows[0]?.n ?? 0;
}

async function queryPostgres(sql: string): Promise<{ rows: Array<{ n: number }> }> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: postgres?.url });
  await client.connect();
  try {
    return await client.query<{ n: number }>(sql);
  } finally {
    await client.end();
  }
}
