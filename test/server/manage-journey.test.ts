/**
 * An author keeps a listing true with the manage link from the acceptance mail, on the real
 * server with a real SMTP server: post → approve → mail with link → edit, pause, resume,
 * extend, mark filled, withdraw, each visible in search at once; contacts counted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ManagedListing, OfferInput, OpportunityInput, PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import {
  contractResponse,
  problemResponse,
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';
import { serviceDay as day } from '../support/service-days.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

let smtp: TestSmtpServer;
let server: TestServer;
before(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken, env: { SMTP_URL: smtp.url } });
});
after(async () => {
  await server?.close();
  await smtp?.close();
});

const submit = async (body: OpportunityInput) => ((await (await postJson(server.baseUrl, '/opportunities', body)).json()) as PostingAccepted).id;
const approve = async (id: string) => {
  const response = await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
  assert.equal(response.status, 200, await response.text());
};
const found = async (word: string) => ((await (await fetch(`${server.baseUrl}/opportunities?q=${encodeURIComponent(word)}`)).json()) as { total: number }).total;
const manage = (token: string, path = '', body?: unknown) =>
  fetch(`${server.baseUrl}/manage${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Manage ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const act = async (token: string, action: string, extra: Record<string, unknown> = {}) =>
  contractResponse<ManagedListing>('actOnManagedListing', await manage(token, '/actions', { action, ...extra }));

describe('the manage link', () => {
  it('comes with the acceptance mail and lets the author keep the listing true, each change in search at once', async () => {
    const word = 'Quastenflosserpflege';
    const email = 'journey@verein.example';
    const input = sampleOpportunityInput({ title: `${word} im Naturkundemuseum`, contact: { name: 'Jana Reise', email, public: false }, expiresAt: day(60) });
    const id = await submit(input);
    assert.equal(await found(word), 0, 'pending is not found');
    await approve(id);
    const mail = await smtp.next((m) => m.to.includes(email) && /veröffentlicht/.test(m.headers.get('subject') ?? ''));
    const link = /(http:\/\/127\.0\.0\.1:\d+)\/manage\/#token=([A-Za-z0-9_-]{43})/.exec(mail.text);
    assert.ok(link, `no manage link in:\n${mail.text}`);
    assert.equal(link[1], server.url, 'the link points at this server');
    const token = link[2] as string;

    let listing = await contractResponse<ManagedListing>('getManagedListing', await manage(token));
    assert.equal(listing.id, id);
    assert.equal(listing.state, 'published');
    assert.equal(listing.contactCount, 0);
    assert.equal(listing.expiresAt, day(60));
    assert.deepEqual(listing.opportunity?.title, input.title, 'the posting comes back for the edit form');
    assert.deepEqual(listing.actions, ['extend', 'pause', 'fill', 'withdraw', 'confirm']);
    assert.equal(await found(word), 1);

    // Contacts are counted, never shown.
    await postJson(server.baseUrl, `/opportunities/${id}/interests`, sampleInterestInput());
    listing = await contractResponse<ManagedListing>('getManagedListing', await manage(token));
    assert.equal(listing.contactCount, 1);

    assert.equal((await act(token, 'pause')).state, 'paused');
    assert.equal(await found(word), 0, 'paused is gone from search');
    assert.equal((await act(token, 'resume')).state, 'published');
    assert.equal(await found(word), 1, 'resumed is back');

    listing = await act(token, 'extend', { expiresAt: day(90) });
    assert.equal(listing.expiresAt, day(90));
    const detail = (await (await fetch(`${server.baseUrl}/opportunities/${id}`)).json()) as { expiresAt: string };
    assert.equal(detail.expiresAt, day(90), 'the public detail shows the new end date');
    const tooFar = await problemResponse(await manage(token, '/actions', { action: 'extend', expiresAt: day(400) }), 422);
    assert.equal(tooFar.errors?.[0]?.pointer, '/expiresAt');

    // A new phone number needs no review; a new title does.
    listing = await contractResponse<ManagedListing>('editManagedOpportunity', await manage(token, '/opportunity', { ...input, expiresAt: day(90), contact: { ...input.contact, phone: '0351 111' } }));
    assert.equal(listing.state, 'published');
    assert.equal(await found(word), 1);
    const invalid = await problemResponse(await manage(token, '/opportunity', { ...input, title: 'x' }), 422);
    assert.ok(invalid.errors?.some((error) => error.pointer === '/title'), JSON.stringify(invalid));
    listing = await contractResponse<ManagedListing>('editManagedOpportunity', await manage(token, '/opportunity', { ...input, expiresAt: day(90), title: `${word} und Seekühe` }));
    assert.equal(listing.state, 'pending', 'a new text goes back to review');
    assert.equal(await found(word), 0, 'and out of search until approved');
    await approve(id);
    assert.equal(await found('Seekühe'), 1, 'approved again: the new title is found');

    assert.equal((await act(token, 'fill')).state, 'filled');
    assert.equal(await found(word), 0, 'filled is gone from search');
    assert.equal((await act(token, 'resume')).state, 'published');
    assert.equal(await found(word), 1);

    listing = await act(token, 'withdraw');
    assert.equal(listing.state, 'withdrawn');
    assert.deepEqual(listing.actions, []);
    assert.equal(await found(word), 0, 'withdrawn is gone at once');
    assert.equal((await fetch(`${server.baseUrl}/opportunities/${id}`)).status, 404);
    const refused = await problemResponse(await manage(token, '/actions', { action: 'resume' }), 409);
    assert.match(refused.type ?? '', /action-not-possible$/);
    await problemResponse(await manage(token, '/opportunity', input), 409);
  });

  it('lets a volunteer manage an own offer: new availability stays published, a new text goes back to review', async () => {
    const email = 'helferin@privat.example';
    const word = 'Fahrradflickerei';
    const input: OfferInput = sampleOfferInput({ title: `${word} für die Nachbarschaft`, email });
    const { id } = (await (await postJson(server.baseUrl, '/offers', input)).json()) as PostingAccepted;
    const approved = await fetch(`${server.baseUrl}/moderation/offer/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
    assert.equal(approved.status, 200);
    const mail = await smtp.next((m) => m.to.includes(email) && /veröffentlicht/.test(m.headers.get('subject') ?? ''));
    const token = /#token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] as string;
    const offers = async () => ((await (await fetch(`${server.baseUrl}/offers?q=${word}`)).json()) as { total: number }).total;
    assert.equal(await offers(), 1);
    let listing = await contractResponse<ManagedListing>('getManagedListing', await manage(token));
    assert.equal(listing.kind, 'offer');
    assert.deepEqual(listing.actions, ['pause', 'fill', 'withdraw', 'confirm'], 'offers have no end date to extend');
    assert.equal(listing.offer?.email, email);
    listing = await contractResponse<ManagedListing>('editManagedOffer', await manage(token, '/offer', { ...input, availability: { type: 'flexible' } }));
    assert.equal(listing.state, 'published');
    assert.equal(await offers(), 1);
    listing = await contractResponse<ManagedListing>('editManagedOffer', await manage(token, '/offer', { ...input, description: `${input.description} Werkzeug bringe ich mit.` }));
    assert.equal(listing.state, 'pending');
    assert.equal(await offers(), 0);
    await problemResponse(await manage(token, '/actions', { action: 'extend' }), 409);
  });
});
