/**
 * The SDK's manage client against the reference server: the token from the acceptance mail's
 * link reads and changes that listing; a wrong one is a typed ApiError; asking for links again
 * answers the same for any address.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { ApiError, createClient, createManageClient, manageTokenFrom, requestManageLinks } from '../../packages/sdk/src/index.js';
import { postJson } from '../support/altcha.js';
import { sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { addDays, serviceDay as day } from '../support/service-days.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

describe('SDK: the manage client', () => {
  let server: TestServer;
  let smtp: TestSmtpServer;
  let token: string;
  before(async () => {
    smtp = await startSmtpServer();
    server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken, env: { SMTP_URL: smtp.url } });
    const input = sampleOpportunityInput({ title: 'Kletterwand betreuen im SDK-Test', contact: { name: 'Susi SDK', email: 'sdk@verein.example', public: false } });
    const { id } = (await (await postJson(server.baseUrl, '/opportunities', input)).json()) as PostingAccepted;
    await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
    const mail = await smtp.next((m) => m.to.includes('sdk@verein.example'));
    const link = /http:\S+\/manage\/#token=\S+/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);
    token = manageTokenFrom(link) as string;
  });
  after(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('reads, pauses, resumes and extends the listing its link opens', async () => {
    const manage = createManageClient({ baseUrl: server.baseUrl, token });
    const listing = await manage.get();
    assert.equal(listing.title, 'Kletterwand betreuen im SDK-Test');
    assert.equal((await manage.pause()).state, 'paused');
    assert.equal((await manage.resume()).state, 'published');
    const end = listing.expiresAt as string;
    const later = addDays(end, 10);
    assert.equal((await manage.extend(later)).expiresAt, later);
  });

  it('marks the listing filled until a day, and a day not ahead is a typed 422 naming /filledUntil', async () => {
    const manage = createManageClient({ baseUrl: server.baseUrl, token });
    await assert.rejects(
      manage.fill(day(0)),
      (error: unknown) => error instanceof ApiError && error.status === 422 && error.problem.errors?.[0]?.pointer === '/filledUntil',
    );
    assert.equal((await manage.get()).state, 'published', 'a refused fill changed nothing');
    const filled = await manage.fill(day(20));
    assert.equal(filled.state, 'filled');
    assert.equal(filled.filledUntil, day(20));
    assert.equal((await manage.resume()).state, 'published');
  });

  it('keeps it shown as filled through a day (an object of days), found flagged in search; a day too far is a typed 422 naming /showFilledUntil', async () => {
    const manage = createManageClient({ baseUrl: server.baseUrl, token });
    await assert.rejects(
      manage.fill({ showFilledUntil: day(31) }),
      (error: unknown) => error instanceof ApiError && error.status === 422 && error.problem.errors?.[0]?.pointer === '/showFilledUntil',
    );
    assert.equal((await manage.get()).state, 'published', 'a refused fill changed nothing');
    const filled = await manage.fill({ filledUntil: day(20), showFilledUntil: day(5) });
    assert.equal(filled.state, 'filled');
    assert.equal(filled.filledUntil, day(20));
    assert.equal(filled.showFilledUntil, day(5));
    const found = await createClient({ baseUrl: server.baseUrl }).opportunities.search({ q: 'Kletterwand' });
    const hit = found.items.find((item) => item.id === filled.id);
    assert.equal(hit?.filled, true, 'still found while shown as filled, flagged');
    assert.equal((await manage.resume()).state, 'published');
  });

  it('throws a typed error for a wrong link, and asks for links without telling anything', async () => {
    const wrong = createManageClient({ baseUrl: server.baseUrl, token: 'A'.repeat(43) });
    await assert.rejects(wrong.get(), (error: unknown) => error instanceof ApiError && error.status === 401 && /manage-link-invalid$/.test(error.problem.type ?? ''));
    assert.deepEqual(await requestManageLinks({ baseUrl: server.baseUrl }, 'wer@auch.immer.example'), { status: 'accepted' });
  });
});
