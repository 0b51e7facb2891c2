/**
 * `mitmachen-server moderate` and `purge` as an operator uses them: straight on the database,
 * through the same code as the HTTP endpoints (a decision queues the author's mail too), with
 * exit code 0 for done, 1 for a refused decision and 2 for wrong usage. `run` starts the command
 * once for each exit code, `call` runs its code in this process for the rest (test/support/cli.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../packages/server/src/db/database.js';
import { approvePosting } from '../../packages/server/src/moderation/repository.js';
import { createOffer } from '../../packages/server/src/offers/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { createReport } from '../../packages/server/src/reports/repository.js';
import { cliDatabase, type CliDatabase } from '../support/cli.js';
import { sampleOfferInput, sampleOpportunityInput } from '../support/server.js';

let database: CliDatabase;
const ids = { pendingOpportunity: '', pendingOffer: '', published: '', report: '' };

/** The database, held open in this process until the next `run` (PGlite: one process at a time). */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  return work(await database.db());
}

before(async () => {
  database = await cliDatabase({ held: true });
  await withDatabase(async (db) => {
    ids.pendingOpportunity = (await db.transaction((c) => createOpportunity(c, sampleOpportunityInput({ title: 'Wartet auf Prüfung: Lesepaten' })))).id;
    ids.pendingOffer = (await db.transaction((c) => createOffer(c, sampleOfferInput({ title: 'Wartet auf Prüfung: Gartenhilfe' })))).id;
    ids.published = (await db.transaction((c) => createOpportunity(c, sampleOpportunityInput({ title: 'Schon veröffentlicht: Tafel' })))).id;
    await db.transaction((c) => approvePosting(c, 'opportunity', ids.published));
    ids.report = (await db.transaction((c) => createReport(c, 'opportunity', ids.published, { reason: 'Die Tafel gibt es hier gar nicht.' }))).id;
    await db.pool.query('DELETE FROM outbox');
  });
});
after(() => database?.close());

describe('mitmachen-server moderate', () => {
  it('lists pending postings and open reports', async () => {
    const result = await database.run(['moderate', 'list']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Pending postings: 2$/m);
    assert.match(result.stdout, new RegExp(`opportunity +${ids.pendingOpportunity} .* Wartet auf Prüfung: Lesepaten`));
    assert.match(result.stdout, new RegExp(`offer +${ids.pendingOffer} .* Wartet auf Prüfung: Gartenhilfe`));
    assert.match(result.stdout, /^Open reports: 1$/m);
    assert.match(result.stdout, new RegExp(`report ${ids.report} +about opportunity ${ids.published}`));
    assert.match(result.stdout, /Die Tafel gibt es hier gar nicht\./);
    const offersOnly = await database.call(['moderate', 'list', '--kind', 'offer']);
    assert.match(offersOnly.stdout, /^Pending postings: 1$/m);
    assert.doesNotMatch(offersOnly.stdout, /Lesepaten/);
  });

  it('approves a posting once; approving again is refused with exit code 1', async () => {
    const approved = await database.call(['moderate', 'approve', 'opportunity', ids.pendingOpportunity]);
    assert.equal(approved.code, 0, approved.stderr);
    assert.match(approved.stdout, /Approved opportunity .* published/);
    const again = await database.run(['moderate', 'approve', 'opportunity', ids.pendingOpportunity]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already decided: it is published/);
  });

  it('rejects only with a reason, which is stored', async () => {
    const without = await database.run(['moderate', 'reject', 'offer', ids.pendingOffer]);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /--reason/);
    const rejected = await database.call(['moderate', 'reject', 'offer', ids.pendingOffer, '--reason', 'Bitte ohne Telefonnummer im Text.']);
    assert.equal(rejected.code, 0, rejected.stderr);
  });

  it('takes a reported listing down', async () => {
    const resolved = await database.call(['moderate', 'resolve', ids.report, 'unpublish', '--reason', 'Diese Tafel gibt es nicht.']);
    assert.equal(resolved.code, 0, resolved.stderr);
    assert.match(resolved.stdout, /unpublished; the opportunity .* is rejected/);
  });

  it('refuses wrong usage with exit code 2', async () => {
    for (const args of [['moderate'], ['moderate', 'approve', 'event', ids.pendingOffer], ['moderate', 'resolve', ids.report, 'maybe'], ['migrate', '--reason', 'x']]) {
      const result = await database.call(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
    }
  });

  it('decided in the database, with the authors’ mail queued in the same transactions', async () => {
    await withDatabase(async (db) => {
      const statuses = await db.pool.query<{ id: string; status: string; rejection_reason: string | null }>(
        `SELECT id, status, rejection_reason FROM opportunities WHERE id = ANY($1)
         UNION ALL SELECT id, status, rejection_reason FROM offers WHERE id = $2`,
        [[ids.pendingOpportunity, ids.published], ids.pendingOffer],
      );
      const byId = new Map(statuses.rows.map((row) => [row.id, [row.status, row.rejection_reason]]));
      assert.deepEqual(byId.get(ids.pendingOpportunity), ['published', null]);
      assert.deepEqual(byId.get(ids.pendingOffer), ['rejected', 'Bitte ohne Telefonnummer im Text.']);
      assert.deepEqual(byId.get(ids.published), ['rejected', 'Diese Tafel gibt es nicht.']);
      const mail = await db.pool.query<{ recipient: string; subject: string }>('SELECT recipient, subject FROM outbox ORDER BY created_at');
      assert.deepEqual(mail.rows.map((row) => [row.recipient, row.subject]), [
        ['anna@example.org', 'Ihr Engagementangebot „Wartet auf Prüfung: Lesepaten“ ist veröffentlicht'],
        ['gartenfreundin@example.com', 'Ihr Hilfsangebot „Wartet auf Prüfung: Gartenhilfe“ wurde nicht veröffentlicht'],
        ['anna@example.org', 'Ihr Engagementangebot „Schon veröffentlicht: Tafel“ ist nicht mehr veröffentlicht'],
      ]);
    });
  });
});

describe('mitmachen-server purge', () => {
  it('deletes personal data older than MITMACHEN_RETENTION_DAYS and says how much', async () => {
    await withDatabase(async (db) => {
      await db.pool.query(
        `INSERT INTO interests (id, opportunity_id, name, email, message, created_at)
         VALUES (gen_random_uuid(), $1, 'Alt', 'alt@example.net', 'Eine alte Anfrage', now() - interval '40 days'),
                (gen_random_uuid(), $1, 'Jung', 'jung@example.net', 'Eine neue Anfrage', now() - interval '20 days')`,
        [ids.pendingOpportunity],
      );
    });
    const result = await database.call(['purge'], { MITMACHEN_RETENTION_DAYS: '30' });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /older than 30 days: 1 interests,/);
    // The old request's texts are gone; its row stays, so the figures still count it.
    const left = await withDatabase((db) => db.pool.query<{ name: string | null }>('SELECT name FROM interests ORDER BY created_at'));
    assert.deepEqual(left.rows.map((row) => row.name), [null, 'Jung']);
  });
});
