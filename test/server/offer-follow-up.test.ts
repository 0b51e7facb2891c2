/**
 * The follow-up on contact requests to volunteers' offers (table `offer_contacts`), through the
 * real server, a real SMTP server and a clock the test moves: 14 days after the request its
 * sender is asked once whether the volunteer replied, on the same answer pages as the
 * opportunities' follow-up; the answer lands in the figures; a link answers only its own request.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostingAccepted, Statistics, StatisticsRow, UnansweredList } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { contractResponse, sampleInterestInput, sampleOfferInput, testAdminToken } from '../support/server.js';
import type { ReceivedMail } from '../support/smtp.js';
import { useMailingServer } from '../support/mailing-server.js';

const mailing = useMailingServer({ opportunities: 2, offers: 0 });
const { advanceDays, runJobs } = mailing;

const asOperator = { Authorization: `Bearer ${testAdminToken}` };
const submit = async (path: string, body: unknown) => {
  const response = await postJson(mailing.server.baseUrl, path, body);
  assert.equal(response.status, 202, await response.clone().text());
  return ((await response.json()) as PostingAccepted).id;
};
async function publishedOffer(title: string): Promise<string> {
  const id = await submit('/offers', sampleOfferInput({ title, area: { place: 'Meißen', radiusKm: 10 } }));
  const approved = await fetch(`${mailing.server.baseUrl}/moderation/offer/${id}/approve`, { method: 'POST', headers: asOperator });
  assert.equal(approved.status, 200, await approved.clone().text());
  return id;
}
const question = (mail: ReceivedMail) => /^Hat sich die oder der Freiwillige gemeldet\?/.test(mail.headers.get('subject') ?? '');
/** The answer links of a follow-up mail, by answer. */
function links(mail: ReceivedMail): Record<string, string> {
  const found = [...mail.text.matchAll(/(http:\/\/\S+\/follow-up\/[A-Za-z0-9_-]+)\?answer=([a-z-]+)/g)];
  return Object.fromEntries(found.map((match): [string, string] => [match[2] ?? '', `${match[1] ?? ''}?answer=${match[2] ?? ''}`]));
}
const answer = (link: string, value: string) =>
  fetch(link.split('?')[0]!, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `answer=${value}` });
const states = async () =>
  Object.fromEntries(
    (await mailing.server.db.pool.query<{ email: string; state: string }>('SELECT email, state FROM offer_contacts ORDER BY email')).rows.map((row) => [row.email, row.state]),
  );
async function figures(): Promise<StatisticsRow> {
  const response = await fetch(`${mailing.server.baseUrl}/statistics?region=meissen&interval=total`, { headers: asOperator });
  return (await contractResponse<Statistics>('getStatistics', response)).totals[0]!;
}

describe('follow-up on a contact request to an offer', () => {
  const senders = ['tafel@verein.example', 'chor@verein.example', 'garten@verein.example'];
  let mails: ReceivedMail[];
  let offer: string;
  let initial: StatisticsRow;

  it('asks each sender exactly once, 14 days after the request, in German and English', async () => {
    initial = await figures();
    offer = await publishedOffer('Ich fahre Einkäufe für Ältere in Meißen aus');
    const other = await publishedOffer('Ich helfe beim Umzug in Coswig');
    await submit(`/offers/${offer}/interests`, sampleInterestInput({ name: 'Tafel Meißen', email: senders[0] }));
    await submit(`/offers/${offer}/interests`, sampleInterestInput({ name: 'Chor Meißen', email: senders[1] }));
    await submit(`/offers/${other}/interests`, sampleInterestInput({ name: 'Gartenverein', email: senders[2] }));
    assert.equal((await figures()).contactRequests, initial.contactRequests + 3, 'requests to offers are contact requests in the figures');
    assert.equal(await runJobs(), 0, 'nothing is due at once');
    advanceDays(13);
    assert.equal(await runJobs(), 0, 'nothing is due after 13 days');
    advanceDays(1.001);
    assert.equal(await runJobs(), 3);
    mails = await Promise.all(senders.map((email) => mailing.smtp.next((mail) => mail.to.includes(email) && question(mail))));
    assert.equal(mails[0]!.headers.get('subject'), 'Hat sich die oder der Freiwillige gemeldet? / Has the volunteer replied? („Ich fahre Einkäufe für Ältere in Meißen aus“)');
    assert.match(mails[0]!.text, /^Hallo Tafel Meißen,/);
    assert.ok(mails[0]!.text.includes('auf das Hilfsangebot „Ich fahre Einkäufe für Ältere in Meißen aus“ geantwortet'), mails[0]!.text);
    assert.ok(mails[0]!.text.includes('Two weeks ago you wrote to the volunteer behind the offer'), mails[0]!.text);
    assert.deepEqual(Object.keys(links(mails[0]!)).sort(), ['answered', 'no-answer', 'placed']);
    assert.equal(await runJobs(), 0, 'the question is asked once');
    advanceDays(1);
    assert.equal(await runJobs(), 0);
    for (const email of senders) assert.equal(mailing.smtp.received.filter((mail) => mail.to.includes(email) && question(mail)).length, 1, email);
  });

  it('shows the shared confirm page on GET, asking about the volunteer, without answering', async () => {
    const response = await fetch(links(mails[0]!).placed!);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<h1>Hat sich die oder der Freiwillige gemeldet\? <span lang="en">Has the volunteer replied\?<\/span><\/h1>/);
    assert.match(html, /Ihre Anfrage zu „Ich fahre Einkäufe für Ältere in Meißen aus“/);
    assert.match(html, /<input type="radio" name="answer" id="answer-placed" value="placed" checked required>/);
    assert.doesNotMatch(html, /<script/);
    assert.equal((await states())[senders[0]!], 'sent');
  });

  it('records the answer on POST for that one request only, and the figures count it', async () => {
    const before = await figures();
    const response = await answer(links(mails[0]!).placed!, 'placed');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Danke für Ihre Antwort!/);
    assert.deepEqual(await states(), { [senders[0]!]: 'placed', [senders[1]!]: 'sent', [senders[2]!]: 'sent' });
    const after = await figures();
    assert.equal(after.placements, before.placements + 1);
    assert.equal(after.replies, before.replies + 1);
    assert.equal(after.contactRequests, before.contactRequests);
    assert.equal(typeof after.medianFirstReplyHours, 'number');

    // One "no reply" is counted, and is not yet a pattern.
    assert.equal((await answer(links(mails[1]!)['no-answer']!, 'no-answer')).status, 200);
    assert.equal((await figures()).noReply, before.noReply + 1);
    assert.equal((await mailing.server.db.pool.query('SELECT 1 FROM unanswered_flags')).rowCount, 0);
    assert.equal((await mailing.server.db.pool.query(`SELECT 1 FROM outbox WHERE topic = 'unanswered'`)).rowCount, 0);
  });

  it('refuses another request’s link changed by one character, and leaves every request as it was', async () => {
    const secret = links(mails[2]!).placed!.split('/follow-up/')[1]!.split('?')[0]!;
    const mangled = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    const page = await fetch(`${mailing.server.url}/follow-up/${mangled}?answer=placed`);
    assert.equal(page.status, 404);
    assert.match(await page.text(), /Dieser Link gilt nicht \(mehr\)/);
    assert.equal((await answer(`${mailing.server.url}/follow-up/${mangled}`, 'answered')).status, 404);
    assert.deepEqual(await states(), { [senders[0]!]: 'placed', [senders[1]!]: 'no-answer', [senders[2]!]: 'sent' });
    // The garden club's own link answers the garden club's request, on the other offer.
    assert.equal((await answer(links(mails[2]!).answered!, 'answered')).status, 200);
    assert.deepEqual(await states(), { [senders[0]!]: 'placed', [senders[1]!]: 'no-answer', [senders[2]!]: 'answered' });
    const total = await figures();
    assert.deepEqual(
      { requests: total.contactRequests - initial.contactRequests, replies: total.replies - initial.replies, placements: total.placements - initial.placements, noReply: total.noReply - initial.noReply },
      { requests: 3, replies: 2, placements: 1, noReply: 1 },
    );
  });

  it('flags the offer after a second "no reply", tells its volunteer once, and lists it for staff', async () => {
    // The food bank changes its mind: no reply after all. Two of the offer's requests now say so.
    assert.equal((await answer(links(mails[0]!)['no-answer']!, 'no-answer')).status, 200);
    const notice = await mailing.smtp.next((mail) => mail.to.includes('gartenfreundin@example.com') && /ohne Antwort/.test(mail.headers.get('subject') ?? ''));
    assert.equal(notice.headers.get('subject'), 'Anfragen zu „Ich fahre Einkäufe für Ältere in Meißen aus“ bisher ohne Antwort / Requests without a reply');
    assert.match(notice.text, /^Guten Tag Gartenfreundin,/);
    assert.match(notice.text, /2 Interessierte haben uns mitgeteilt, dass sie auf ihre Anfrage zu Ihrem Hilfsangebot „Ich fahre Einkäufe/);
    const unanswered = async () => contractResponse<UnansweredList>('listUnanswered', await fetch(`${mailing.server.baseUrl}/console/unanswered`, { headers: asOperator }));
    const flagged = (await unanswered()).items.filter((item) => item.id === offer);
    assert.equal(flagged.length, 1);
    assert.deepEqual(
      { kind: flagged[0]!.kind, organisation: flagged[0]!.organisation, noReply: flagged[0]!.noReply, requests: flagged[0]!.requests, region: flagged[0]!.region },
      { kind: 'offer', organisation: 'Gartenfreundin', noReply: 2, requests: 2, region: 'meissen' },
    );
    assert.equal((await unanswered()).items.length, 1, 'the other offer, with one answered request, is not flagged');
    // Answering "no reply" again while the flag is open neither flags nor mails again.
    assert.equal((await answer(links(mails[1]!)['no-answer']!, 'no-answer')).status, 200);
    assert.equal((await mailing.server.db.pool.query(`SELECT 1 FROM outbox WHERE topic = 'unanswered'`)).rowCount, 1);
    const resolved = await fetch(`${mailing.server.baseUrl}/console/unanswered/${offer}/resolve`, { method: 'POST', headers: asOperator });
    assert.equal(resolved.status, 204);
    assert.deepEqual((await unanswered()).items, []);
    const audit = await mailing.server.db.pool.query<{ item_kind: string }>(`SELECT item_kind FROM audit_log WHERE action = 'unanswered-resolve' AND item_id = $1`, [offer]);
    assert.deepEqual(audit.rows, [{ item_kind: 'offer' }]);
  });
});
