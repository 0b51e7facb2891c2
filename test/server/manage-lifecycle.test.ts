/**
 * The listing lifecycle with a clock the test moves (never a sleep): reminders 7 and 3 days
 * before the end, a one-click extend that works without JavaScript, expiry with 30 days to
 * renew, then archived; "still current?" after 90 days, and unanswered for 14 days the listing
 * leaves the search and the agency hears of it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ManagedListing, OpportunityInput, PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { contractResponse, sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
import { addDays, dayMs, daysLater, serviceDay } from '../support/service-days.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../support/smtp.js';

let clock = Date.now();
/** On by whole Saxon days: expiry, reminders and renewal count calendar days in Berlin. */
const advance = (days: number) => (clock = daysLater(clock, days));
/** On by 24 hours a day: "still current?" counts from the moment of publication (`interval '1 day'`). */
const advanceHours = (days: number) => (clock += days * dayMs);
let smtp: TestSmtpServer;
let server: TestServer;
before(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken, env: { SMTP_URL: smtp.url }, clock: () => new Date(clock) });
});
after(async () => {
  await server?.close();
  await smtp?.close();
});

/** The Saxon day `offset` days after the clock's. */
const day = (offset: number) => serviceDay(offset, clock);
const post = async (input: OpportunityInput) => {
  const { id } = (await (await postJson(server.baseUrl, '/opportunities', input)).json()) as PostingAccepted;
  const approved = await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
  assert.equal(approved.status, 200);
  const mail = await smtp.next((m) => m.to.includes(input.contact.email) && /veröffentlicht/.test(m.headers.get('subject') ?? ''));
  return { id, token: tokenIn(mail) };
};
const tokenIn = (mail: ReceivedMail) => {
  const match = /#token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  assert.ok(match, mail.text);
  return match[1] as string;
};
const found = async (word: string) => ((await (await fetch(`${server.baseUrl}/opportunities?q=${encodeURIComponent(word)}`)).json()) as { total: number }).total;
const read = async (token: string) => contractResponse<ManagedListing>('getManagedListing', await fetch(`${server.baseUrl}/manage`, { headers: { Authorization: `Manage ${token}` } }));
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));
/** Runs the lifecycle and waits until the outbox has handed everything to SMTP. */
const run = async () => {
  const summary = await server.lifecycle.run();
  for (;;) {
    const { rows } = await server.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state = 'pending'`);
    if (rows[0]?.n === 0) return summary;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the listing lifecycle', () => {
  it('reminds 7 and 3 days before the end, extends with one click without JavaScript, expires, renews, archives', async () => {
    clock = Date.now();
    const email = 'ende@verein.example';
    const word = 'Fledermauszählung';
    const end = day(10);
    const { token } = await post(sampleOpportunityInput({ title: `${word} am Elbhang`, contact: { name: 'Eva Ende', email, public: false }, expiresAt: end }));
    const before = mailsTo(email).length;

    assert.equal((await run()).reminders, 0, 'ten days before the end: nothing yet');
    advance(3);
    assert.equal((await run()).reminders, 1, 'seven days before: the first reminder');
    assert.equal((await run()).reminders, 0, 'and only once');
    const first = mailsTo(email).slice(before);
    assert.equal(first.length, 1);
    assert.match(first[0]?.headers.get('subject') ?? '', /endet in 7 Tagen/);
    assert.equal((await read(token)).state, 'expiring');
    advance(4);
    assert.equal((await run()).reminders, 1, 'three days before: the second');
    const second = mailsTo(email).at(-1) as ReceivedMail;
    assert.match(second.headers.get('subject') ?? '', /endet in 3 Tagen/);
    const extendLink = /(http:\S+\/manage\/confirm\?action=extend&token=\S+)/.exec(second.text)?.[1];
    assert.ok(extendLink, second.text);

    // A mail scanner following the link changes nothing: the GET only asks.
    const confirmPage = await fetch(extendLink);
    assert.equal(confirmPage.status, 200);
    assert.match(confirmPage.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await confirmPage.text();
    assert.match(html, /<form method="post" action="\/manage\/confirm">/);
    assert.doesNotMatch(html, /<script|style=/);
    assert.equal((await read(token)).expiresAt, end, 'not extended by looking');
    // The form's POST, as a browser without JavaScript sends it.
    const form = new URLSearchParams([...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1] as string, (m[2] as string).replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c)))]));
    const done = await fetch(new URL('/manage/confirm', server.url), { method: 'POST', body: form, headers: { 'Accept-Language': 'en' } });
    assert.equal(done.status, 200);
    const newEnd = addDays(end, 30);
    assert.match(await done.text(), new RegExp(`is extended until ${newEnd}`));
    assert.equal((await read(token)).expiresAt, newEnd);
    assert.equal(await found(word), 1);

    // Past the new end: expired, off search, a mail with "renew".
    advance(34);
    const expiredRun = await run();
    assert.equal(expiredRun.expired, 1);
    assert.equal(await found(word), 0, 'expired is gone from search');
    const expired = await read(token);
    assert.equal(expired.state, 'expired');
    assert.deepEqual(expired.actions, ['renew', 'withdraw']);
    assert.match(mailsTo(email).at(-1)?.headers.get('subject') ?? '', /ist abgelaufen/);
    assert.match(mailsTo(email).at(-1)?.text ?? '', /action=renew&token=/);
    const renewed = await contractResponse<ManagedListing>(
      'actOnManagedListing',
      await fetch(`${server.baseUrl}/manage/actions`, { method: 'POST', headers: { Authorization: `Manage ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'renew' }) }),
    );
    assert.equal(renewed.state, 'published');
    assert.equal(await found(word), 1, 'renewed is back');

    // Expired again and left for more than 30 days: archived.
    advance(31);
    await run();
    assert.equal((await read(token)).state, 'expired');
    advance(31);
    assert.equal((await run()).archived, 1);
    assert.equal((await read(token)).state, 'archived');
  });

  it('writes to an author in the language they posted in, and says how many days are really left', async () => {
    clock = Date.now();
    const email = 'english@club.example';
    const input = sampleOpportunityInput({ title: 'Reading buddies at the library', contact: { name: 'Emma English', email, public: false }, expiresAt: day(5) });
    const { id } = (await (await postJson(server.baseUrl, '/opportunities', input, { headers: { 'Accept-Language': 'en-GB,en;q=0.9,de;q=0.5' } })).json()) as PostingAccepted;
    await fetch(`${server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
    const accepted = await smtp.next((m) => m.to.includes(email));
    assert.match(accepted.text, /Manage|keep it current/);
    await run();
    const reminder = mailsTo(email).at(-1) as ReceivedMail;
    assert.equal(reminder.headers.get('subject'), '“Reading buddies at the library” ends in 5 days');
    assert.match(reminder.text, /^Hello Emma English,/);
    assert.match(reminder.text, /Extend: http:\S+action=extend/);
  });

  it('asks "still current?" after 90 days, takes an unanswered listing off search after 14 more, and tells the agency', async () => {
    clock = Date.now();
    // Nobody covers Meißen here: the operators hear of it.
    await server.db.pool.query(`INSERT INTO staff_accounts (id, email, role) VALUES ($1, 'betrieb@plattform.example', 'operator')`, [randomUUID()]);
    const email = 'aktuell@verein.example';
    const word = 'Streuobstwiesenpflege';
    const input = sampleOpportunityInput({ title: `${word} in Meißen`, contact: { name: 'Otto Obst', email, public: false } });
    delete input.expiresAt;
    const { token } = await post(input);
    const answered = await post({ ...input, title: 'Streuobstwiesenernte in Meißen', contact: { name: 'Olga Obst', email: 'antwortet@verein.example', public: false } });
    // Publication starts the 90 days (the database stamped it with its own time, just now).
    clock = Date.now();

    advanceHours(89);
    assert.equal((await run()).asked, 0, 'day 89: not yet');
    advanceHours(1);
    assert.equal((await run()).asked, 2, 'day 90: both asked');
    assert.equal((await run()).asked, 0, 'once');
    const question = mailsTo(email).at(-1) as ReceivedMail;
    assert.match(question.headers.get('subject') ?? '', /noch aktuell\?/);
    for (const action of ['confirm', 'pause', 'fill', 'withdraw']) assert.match(question.text, new RegExp(`action=${action}&token=`));
    assert.ok((await read(token)).confirmBy);
    // One author answers "yes" with the API.
    await fetch(`${server.baseUrl}/manage/actions`, {
      method: 'POST',
      headers: { Authorization: `Manage ${answered.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'confirm' }),
    });

    advanceHours(13);
    assert.equal((await run()).unconfirmed, 0, 'day 13 of 14: still shown');
    assert.equal(await found(word), 1);
    advanceHours(1);
    assert.equal((await run()).unconfirmed, 1, 'day 14: the unanswered one leaves the search');
    assert.equal(await found(word), 0);
    assert.equal(await found('Streuobstwiesenernte'), 1, 'the answered one stays');
    assert.equal((await read(token)).state, 'unconfirmed');
    assert.match(mailsTo(email).at(-1)?.headers.get('subject') ?? '', /wird nicht mehr angezeigt/);
    const agency = mailsTo('betrieb@plattform.example');
    assert.equal(agency.length, 1);
    assert.match(agency[0]?.headers.get('subject') ?? '', new RegExp(`Nicht bestätigt.*${word}`));

    // "Yes, still current" brings it back.
    const back = await contractResponse<ManagedListing>(
      'actOnManagedListing',
      await fetch(`${server.baseUrl}/manage/actions`, { method: 'POST', headers: { Authorization: `Manage ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'confirm' }) }),
    );
    assert.equal(back.state, 'published');
    assert.equal(await found(word), 1);
  });
});
