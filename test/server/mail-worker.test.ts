/**
 * The outbox worker against a real SMTP server on loopback: every message arrives exactly once,
 * even with two workers racing; a refused message is retried later and arrives once; a message
 * that keeps failing is given up with its error stored; without SMTP, messages wait and each is
 * mentioned once.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { enqueue } from '../../packages/server/src/mail/outbox.js';
import { createOutboxWorker, type OutboxWorker, type WorkerOptions } from '../../packages/server/src/mail/worker.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

let database: TestDatabase;
let smtp: TestSmtpServer;
const workers: OutboxWorker[] = [];
const from = 'noreply@mitmachen.example.org';

before(async () => {
  database = await openTestDatabase();
  smtp = await startSmtpServer();
});
after(async () => {
  for (const worker of workers) await worker.stop();
  await smtp?.close();
  await database?.close();
});
beforeEach(async () => {
  await database.db.pool.query('DELETE FROM outbox');
  smtp.received.length = 0;
});

/** A worker driven by the test (no polling), with quick retries; `withoutSmtp` as on a server without SMTP_URL. */
function worker(options: WorkerOptions = {}, withoutSmtp = false): OutboxWorker {
  const smtpUrl = withoutSmtp ? undefined : smtp.url;
  const created = createOutboxWorker(database.db.pool, { smtpUrl, from }, { pollMs: 0, backoffMs: 0, ...options });
  workers.push(created);
  return created;
}

const queue = (subject: string, to = 'empfaenger@example.org') =>
  enqueue(database.db.pool, { topic: 'decision', to, subject, body: `Text zu ${subject}` });

const rows = async () =>
  (await database.db.pool.query<{ id: string; state: string; attempts: number; last_error: string | null }>(
    'SELECT id, state, attempts, last_error FROM outbox ORDER BY created_at, id',
  )).rows;

describe('the outbox worker', () => {
  it('sends each message once with its own deterministic Message-ID and marks it sent', async () => {
    const id = await queue('Eine Nachricht');
    assert.equal(await worker().deliverDue(), 1);
    assert.equal(await worker().deliverDue(), 0, 'nothing left for a second round');
    assert.equal(smtp.received.length, 1);
    const [mail] = smtp.received;
    assert.deepEqual(mail?.to, ['empfaenger@example.org']);
    assert.equal(mail?.headers.get('message-id'), `<${id}@mitmachen.example.org>`);
    assert.equal(mail?.text, 'Text zu Eine Nachricht');
    assert.deepEqual((await rows()).map((row) => row.state), ['sent']);
  });

  it('delivers every message exactly once when two workers race for them', async () => {
    const ids = [];
    for (let index = 0; index < 30; index++) ids.push(await queue(`Wettlauf ${index}`));
    const [one, two] = [worker({ batch: 3 }), worker({ batch: 3 })];
    const sent = await Promise.all([one.deliverDue(), two.deliverDue(), one.deliverDue(), two.deliverDue()]);
    assert.equal(sent[0] + sent[1], 30, `sent ${sent.join(', ')}`);
    const messageIds = smtp.received.map((mail) => mail.headers.get('message-id'));
    assert.equal(messageIds.length, 30);
    assert.deepEqual([...new Set(messageIds)].sort(), ids.map((id) => `<${id}@mitmachen.example.org>`).sort());
    assert.ok((await rows()).every((row) => row.state === 'sent' && row.attempts === 1));
  });

  it('retries a message the SMTP server refused, and it arrives once', async () => {
    await queue('Beim ersten Mal abgewiesen');
    const errors: unknown[] = [];
    const retrying = worker({ onError: (error) => errors.push(error) });
    smtp.refuseNext(1);
    assert.equal(await retrying.deliverDue(), 0);
    const [failed] = await rows();
    assert.equal(failed?.state, 'pending');
    assert.equal(failed?.attempts, 1);
    assert.match(failed?.last_error ?? '', /451/);
    assert.equal(errors.length, 1);
    assert.equal(smtp.received.length, 0);

    assert.equal(await retrying.deliverDue(), 1);
    assert.equal(smtp.received.length, 1);
    assert.deepEqual((await rows()).map((row) => [row.state, row.attempts]), [['sent', 2]]);
  });

  it('waits before a retry, longer after each failure', async () => {
    await queue('Später noch einmal');
    smtp.refuseNext(1);
    await worker({ backoffMs: 60_000 }).deliverDue();
    const wait = await database.db.pool.query<{ seconds: number }>(
      'SELECT extract(epoch FROM next_attempt_at - now())::float AS seconds FROM outbox',
    );
    assert.ok((wait.rows[0]?.seconds ?? 0) > 50, `retry in ${wait.rows[0]?.seconds} s`);
    assert.equal(await worker().deliverDue(), 0, 'not due yet');
  });

  it('gives a message up after its last attempt and keeps the error', async () => {
    await queue('Kommt nie an');
    const giving = worker({ maxAttempts: 2 });
    smtp.refuseNext(2);
    await giving.deliverDue();
    await giving.deliverDue();
    assert.equal(smtp.refused >= 2, true);
    const [row] = await rows();
    assert.equal(row?.state, 'failed');
    assert.equal(row?.attempts, 2);
    assert.match(row?.last_error ?? '', /Mailbox busy/);
    assert.equal(await giving.deliverDue(), 0, 'a given-up message is not tried again');
  });

  it('takes over a message whose worker died mid-send, once its lease ran out, with the same Message-ID', async () => {
    const id = await queue('Verwaist');
    // A worker claimed it and died: the lease is held, then runs out.
    await database.db.pool.query(`UPDATE outbox SET lease = gen_random_uuid(), lease_until = now() + interval '1 minute', attempts = 1`);
    assert.equal(await worker().deliverDue(), 0, 'held by the lease');
    await database.db.pool.query(`UPDATE outbox SET lease_until = now() - interval '1 second'`);
    assert.equal(await worker().deliverDue(), 1);
    assert.equal(smtp.received[0]?.headers.get('message-id'), `<${id}@mitmachen.example.org>`);
  });

  it('without SMTP leaves messages in the outbox and mentions each one once', async () => {
    const ids = [await queue('Wartet 1'), await queue('Wartet 2')];
    const mentioned: string[] = [];
    const idle = worker({ onWaiting: (message) => mentioned.push(message.id) }, true);
    await idle.deliverDue();
    await idle.deliverDue();
    await queue('Wartet 3');
    await idle.deliverDue();
    assert.equal(mentioned.length, 3);
    assert.deepEqual(mentioned.slice(0, 2).sort(), [...ids].sort());
    assert.ok((await rows()).every((row) => row.state === 'pending' && row.attempts === 0));
    assert.equal(smtp.received.length, 0);
  });

  it('finishes the round in progress when stopped', async () => {
    for (let index = 0; index < 5; index++) await queue(`Vor dem Stopp ${index}`);
    const stopping = worker();
    const round = stopping.deliverDue();
    await stopping.stop();
    assert.equal(await round, 5);
    assert.ok((await rows()).every((row) => row.state === 'sent'));
  });
});
