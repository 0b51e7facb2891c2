/**
 * Anyone may contact the author of a published offer through the platform and report a
 * published listing; reports reach the moderators, who dismiss them or take the listing down.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted, ReportList, ReportResolution } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleReportInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';

let server: TestServer;
let opportunityIds: string[];
let offerIds: string[];
const auth = { Authorization: `Bearer ${testAdminToken}` };
before(async () => {
  server = await startTestServer({ seed: { opportunities: 10, offers: 6 }, adminToken: testAdminToken });
  const ids = async (path: string) =>
    ((await (await fetch(`${server.baseUrl}${path}?pageSize=5`)).json()) as { items: { id: string }[] }).items.map((item) => item.id);
  opportunityIds = await ids('/opportunities');
  offerIds = await ids('/offers');
});
after(() => server?.close());

const moderate = (path: string, init: RequestInit = {}) =>
  fetch(`${server.baseUrl}/moderation${path}`, { ...init, headers: { ...auth, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });
const resolve = (id: string, body: unknown) => moderate(`/reports/${id}/resolve`, { method: 'POST', body: JSON.stringify(body) });
const pendingOffer = async () => ((await (await postJson(server.baseUrl, '/offers', sampleOfferInput())).json()) as PostingAccepted).id;

describe('contacting the author of an offer', () => {
  it('stores the message for the relay (202), never answering with the author’s address', async () => {
    const response = await postJson(server.baseUrl, `/offers/${offerIds[0]}/interests`, sampleInterestInput());
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const text = await response.clone().text();
    const accepted = await contractResponse<PostingAccepted>('contactOffer', response);
    const stored = await server.db.pool.query('SELECT name, email, phone, message FROM offer_contacts WHERE id = $1', [accepted.id]);
    const { name, email, phone, message } = sampleInterestInput();
    assert.deepEqual(stored.rows, [{ name, email, phone, message }]);
    const author = await server.db.pool.query<{ email: string }>('SELECT email FROM offers WHERE id = $1', [offerIds[0]]);
    assert.ok(!text.includes(author.rows[0]!.email));
  });

  it('answers 404 for an offer that is unknown or not published', async () => {
    await problemResponse(await postJson(server.baseUrl, '/offers/00000000-0000-4000-8000-000000000000/interests', sampleInterestInput()), 404);
    await problemResponse(await postJson(server.baseUrl, `/offers/${await pendingOffer()}/interests`, sampleInterestInput()), 404);
  });
});

describe('reports', () => {
  it('are accepted for published listings (202) and need a reason of 10 characters', async () => {
    const response = await postJson(server.baseUrl, `/opportunities/${opportunityIds[0]}/reports`, sampleReportInput());
    await contractResponse('reportOpportunity', response);
    const short = await problemResponse(await postJson(server.baseUrl, `/offers/${offerIds[0]}/reports`, { reason: 'Spam' }), 422);
    assert.deepEqual(short.errors?.map((error) => error.pointer), ['/reason']);
    const none = await problemResponse(await postJson(server.baseUrl, `/offers/${offerIds[0]}/reports`, {}), 422);
    assert.deepEqual(none.errors?.map((error) => error.pointer), ['/reason']);
  });

  it('answer 404 for a listing that is not published', async () => {
    await problemResponse(await postJson(server.baseUrl, `/offers/${await pendingOffer()}/reports`, sampleReportInput()), 404);
    await problemResponse(await postJson(server.baseUrl, '/opportunities/00000000-0000-4000-8000-000000000000/reports', sampleReportInput()), 404);
  });

  it('reach the moderators only, with the token', async () => {
    await problemResponse(await fetch(`${server.baseUrl}/moderation/reports`), 401);
    await problemResponse(await fetch(`${server.baseUrl}/moderation/reports`, { headers: { Authorization: 'Bearer wrong-token-0123456789' } }), 403);
    const accepted = (await (await postJson(server.baseUrl, `/offers/${offerIds[1]}/reports`, sampleReportInput({ reason: 'Wirkt wie Werbung für eine Firma.' }))).json()) as PostingAccepted;
    const response = await moderate('/reports?kind=offer&pageSize=50');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const list = await contractResponse<ReportList>('listReports', response);
    const report = list.items.find((item) => item.id === accepted.id);
    assert.deepEqual(
      report && { kind: report.kind, listingId: report.listingId, reason: report.reason, email: report.email, status: report.status, listingStatus: report.listingStatus },
      { kind: 'offer', listingId: offerIds[1], reason: 'Wirkt wie Werbung für eine Firma.', email: 'hinweis@example.net', status: 'open', listingStatus: 'published' },
    );
    assert.ok(list.items.every((item) => item.kind === 'offer' && item.status === 'open'));
  });

  it('can be dismissed: the listing stays, the report moves to the dismissed list', async () => {
    const accepted = (await (await postJson(server.baseUrl, `/opportunities/${opportunityIds[1]}/reports`, sampleReportInput())).json()) as PostingAccepted;
    const resolution = await contractResponse<ReportResolution>('resolveReport', await resolve(accepted.id, { action: 'dismiss', note: 'Geprüft, alles korrekt.' }));
    assert.deepEqual(resolution, { id: accepted.id, status: 'dismissed', kind: 'opportunity', listingId: opportunityIds[1], listingStatus: 'published' });
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${opportunityIds[1]}`)).status, 200);
    const open = (await (await moderate('/reports?pageSize=50')).json()) as ReportList;
    assert.ok(!open.items.some((item) => item.id === accepted.id));
    const dismissed = (await (await moderate('/reports?status=dismissed&pageSize=50')).json()) as ReportList;
    assert.equal(dismissed.items.find((item) => item.id === accepted.id)?.note, 'Geprüft, alles korrekt.');
    await problemResponse(await resolve(accepted.id, { action: 'dismiss' }), 409);
  });

  it('can take the listing down: gone from the API and from search, every open report about it closed', async () => {
    const id = opportunityIds[2] as string;
    const title = ((await (await fetch(`${server.baseUrl}/opportunities/${id}`)).json()) as { title: string }).title;
    const reports = await Promise.all(
      ['Das ist eine Werbeanzeige.', 'Hier werden Daten abgefischt.'].map(
        async (reason) => ((await (await postJson(server.baseUrl, `/opportunities/${id}/reports`, { reason })).json()) as PostingAccepted).id,
      ),
    );
    const missingNote = await problemResponse(await resolve(reports[0] as string, { action: 'unpublish' }), 422);
    assert.deepEqual(missingNote.errors?.map((error) => error.pointer), ['/note']);
    const resolution = (await (await resolve(reports[0] as string, { action: 'unpublish', note: 'Kein Ehrenamt, sondern Werbung.' })).json()) as ReportResolution;
    assert.equal(resolution.listingStatus, 'rejected');
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${id}`)).status, 404);
    const search = (await (await fetch(`${server.baseUrl}/opportunities?q=${encodeURIComponent(title)}&pageSize=50`)).json()) as { items: { id: string }[] };
    assert.ok(!search.items.some((item) => item.id === id));
    const closed = (await (await moderate('/reports?status=unpublished&pageSize=50')).json()) as ReportList;
    assert.deepEqual(closed.items.filter((item) => item.listingId === id).map((item) => item.id).sort(), [...reports].sort());
    const stored = await server.db.pool.query('SELECT rejection_reason FROM opportunities WHERE id = $1', [id]);
    assert.deepEqual(stored.rows, [{ rejection_reason: 'Kein Ehrenamt, sondern Werbung.' }]);
  });

  it('answers 404 for an unknown report', async () => {
    await problemResponse(await resolve('00000000-0000-4000-8000-000000000000', { action: 'dismiss' }), 404);
  });
});
