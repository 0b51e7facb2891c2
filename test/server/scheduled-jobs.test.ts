/**
 * Scheduled jobs (table `scheduled_jobs`): several runners on one database do each due job once
 * (the follow-ups of both kinds of contact request), a job whose runner died is taken over when
 * its lease runs out, and a runner that lost its lease commits nothing. On PostgreSQL (MITMACHEN_TEST_DATABASE_URL) the runners really race
 * on separate connections; on PGlite they take turns on its one connection.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { followUpKinds, type FollowUpKind } from '../../packages/server/src/follow-up/kinds.js';
import { followUpHandler, scheduleFollowUp } from '../../packages/server/src/follow-up/repository.js';
import { createJobRunner } from '../../packages/server/src/jobs/runner.js';
import { claimDueJobs, markJobDone } from '../../packages/server/src/jobs/store.js';
import { cleanupAfterAll } from '../support/database.js';

const { testDatabase } = cleanupAfterAll();
const interest = followUpKinds.interest;
const day = 24 * 60 * 60 * 1000;

type TestDb = Awaited<ReturnType<typeof testDatabase>>['db'];

/** Who writes a request of each kind: a volunteer to an opportunity, an organisation to an offer. */
const requesters: Record<FollowUpKind['name'], (n: number) => [string, string]> = {
  interest: (n) => ['Vera', `vera${n}@example.net`],
  'offer-contact': (n) => ['Verein', `verein${n}@example.org`],
};

/** Contact requests to one published listing of the kind's, each with its follow-up scheduled. */
async function requests(db: TestDb, count: number, requestedAt: Date, kind: FollowUpKind = interest): Promise<string[]> {
  const { rows } = await db.pool.query<{ id: string }>(`SELECT id FROM ${kind.listingTable} WHERE status = 'published' LIMIT 1`);
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = randomUUID();
    const [name, email] = requesters[kind.name](n);
    await db.pool.query(`INSERT INTO ${kind.table} (id, ${kind.listingColumn}, name, email, message, created_at) VALUES ($1, $2, $3, $4, 'Hallo', $5)`, [
      id,
      rows[0]!.id,
      name,
      email,
      requestedAt,
    ]);
    await scheduleFollowUp(db.pool, kind, id, requestedAt);
    ids.push(id);
  }
  return ids;
}

/** How many of these requests had their follow-up sent. */
const followUpsSent = async (db: TestDb, kind: FollowUpKind, ids: string[]) =>
  (
    await db.pool.query<{ sent: number }>(
      `SELECT count(*)::int AS sent FROM ${kind.table} WHERE id = ANY($1::uuid[]) AND follow_up_sent_at IS NOT NULL AND follow_up_hash IS NOT NULL`,
      [ids],
    )
  ).rows[0]!.sent;

const followUpsQueued = async (db: TestDb) =>
  (await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'follow-up'`)).rows[0]!.n;

describe('scheduled jobs', () => {
  it('are done once by several runners racing, and only when due', async () => {
    const { db } = await testDatabase({ seed: { opportunities: 5, offers: 3 } });
    const requested = new Date('2026-11-01T10:00:00Z');
    const ids = await requests(db, 12, requested);
    const offerContact = followUpKinds['offer-contact'];
    const offerIds = await requests(db, 6, requested, offerContact);
    const handlers = {
      [interest.job]: followUpHandler(() => 'https://mitmachen.example.org', interest),
      [offerContact.job]: followUpHandler(() => 'https://mitmachen.example.org', offerContact),
    };
    const at = (time: Date) => ({ clock: () => time, handlers, pollMs: 0, batch: 3 });
    const early = createJobRunner(db, at(new Date(requested.getTime() + 13 * day)));
    assert.equal(await early.runDue(), 0);
    const due = new Date(requested.getTime() + 14 * day + 1000);
    const runners = [createJobRunner(db, at(due)), createJobRunner(db, at(due)), createJobRunner(db, at(due))];
    const done = await Promise.all(runners.map((runner) => runner.runDue()));
    assert.equal(done.reduce((a, b) => a + b, 0), 18, `done per runner: ${done.join(', ')}`);
    assert.equal(await followUpsQueued(db), 18);
    assert.deepEqual(await Promise.all(runners.map((runner) => runner.runDue())), [0, 0, 0]);
    assert.equal(await followUpsSent(db, interest, ids), 12);
    assert.equal(await followUpsSent(db, offerContact, offerIds), 6);
    await Promise.all([early, ...runners].map((runner) => runner.stop()));
  });

  it('takes over a job whose runner died, and refuses the dead runner’s late commit', async () => {
    const { db } = await testDatabase({ seed: { opportunities: 5, offers: 0 } });
    const requested = new Date('2026-11-01T10:00:00Z');
    await requests(db, 1, requested);
    const due = new Date(requested.getTime() + 15 * day);
    // A runner claims the job for a minute and dies.
    const [claimed] = await claimDueJobs(db.pool, due, 5, 60_000);
    assert.ok(claimed);
    assert.deepEqual(await claimDueJobs(db.pool, new Date(due.getTime() + 30_000), 5, 60_000), [], 'held while the lease lasts');
    const later = createJobRunner(db, { clock: () => new Date(due.getTime() + 61_000), handlers: { [interest.job]: followUpHandler(() => 'https://x.example', interest) }, pollMs: 0 });
    assert.equal(await later.runDue(), 1);
    assert.equal(await followUpsQueued(db), 1);
    // The dead runner comes back: its lease is gone, so marking the job done changes nothing.
    assert.equal(await markJobDone(db.pool, claimed, due), false);
    await later.stop();
  });
});
