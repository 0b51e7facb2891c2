/**
 * Moderation over HTTP: bearer token only, switched off (404) without a configured token, and a
 * decision shows through the public API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ModerationResult, PendingList, PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import {
  contractResponse,
  problemResponse,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';

const seed = { opportunities: 10, offers: 3 };

describe('moderation without an admin token', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed });
  });
  after(() => server?.close());

  it('is switched off: every moderation route answers 404 "moderation disabled", with or without a token', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const requests: [string, RequestInit][] = [
      ['/moderation/pending', {}],
      ['/moderation/pending', { headers: { Authorization: `Bearer ${testAdminToken}` } }],
      [`/moderation/opportunity/${id}/approve`, { method: 'POST' }],
      [`/moderation/offer/${id}/reject`, { method: 'POST', body: '{"reason":"Spam"}', headers: { 'Content-Type': 'application/json' } }],
    ];
    for (const [path, init] of requests) {
      const problem = await problemResponse(await fetch(`${server.baseUrl}${path}`, init), 404);
      assert.equal(problem.type, 'https://mitmachen.dev/problems/moderation-disabled');
      assert.match(problem.detail ?? '', /MITMACHEN_ADMIN_TOKEN/);
    }
  });
});

describe('moderation with an admin token', () => {
  let server: TestServer;
  const auth = { Authorization: `Bearer ${testAdminToken}` };
  before(async () => {
    server = await startTestServer({ seed, adminToken: testAdminToken });
  });
  after(() => server?.close());

  const moderate = (path: string, init: RequestInit = {}) =>
    fetch(`${server.baseUrl}/moderation${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
  const submit = async (path: string, body: unknown) => (await (await postJson(server.baseUrl, path, body)).json()) as PostingAccepted;

  it('answers 401 with a Bearer challenge without a token', async () => {
    const response = await fetch(`${server.baseUrl}/moderation/pending`);
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    await problemResponse(response, 401);
    const basic = await fetch(`${server.baseUrl}/moderation/pending`, { headers: { Authorization: 'Basic YWRtaW46YWRtaW4=' } });
    assert.match(basic.headers.get('www-authenticate') ?? '', /^Bearer/);
    await problemResponse(basic, 401);
  });

  it('answers 403 for a wrong token, before looking at the request', async () => {
    const wrong = { Authorization: `Bearer ${testAdminToken}x` };
    await problemResponse(await fetch(`${server.baseUrl}/moderation/pending`, { headers: wrong }), 403);
    const response = await fetch(`${server.baseUrl}/moderation/opportunity/not-a-uuid/reject`, {
      method: 'POST',
      body: '{',
      headers: { ...wrong, 'Content-Type': 'application/json' },
    });
    await problemResponse(response, 403);
  });

  it('lists pending postings, never cached', async () => {
    const accepted = await submit('/opportunities', sampleOpportunityInput({ title: 'Zur Prüfung: Lesepaten gesucht' }));
    const response = await moderate('/pending?kind=opportunity&pageSize=50');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const pending = await contractResponse<PendingList>('listPending', response);
    assert.ok(pending.items.some((item) => item.id === accepted.id && item.kind === 'opportunity'));
    assert.ok(pending.items.every((item) => item.kind === 'opportunity'));
  });

  it('validates its parameters like every route', async () => {
    const problem = await problemResponse(await moderate('/pending?kind=event'), 400);
    assert.equal(problem.errors?.[0]?.parameter, 'kind');
    const path = await problemResponse(await moderate('/poster/00000000-0000-4000-8000-000000000000/approve', { method: 'POST' }), 400);
    assert.equal(path.errors?.[0]?.parameter, 'kind');
  });

  it('approves a posting, which then shows through the public API; a second decision is a conflict', async () => {
    const accepted = await submit('/opportunities', sampleOpportunityInput({ title: 'Bald sichtbar: Vorlesen im Hort' }));
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${accepted.id}`)).status, 404);
    const result = await contractResponse<ModerationResult>('approvePosting', await moderate(`/opportunity/${accepted.id}/approve`, { method: 'POST' }));
    assert.deepEqual(result, { kind: 'opportunity', id: accepted.id, status: 'published' });
    const published = await contractResponse<{ id: string; title: string }>('getOpportunity', await fetch(`${server.baseUrl}/opportunities/${accepted.id}`));
    assert.equal(published.title, 'Bald sichtbar: Vorlesen im Hort');
    await problemResponse(await moderate(`/opportunity/${accepted.id}/approve`, { method: 'POST' }), 409);
  });

  it('rejects an offer with a reason; it stays invisible', async () => {
    const accepted = await submit('/offers', sampleOfferInput());
    const response = await moderate(`/offer/${accepted.id}/reject`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'Bitte ohne Telefonnummer im Text.' }),
      headers: { 'Content-Type': 'application/json' },
    });
    const result = await contractResponse<ModerationResult>('rejectPosting', response);
    assert.deepEqual(result, { kind: 'offer', id: accepted.id, status: 'rejected' });
    assert.equal((await fetch(`${server.baseUrl}/offers/${accepted.id}`)).status, 404);
  });

  it('needs a reason to reject (422 at /reason)', async () => {
    const accepted = await submit('/offers', sampleOfferInput());
    const response = await moderate(`/offer/${accepted.id}/reject`, {
      method: 'POST',
      body: JSON.stringify({ reason: 'no' }),
      headers: { 'Content-Type': 'application/json' },
    });
    const problem = await problemResponse(response, 422);
    assert.deepEqual(problem.errors?.map((error) => error.pointer), ['/reason']);
  });

  it('answers 404 for a posting that does not exist', async () => {
    await problemResponse(await moderate('/offer/00000000-0000-4000-8000-000000000000/approve', { method: 'POST' }), 404);
  });

  describe('what search shows', () => {
    const search = async (kind: 'opportunities' | 'offers', q: string) =>
      ((await (await fetch(`${server.baseUrl}/${kind}?q=${encodeURIComponent(q)}&pageSize=50`)).json()) as { items: { id: string }[] }).items.map((item) => item.id);

    it('finds an approved posting by the very next search, though the same search was answered (and cached) before', async () => {
      const opportunity = await submit('/opportunities', sampleOpportunityInput({ title: 'Kulissenbau für die Zauberflötenprobe' }));
      const offer = await submit('/offers', sampleOfferInput({ title: 'Ich nähe Kostüme für Theatergruppen' }));
      assert.deepEqual(await search('opportunities', 'Zauberflötenprobe'), [], 'pending is not found');
      assert.deepEqual(await search('offers', 'Kostüme'), []);
      await moderate(`/opportunity/${opportunity.id}/approve`, { method: 'POST' });
      await moderate(`/offer/${offer.id}/approve`, { method: 'POST' });
      assert.deepEqual(await search('opportunities', 'Zauberflötenprobe'), [opportunity.id]);
      assert.deepEqual(await search('offers', 'Kostüme'), [offer.id]);
    });

    it('never shows a rejected posting', async () => {
      const opportunity = await submit('/opportunities', sampleOpportunityInput({ title: 'Abgelehnt: Schnupperkurs Trommelwirbel' }));
      await moderate(`/opportunity/${opportunity.id}/reject`, {
        method: 'POST',
        body: JSON.stringify({ reason: 'Kein Ehrenamt.' }),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.deepEqual(await search('opportunities', 'Trommelwirbel'), []);
      assert.equal((await fetch(`${server.baseUrl}/opportunities/${opportunity.id}`)).status, 404);
    });

    it('stops showing a published posting once it has expired', async () => {
      const opportunity = await submit('/opportunities', sampleOpportunityInput({ title: 'Bald vorbei: Laternenumzug begleiten' }));
      await moderate(`/opportunity/${opportunity.id}/approve`, { method: 'POST' });
      assert.deepEqual(await search('opportunities', 'Laternenumzug'), [opportunity.id]);
      await server.db.pool.query(`UPDATE opportunities SET expires_at = current_date - 1 WHERE id = $1`, [opportunity.id]);
      assert.deepEqual(await search('opportunities', 'Laternenumzug'), []);
      assert.equal((await fetch(`${server.baseUrl}/opportunities/${opportunity.id}`)).status, 404);
    });
  });
});
