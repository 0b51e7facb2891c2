/**
 * The console's review work over HTTP on the real server: signing in by link, the queue of
 * one's agency with counts, an item's full picture, claims between two people, every decision
 * (and what citizens and authors then see), edits with their diff, bulk decisions, notes,
 * templates, API tokens on the old moderation endpoints, and the audit trail of all of it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiTokenCreated, AuditList, BulkDecisionResult, Claim, DecisionResult, Note, PendingList, Queue, QueueItemDetail, ReasonTemplate } from '@mitmachen/contract';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';
import { Browser, pendingIn, seedStaff } from './console-client.js';

describe('the review queue', () => {
  let server: TestServer;
  let agencies: { dresden: string; leipzig: string };
  let dresdenPending: string[];
  let leipzigPending: string[];
  let moderator: Browser;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 300, offers: 50 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' } });
    agencies = await seedStaff(server);
    dresdenPending = await pendingIn(server, 'dresden', 4);
    leipzigPending = await pendingIn(server, 'leipzig', 2);
    moderator = new Browser(server);
    await moderator.signIn('moderator.dresden@test.example');
  });
  after(() => server?.close());

  const outboxTo = async (topic: string) =>
    (await server.db.pool.query<{ recipient: string; subject: string; body: string }>('SELECT recipient, subject, body FROM outbox WHERE topic = $1', [topic])).rows;

  it('lists only the agency’s pending postings, oldest first, with counts per tab', async () => {
    const queue = await contractResponse<Queue>('listQueue', await moderator.fetch('/console/queue'));
    assert.equal(queue.tab, 'postings');
    assert.deepEqual(queue.items.map((item) => item.id).sort(), dresdenPending);
    assert.ok(queue.items.every((item) => item.region === 'dresden' && item.agencyId === agencies.dresden));
    assert.equal(queue.counts.postings, 4);
    const times = queue.items.map((item) => item.createdAt);
    assert.deepEqual(times, [...times].sort());
    const filtered = await contractResponse<Queue>('listQueue', await moderator.fetch('/console/queue?kind=offer'));
    assert.equal(filtered.total, 0);
  });

  it('shows an item as citizens will see it, with its author and their other postings', async () => {
    const id = dresdenPending[0] as string;
    const detail = await contractResponse<QueueItemDetail>('getQueueItem', await moderator.fetch(`/console/items/opportunity/${id}`));
    assert.equal(detail.id, id);
    assert.equal(detail.status, 'pending');
    assert.equal(detail.posting.id, id);
    assert.ok(detail.author.email, 'the author’s address is shown to staff');
    assert.ok(Array.isArray(detail.signals));
    assert.equal(detail.claim, null);
  });

  it('claims an item for one person: another sees the holder and cannot act on it', async () => {
    const id = dresdenPending[1] as string;
    const colleague = new Browser(server);
    await colleague.signIn('admin.dresden@test.example');
    const claim = await contractResponse<Claim>('claimQueueItem', await moderator.fetch(`/console/items/opportunity/${id}/claim`, { method: 'POST' }));
    assert.equal(claim.mine, true);
    assert.ok(new Date(claim.until).getTime() > Date.now() + 9 * 60_000);
    const refused = await problemResponse(await colleague.fetch(`/console/items/opportunity/${id}/claim`, { method: 'POST' }), 409);
    assert.match(refused.detail ?? '', /moderator\.dresden@test\.example/);
    const seen = await contractResponse<QueueItemDetail>('getQueueItem', await colleague.fetch(`/console/items/opportunity/${id}`));
    assert.equal(seen.claim?.email, 'moderator.dresden@test.example');
    assert.equal(seen.claim?.mine, false);
    await problemResponse(await colleague.fetch(`/console/items/opportunity/${id}/decision`, { method: 'POST', body: { action: 'approve' } }), 409);
    assert.equal((await moderator.fetch(`/console/items/opportunity/${id}/claim`, { method: 'DELETE' })).status, 204);
    const taken = await contractResponse<Claim>('claimQueueItem', await colleague.fetch(`/console/items/opportunity/${id}/claim`, { method: 'POST' }));
    assert.equal(taken.mine, true);
    await colleague.fetch(`/console/items/opportunity/${id}/claim`, { method: 'DELETE' });
  });

  it('approves: the posting is public at once, the author is mailed, and the log says who', async () => {
    const id = dresdenPending[0] as string;
    const result = await contractResponse<DecisionResult>(
      'decideQueueItem',
      await moderator.fetch(`/console/items/opportunity/${id}/decision`, { method: 'POST', body: { action: 'approve' } }),
    );
    assert.equal(result.status, 'published');
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${id}`)).status, 200);
    await problemResponse(await moderator.fetch(`/console/items/opportunity/${id}/decision`, { method: 'POST', body: { action: 'approve' } }), 409);
    assert.ok((await outboxTo('decision')).some((message) => /ist veröffentlicht/.test(message.subject)));
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const log = await contractResponse<AuditList>('listAuditLog', await admin.fetch(`/console/audit?itemId=${id}&action=approve`));
    assert.equal(log.items[0]?.email, 'moderator.dresden@test.example');
    assert.equal(log.items[0]?.role, 'moderator');
    assert.equal(log.items[0]?.agencyId, agencies.dresden);
  });

  it('rejects only with a reason, from a template and free text, and mails it', async () => {
    const id = dresdenPending[1] as string;
    const missing = await problemResponse(await moderator.fetch(`/console/items/opportunity/${id}/decision`, { method: 'POST', body: { action: 'reject' } }), 422);
    assert.equal(missing.errors?.[0]?.pointer, '/reason');
    const operator = new Browser(server);
    await operator.signIn('operator@test.example');
    const template = await contractResponse<ReasonTemplate>(
      'createReasonTemplate',
      await operator.fetch('/console/reason-templates', { method: 'POST', body: { title: 'Werbung', text: 'Das ist Werbung, kein Ehrenamt.' } }),
    );
    const result = await contractResponse<DecisionResult>(
      'decideQueueItem',
      await moderator.fetch(`/console/items/opportunity/${id}/decision`, {
        method: 'POST',
        body: { action: 'reject', templateId: template.id, reason: 'Bitte ohne Preisliste.' },
      }),
    );
    assert.equal(result.status, 'rejected');
    const mail = (await outboxTo('decision')).find((message) => /nicht veröffentlicht/.test(message.subject) && message.body.includes('Preisliste'));
    assert.ok(mail?.body.includes('Das ist Werbung, kein Ehrenamt.'));
  });

  it('requests changes (mailed), hides and unhides a published listing', async () => {
    const id = dresdenPending[2] as string;
    const changes = await contractResponse<DecisionResult>(
      'decideQueueItem',
      await moderator.fetch(`/console/items/opportunity/${id}/decision`, { method: 'POST', body: { action: 'request-changes', reason: 'Bitte eine Uhrzeit angeben.' } }),
    );
    assert.equal(changes.status, 'changes-requested');
    assert.ok((await outboxTo('decision')).some((message) => message.body.includes('Bitte eine Uhrzeit angeben.')));
    const published = dresdenPending[0] as string;
    const hidden = await contractResponse<DecisionResult>(
      'decideQueueItem',
      await moderator.fetch(`/console/items/opportunity/${published}/decision`, { method: 'POST', body: { action: 'hide', reason: 'Hinweis auf Betrug wird geprüft.' } }),
    );
    assert.equal(hidden.status, 'hidden');
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${published}`)).status, 404);
    await moderator.fetch(`/console/items/opportunity/${published}/decision`, { method: 'POST', body: { action: 'unhide' } });
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${published}`)).status, 200);
  });

  it('corrects a typo and logs the change as before and after', async () => {
    const id = dresdenPending[3] as string;
    const detail = await contractResponse<QueueItemDetail>(
      'editQueueItem',
      await moderator.fetch(`/console/items/opportunity/${id}`, { method: 'PATCH', body: { title: 'Lesepaten gesucht (korrigiert)' } }),
    );
    assert.equal(detail.title, 'Lesepaten gesucht (korrigiert)');
    const operator = new Browser(server);
    await operator.signIn('operator@test.example');
    const log = await contractResponse<AuditList>('listAuditLog', await operator.fetch(`/console/audit?itemId=${id}&action=edit`));
    const change = log.items[0]?.change as Record<string, { before: string; after: string }>;
    assert.equal(change.title?.after, 'Lesepaten gesucht (korrigiert)');
    assert.notEqual(change.title?.before, change.title?.after);
  });

  it('keeps notes on an item for the agency’s staff', async () => {
    const id = dresdenPending[3] as string;
    const note = await contractResponse<Note>('addItemNote', await moderator.fetch(`/console/items/opportunity/${id}/notes`, { method: 'POST', body: { text: 'Rufe morgen an.' } }));
    assert.equal(note.email, 'moderator.dresden@test.example');
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const detail = await contractResponse<QueueItemDetail>('getQueueItem', await admin.fetch(`/console/items/opportunity/${id}`));
    assert.deepEqual(detail.notes.map((n) => n.text), ['Rufe morgen an.']);
  });

  it('decides in bulk and reports each item: another agency’s item is not found, a decided one a conflict', async () => {
    const [fresh] = await pendingIn(server, 'dresden', 1);
    const result = await contractResponse<BulkDecisionResult>(
      'decideQueueItems',
      await moderator.fetch('/console/bulk-decision', {
        method: 'POST',
        body: {
          action: 'approve',
          items: [
            { kind: 'opportunity', id: fresh },
            { kind: 'opportunity', id: leipzigPending[0] },
            { kind: 'opportunity', id: dresdenPending[0] },
          ],
        },
      }),
    );
    assert.deepEqual(result.results.map((r) => [r.ok, r.status ?? r.problem?.status]), [[true, 'published'], [false, 404], [false, 409]]);
    const leipzig = await server.db.pool.query<{ status: string }>('SELECT status FROM opportunities WHERE id = $1', [leipzigPending[0]]);
    assert.equal(leipzig.rows[0]?.status, 'pending');
  });

  it('gives an agency API token its agency’s queue on the old moderation endpoints, and logs its use', async () => {
    const admin = new Browser(server);
    await admin.signIn('admin.leipzig@test.example');
    const token = await contractResponse<ApiTokenCreated>('createApiToken', await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Skript', scope: 'moderate' } }));
    assert.match(token.token, /^mm_/);
    const bearer = { authorization: `Bearer ${token.token}` };
    const pending = await contractResponse<PendingList>('listPending', await fetch(`${server.baseUrl}/moderation/pending`, { headers: bearer }));
    assert.deepEqual(pending.items.map((item) => item.id).sort(), [...leipzigPending].sort());
    await problemResponse(await fetch(`${server.baseUrl}/moderation/opportunity/${dresdenPending[3]}/approve`, { method: 'POST', headers: bearer }), 404);
    assert.equal((await fetch(`${server.baseUrl}/moderation/opportunity/${leipzigPending[0]}/approve`, { method: 'POST', headers: bearer })).status, 200);
    const queue = await contractResponse<Queue>('listQueue', await fetch(`${server.baseUrl}/console/queue`, { headers: bearer }));
    assert.deepEqual(queue.items.map((item) => item.id), [leipzigPending[1]]);
    const log = await contractResponse<AuditList>('listAuditLog', await admin.fetch(`/console/audit?itemId=${leipzigPending[0]}`));
    assert.equal(log.items[0]?.tokenId, token.id);
    const used = await contractResponse<AuditList>('listAuditLog', await admin.fetch('/console/audit?action=token-used'));
    assert.equal(used.items.length, 1, 'token use is logged once an hour, not per request');
    const listed = await admin.fetch('/console/tokens');
    const tokens = await contractResponse<{ items: Array<{ id: string; lastUsedAt: string | null }> }>('listApiTokens', listed);
    assert.ok(tokens.items.find((t) => t.id === token.id)?.lastUsedAt);
  });

  it('routes remote postings and uncovered regions to the operator’s queue', async () => {
    const [meissen] = await pendingIn(server, 'meissen', 1);
    const operator = new Browser(server);
    await operator.signIn('operator@test.example');
    const queue = await contractResponse<Queue>('listQueue', await operator.fetch('/console/queue?agencyId=none'));
    assert.ok(queue.items.some((item) => item.id === meissen && item.agencyId === null));
    assert.ok(queue.items.every((item) => item.agencyId === null));
    const dresden = await contractResponse<Queue>('listQueue', await moderator.fetch('/console/queue'));
    assert.ok(!dresden.items.some((item) => item.id === meissen));
  });
});
