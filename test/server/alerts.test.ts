/**
 * E-mail alerts for a saved search, through the real server, a real SMTP server and a clock the
 * test moves: a subscription needs its mailed confirm link (whose page confirms only by its
 * form's POST); a digest comes at most once a period, only with listings published since the
 * last one that match the search, and not at all when there are none; every digest can be
 * unsubscribed from without JavaScript, by its link's form or a mail program's RFC 8058 POST.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AlertAccepted, AlertInput, PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { contractResponse, problemResponse, sampleOpportunityInput, testAdminToken } from '../support/server.js';
import type { ReceivedMail } from '../support/smtp.js';
import { useMailingServer } from '../support/mailing-server.js';

const mailing = useMailingServer({ opportunities: 5, offers: 2 });
const { advanceDays } = mailing;

const asOperator = { Authorization: `Bearer ${testAdminToken}` };
async function publish(title: string, categories: AlertInput['search']['category']): Promise<string> {
  const response = await postJson(mailing.server.baseUrl, '/opportunities', sampleOpportunityInput({ title, categories: categories! }));
  assert.equal(response.status, 202, await response.clone().text());
  const { id } = (await response.json()) as PostingAccepted;
  const approved = await fetch(`${mailing.server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: asOperator });
  assert.equal(approved.status, 200);
  return id;
}
const subscribe = (input: AlertInput) => postJson(mailing.server.baseUrl, '/alerts', input);
const alertMails = async () => (await mailing.server.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'alert'`)).rows[0]!.n;
const subscriptionsOf = async (email: string) =>
  (await mailing.server.db.pool.query<{ confirmed_at: Date | null }>(`SELECT confirmed_at FROM alert_subscriptions WHERE email = $1`, [email])).rows;
const linkIn = (mail: ReceivedMail, kind: 'confirm' | 'unsubscribe') => {
  const found = new RegExp(`http://\\S+/alerts/${kind}/[A-Za-z0-9_-]{43}`).exec(mail.text);
  assert.ok(found, `no ${kind} link in:\n${mail.text}`);
  return found[0];
};
const postForm = (url: string, body: string, type = 'application/x-www-form-urlencoded') =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body });

const animals: AlertInput = { email: 'leserin@example.net', frequency: 'daily', language: 'de', search: { category: ['tierschutz'], region: ['meissen'] } };

describe('alerts by e-mail', () => {
  let digest: ReceivedMail;

  it('refuses bad input with a problem naming the field', async () => {
    const badAddress = await problemResponse(await subscribe({ ...animals, email: 'nicht-eine-adresse' }), 422);
    assert.ok(JSON.stringify(badAddress.errors).includes('/email'), JSON.stringify(badAddress));
    const badFrequency = await problemResponse(await subscribe({ ...animals, frequency: 'hourly' as 'daily' }), 422);
    assert.ok(JSON.stringify(badFrequency.errors).includes('/frequency'), JSON.stringify(badFrequency));
    const unknownPlace = await problemResponse(await subscribe({ ...animals, search: { near: 'Atlantis' } }), 422);
    assert.deepEqual(unknownPlace.errors?.map((error) => error.pointer), ['/search/near']);
    const noProof = await problemResponse(await postJson(mailing.server.baseUrl, '/alerts', animals, { altcha: null }), 400);
    assert.equal(noProof.errors?.[0]?.header, 'Altcha');
    assert.equal(await alertMails(), 0, 'nothing refused sends mail');
  });

  it('sends a confirm mail and subscribes nothing before its form is sent', async () => {
    const before = await publish('Katzen füttern im Tierheim Meißen', ['tierschutz']);
    assert.ok(before);
    const accepted = await contractResponse<AlertAccepted>('subscribeAlert', await subscribe(animals));
    assert.deepEqual(accepted, { status: 'confirmation-sent' });
    const mail = await mailing.smtp.next((candidate) => candidate.to.includes('leserin@example.net'));
    assert.match(mail.headers.get('subject') ?? '', /^Bitte bestätigen/);
    assert.ok(mail.text.includes('Tierschutz, Landkreis Meißen'), mail.text);
    // A second request within the hour: the same answer, no second mail.
    await contractResponse<AlertAccepted>('subscribeAlert', await subscribe(animals));
    assert.equal(await alertMails(), 1);

    const link = linkIn(mail, 'confirm');
    const page = await fetch(link);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    const html = await page.text();
    assert.ok(html.includes(`<form method="post" action="${new URL(link).pathname}">`), html);
    assert.ok(!html.includes('<script'), 'the page works without JavaScript');
    assert.deepEqual(await subscriptionsOf('leserin@example.net'), [{ confirmed_at: null }], 'opening the link confirms nothing');

    const confirmed = await postForm(link, '');
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /Bestätigt, danke!/);
    assert.notEqual((await subscriptionsOf('leserin@example.net'))[0]?.confirmed_at, null);
    assert.equal((await postForm(link, '')).status, 200, 'a second confirmation changes nothing');
    assert.equal((await fetch(link.replace(/.{4}$/, 'AAAA'))).status, 404, 'a wrong link is refused');
  });

  it('sends a digest once a day with only the new listings that match', async () => {
    await publish('Hunde ausführen für das Tierheim Meißen', ['tierschutz']);
    await publish('Vorlesen in der Stadtbibliothek Meißen', ['bildung']);
    assert.equal(await mailing.server.jobs.runDue(), 0, 'nothing before a day has passed');
    advanceDays(1);
    mailing.advance(60_000);
    assert.equal(await mailing.server.jobs.runDue(), 1);
    digest = await mailing.smtp.next((mail) => mail.to.includes('leserin@example.net') && /^\d+ neue/.test(mail.headers.get('subject') ?? ''));
    assert.equal(digest.headers.get('subject'), '1 neues Angebot / 1 new listing: Tierschutz, Landkreis Meißen');
    assert.ok(digest.text.includes('Hunde ausführen für das Tierheim Meißen'), digest.text);
    assert.ok(!digest.text.includes('Katzen füttern'), 'a listing published before the confirmation is not new');
    assert.ok(!digest.text.includes('Vorlesen'), 'a listing that does not match is left out');
    const unsubscribe = linkIn(digest, 'unsubscribe');
    assert.equal(digest.headers.get('list-unsubscribe'), `<${unsubscribe}>`);
    assert.equal(digest.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');

    await publish('Vogelzählung am Elbufer Meißen', ['tierschutz']);
    assert.equal(await mailing.server.jobs.runDue(), 0, 'no second digest the same day');
    advanceDays(1);
    mailing.advance(60_000);
    assert.equal(await mailing.server.jobs.runDue(), 1);
    const second = await mailing.smtp.next((mail) => mail.text.includes('Vogelzählung'));
    assert.ok(!second.text.includes('Hunde ausführen'), 'a listing is reported once');

    const mails = await alertMails();
    advanceDays(1);
    mailing.advance(60_000);
    assert.equal(await mailing.server.jobs.runDue(), 1, 'the day’s digest job ran');
    assert.equal(await alertMails(), mails, 'but without new listings no mail went');
  });

  it('unsubscribes from the mail’s link without JavaScript, and by a mail program’s one-click POST', async () => {
    const link = linkIn(digest, 'unsubscribe');
    const page = await fetch(link);
    const html = await page.text();
    assert.ok(html.includes(`<form method="post" action="${new URL(link).pathname}">`) && !html.includes('<script'), html);
    assert.equal((await subscriptionsOf('leserin@example.net')).length, 1, 'opening the link unsubscribes nothing');
    const done = await postForm(link, 'List-Unsubscribe=One-Click', 'multipart/form-data; boundary=x');
    assert.equal(done.status, 200);
    assert.match(await done.text(), /Abbestellt/);
    assert.deepEqual(await subscriptionsOf('leserin@example.net'), []);
    assert.equal((await mailing.server.db.pool.query(`SELECT 1 FROM alert_tokens`)).rowCount, 0, 'its tokens are gone with it');
    assert.equal((await postForm(link, '')).status, 200, 'a second unsubscribe says the same');

    await publish('Igelstation Meißen sucht Hilfe', ['tierschutz']);
    const mails = await alertMails();
    advanceDays(1);
    mailing.advance(60_000);
    await mailing.server.jobs.runDue();
    assert.equal(await alertMails(), mails, 'no digest after unsubscribing');
  });

  it('deletes an unconfirmed subscription when its link runs out', async () => {
    await contractResponse('subscribeAlert', await subscribe({ ...animals, email: 'vergessen@example.net', frequency: 'weekly' }));
    assert.equal((await subscriptionsOf('vergessen@example.net')).length, 1);
    advanceDays(6);
    await mailing.server.jobs.runDue();
    assert.equal((await subscriptionsOf('vergessen@example.net')).length, 1);
    advanceDays(1);
    mailing.advance(60_000);
    await mailing.server.jobs.runDue();
    assert.deepEqual(await subscriptionsOf('vergessen@example.net'), []);
  });
});
