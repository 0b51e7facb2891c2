/**
 * The digest job on its own: which listings a digest names is the search's own answer to the
 * saved search (compared with the search itself on the same data), and several runners racing
 * (one per server instance) send each due digest once. On PostgreSQL (MITMACHEN_TEST_DATABASE_URL)
 * the runners really race on separate connections; on PGlite they take turns on its one connection.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import type { AlertSearch } from '@mitmachen/contract';
import { digestHandler } from '../../packages/server/src/alerts/digest.js';
import { alertJobs } from '../../packages/server/src/alerts/rules.js';
import { createJobRunner } from '../../packages/server/src/jobs/runner.js';
import { scheduleJob } from '../../packages/server/src/jobs/store.js';
import { searchOpportunities } from '../../packages/server/src/opportunities/search.js';
import { cleanupAfterAll } from '../support/database.js';

const { testDatabase } = cleanupAfterAll();
const day = 86_400_000;

describe('alert digests', () => {
  it('name exactly what the search finds among the new listings, once, with several runners racing', async () => {
    const { db } = await testDatabase({ seed: { opportunities: 80, offers: 0 } });
    const now = new Date('2026-11-02T06:00:00Z');
    const searches: AlertSearch[] = [{ category: ['tierschutz'] }, { region: ['dresden'] }, { q: 'kinder', region: ['leipzig'] }, { q: 'qqxxzzyy' }];
    const expected = new Map<string, { total: number; ids: string[] }>();
    for (const [n, search] of searches.entries()) {
      const id = randomUUID();
      const job = randomUUID();
      // Seen nothing yet: every published listing counts as new.
      await db.pool.query(
        `INSERT INTO alert_subscriptions (id, email, search, frequency, language, created_at, confirmed_at, seen_version, next_job)
         VALUES ($1, $2, $3, 'daily', 'de', $4, $4, 0, $5)`,
        [id, `abo${n}@example.net`, JSON.stringify(search), now, job],
      );
      await scheduleJob(db.pool, alertJobs.digest, job, now);
      const found = await searchOpportunities(db.pool, { ...search, sort: 'newest', pageSize: 50 });
      expected.set(`abo${n}@example.net`, { total: found.total, ids: found.items.slice(0, 20).map((item) => item.title) });
    }
    assert.ok([...expected.values()].filter((e) => e.total > 0).length >= 3, 'the fixture gives most searches results');
    assert.equal(expected.get('abo3@example.net')?.total, 0);

    const runner = () => createJobRunner(db, { clock: () => now, handlers: { [alertJobs.digest]: digestHandler(() => 'https://mitmachen.example.org') }, pollMs: 0, batch: 1 });
    const runners = [runner(), runner(), runner()];
    const done = await Promise.all(runners.map((r) => r.runDue()));
    assert.equal(done.reduce((a, b) => a + b, 0), searches.length, `done per runner: ${done.join(', ')}`);
    assert.deepEqual(await Promise.all(runners.map((r) => r.runDue())), [0, 0, 0], 'each digest once');

    const { rows: mails } = await db.pool.query<{ recipient: string; subject: string; body: string; headers: Record<string, string> }>(
      `SELECT recipient, subject, body, headers FROM outbox WHERE topic = 'alert' ORDER BY recipient`,
    );
    assert.deepEqual(
      mails.map((mail) => mail.recipient),
      [...expected].filter(([, e]) => e.total > 0).map(([email]) => email),
      'one mail per subscription with matches, none for the one without',
    );
    for (const mail of mails) {
      const { total, ids: titles } = expected.get(mail.recipient)!;
      assert.match(mail.subject, new RegExp(`^${total} neue`), mail.subject);
      for (const title of titles) assert.ok(mail.body.includes(`* ${title}\n`), `${mail.recipient}: ${title} missing`);
      assert.equal((mail.body.match(/^\* /gm) ?? []).length, Math.min(total, 20));
      if (total > 20) assert.ok(mail.body.includes(`… und ${total - 20} weitere`));
      assert.match(mail.headers['List-Unsubscribe'] ?? '', /^<https:\/\/mitmachen\.example\.org\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    }

    // The next digests wait a day; what was reported counts as seen.
    const { rows: next } = await db.pool.query<{ due_at: Date }>(`SELECT due_at FROM scheduled_jobs WHERE kind = $1 AND state = 'pending'`, [alertJobs.digest]);
    assert.deepEqual(next.map((row) => row.due_at.getTime()), searches.map(() => now.getTime() + day));
    const later = () => new Date(now.getTime() + day);
    const tomorrow = createJobRunner(db, { clock: later, handlers: { [alertJobs.digest]: digestHandler(() => 'https://x.example') }, pollMs: 0 });
    assert.equal(await tomorrow.runDue(), searches.length);
    assert.equal((await db.pool.query(`SELECT 1 FROM outbox WHERE topic = 'alert'`)).rowCount, mails.length, 'nothing new, no mail');
    await Promise.all([...runners, tomorrow].map((r) => r.stop()));
  });
});
