/**
 * The follow-up on contact requests, through the real server, a real SMTP server and a clock the
 * test moves: 14 days after a request the volunteer is asked once whether the organisation
 * replied; the mailed link shows a confirm page and only its form's POST answers; the answer
 * lands in the figures; two "no reply" answers flag the listing and tell the organisation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostingAccepted, Statistics, UnansweredList } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { contractResponse, sampleInterestInput, sampleOpportunityInput, testAdminToken } from '../support/server.js';
import type { ReceivedMail } from '../support/smtp.js';
import { useMailingServer } from '../support/mailing-server.js';

const mailing = useMailingServer({ opportunities: 5, offers: 2 });
const { advanceDays, runJobs } = mailing;

const submit = async (path: string, body: unknown) => {
  const response = await postJson(mailing.server.baseUrl, path, body);
  assert.equal(response.status, 202, await response.clone().text());
  return ((await response.json()) as PostingAccepted).id;
};
const asOperator = { Authorization: `Bearer ${testAdminToken}` };
async function publishedOpportunity(title: string, email: string): Promise<string> {
  const id = await submit('/opportunities', sampleOpportunityInput({ title, contact: { name: 'Anna Beispiel', email, public: false } }));
  const approved = await fetch(`${mailing.server.baseUrl}/moderation/opportunity/${id}/approve`, { method: 'POST', headers: asOperator });
  assert.equal(approved.status, 200);
  return id;
}
const followUps = () => mailing.smtp.received.filter((mail) => mail.headers.get('subject')?.startsWith('Hat sich die Organisation gemeldet?'));
/** The answer links of a follow-up mail, by answer. */
function links(mail: ReceivedMail): Record<string, string> {
  const found = [...mail.text.matchAll(/(http:\/\/\S+\/follow-up\/[A-Za-z0-9_-]+)\?answer=([a-z-]+)/g)];
  return Object.fromEntries(found.map((match): [string, string] => [match[2] ?? '', `${match[1] ?? ''}?answer=${match[2] ?? ''}`]));
}
const stateOf = async (interest: string) =>
  (await mailing.server.db.pool.query<{ state: string }>('SELECT state FROM interests WHERE id = $1', [interest])).rows[0]?.state;
const answer = (link: string, value: string) =>
  fetch(link.split('?')[0]!, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `answer=${value}` });
async function figures(): Promise<Statistics> {
  const response = await fetch(`${mailing.server.baseUrl}/statistics?region=meissen&interval=total`, { headers: asOperator });
  return contractResponse<Statistics>('getStatistics', response);
}

describe('follow-up on a contact request', () => {
  let interest: string;
  let mail: ReceivedMail;

  it('asks the volunteer once, 14 days after the request, in German and English', async () => {
    const opportunity = await publishedOpportunity('Vorlesen im Seniorenheim Meißen', 'heim@verein.example');
    interest = await submit(`/opportunities/${opportunity}/interests`, sampleInterestInput({ name: 'Jörg Müller', email: 'joerg@example.net' }));
    assert.equal(await runJobs(), 0, 'nothing is due at once');
    advanceDays(13);
    assert.equal(await runJobs(), 0, 'nothing is due after 13 days');
    advanceDays(1);
    mailing.advance(60_000);
    assert.equal(await runJobs(), 1);
    mail = await mailing.smtp.next((candidate) => candidate.to.includes('joerg@example.net') && /gemeldet/.test(candidate.headers.get('subject') ?? ''));
    assert.equal(mail.headers.get('subject'), 'Hat sich die Organisation gemeldet? / Has the organisation replied? („Vorlesen im Seniorenheim Meißen“)');
    assert.match(mail.text, /^Hallo Jörg Müller,/);
    assert.ok(mail.text.includes('Ja, und wir sind uns einig geworden:') && mail.text.includes('Yes, and we agreed:'), mail.text);
    assert.deepEqual(Object.keys(links(mail)).sort(), ['answered', 'no-answer', 'placed']);
    assert.equal(await runJobs(), 0, 'the question is asked once');
    advanceDays(1);
    assert.equal(await runJobs(), 0);
    assert.equal(followUps().filter((candidate) => candidate.to.includes('joerg@example.net')).length, 1);
  });

  it('shows a confirm page on GET without answering (mail scanners follow links)', async () => {
    const response = await fetch(links(mail).placed!);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<input type="radio" name="answer" id="answer-placed" value="placed" checked required>/);
    assert.match(html, /<form method="post" action="\/follow-up\/[A-Za-z0-9_-]{43}">/);
    assert.equal(await stateOf(interest), 'sent');
  });

  it('records the answer on POST, and the figures count it', async () => {
    const before = (await figures()).totals[0]!;
    const response = await answer(links(mail).placed!, 'placed');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Danke für Ihre Antwort!/);
    assert.equal(await stateOf(interest), 'placed');
    const after = (await figures()).totals[0]!;
    assert.equal(after.placements, before.placements + 1);
    assert.equal(after.replies, before.replies + 1);
    assert.equal(after.contactRequests, before.contactRequests);
    assert.equal(typeof after.medianFirstReplyHours, 'number');
  });

  it('refuses a wrong or mangled link with a clear page, and a POST without an answer', async () => {
    const secret = links(mail).placed!.split('/follow-up/')[1]!.split('?')[0]!;
    const wrong = await fetch(`${mailing.server.url}/follow-up/${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}?answer=placed`);
    assert.equal(wrong.status, 404);
    assert.match(await wrong.text(), /Dieser Link gilt nicht \(mehr\)/);
    const short = await answer(`${mailing.server.url}/follow-up/abc`, 'no-answer');
    assert.equal(short.status, 404);
    const empty = await fetch(`${mailing.server.url}/follow-up/${secret}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'answer=maybe' });
    assert.equal(empty.status, 400);
    assert.match(await empty.text(), /role="alert"/);
    assert.equal(await stateOf(interest), 'placed');
  });
});

describe('repeated "no reply"', () => {
  it('flags the listing after the second, mails the organisation once, and lists it for staff', async () => {
    const title = 'Hausaufgabenhilfe im Jugendtreff Coswig';
    const opportunity = await publishedOpportunity(title, 'treff@verein.example');
    const volunteers = ['erste@example.net', 'zweite@example.net', 'dritte@example.net'];
    for (const email of volunteers) await submit(`/opportunities/${opportunity}/interests`, sampleInterestInput({ email }));
    advanceDays(15);
    assert.equal(await runJobs(), 3);
    const asked = await Promise.all(volunteers.map((email) => mailing.smtp.next((mail) => mail.to.includes(email) && /gemeldet/.test(mail.headers.get('subject') ?? ''))));
    const notices = async () =>
      (await mailing.server.db.pool.query(`SELECT id FROM outbox WHERE topic = 'unanswered' AND recipient = 'treff@verein.example'`)).rowCount;

    assert.equal((await answer(links(asked[0]!)['no-answer']!, 'no-answer')).status, 200);
    const unanswered = async () => contractResponse<UnansweredList>('listUnanswered', await fetch(`${mailing.server.baseUrl}/console/unanswered`, { headers: asOperator }));
    assert.equal((await unanswered()).items.some((item) => item.id === opportunity), false, 'one "no reply" is not yet a pattern');

    assert.equal((await answer(links(asked[1]!)['no-answer']!, 'no-answer')).status, 200);
    const mail = await mailing.smtp.next((candidate) => candidate.to.includes('treff@verein.example') && /ohne Antwort/.test(candidate.headers.get('subject') ?? ''));
    assert.equal(mail.headers.get('subject'), `Anfragen zu „${title}“ bisher ohne Antwort / Requests without a reply`);
    assert.match(mail.text, /2 Interessierte haben uns mitgeteilt/);
    const flagged = (await unanswered()).items.find((item) => item.id === opportunity);
    assert.ok(flagged, 'the listing is in the unanswered list');
    assert.deepEqual(
      { noReply: flagged.noReply, requests: flagged.requests, answered: flagged.answered, placed: flagged.placed, region: flagged.region, notified: flagged.organisationNotifiedAt !== null },
      { noReply: 2, requests: 3, answered: 0, placed: 0, region: 'meissen', notified: true },
    );

    // A third "no reply" while the flag is open neither flags again nor mails again.
    assert.equal((await answer(links(asked[2]!)['no-answer']!, 'no-answer')).status, 200);
    assert.equal((await unanswered()).items.filter((item) => item.id === opportunity).length, 1);
    const figures = await fetch(`${mailing.server.baseUrl}/statistics?region=meissen&interval=total`, { headers: asOperator });
    assert.ok((await contractResponse<Statistics>('getStatistics', figures)).totals[0]!.noReply >= 3);
    assert.equal(await notices(), 1, 'the organisation is told once');

    // Staff close the flag: it leaves the list, and the closing is in the audit log.
    const resolved = await fetch(`${mailing.server.baseUrl}/console/unanswered/${opportunity}/resolve`, { method: 'POST', headers: asOperator });
    assert.equal(resolved.status, 204);
    assert.equal((await unanswered()).items.some((item) => item.id === opportunity), false);
    const again = await fetch(`${mailing.server.baseUrl}/console/unanswered/${opportunity}/resolve`, { method: 'POST', headers: asOperator });
    assert.equal(again.status, 404);
  });
});
