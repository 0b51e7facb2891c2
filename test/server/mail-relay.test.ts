/**
 * What reaches people by mail, through the real server and a real SMTP server on loopback:
 * a volunteer's contact request goes to the opportunity's contact person (replies to the
 * volunteer), a message to an offer's author goes to the author without revealing them, and
 * moderation decisions reach the authors, with the reason when rejected.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import {
  sampleInterestInput,
  sampleOfferInput,
  sampleOpportunityInput,
  startTestServer,
  testAdminToken,
  type TestServer,
} from '../support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.js';

let smtp: TestSmtpServer;
let server: TestServer;
const from = '"mitmachen Sachsen" <post@mitmachen.example.org>';
before(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    seed: { opportunities: 5, offers: 2 },
    adminToken: testAdminToken,
    env: { SMTP_URL: smtp.url, MITMACHEN_MAIL_FROM: from },
  });
});
after(async () => {
  await server?.close();
  await smtp?.close();
});

const submit = async (path: string, body: unknown) => ((await (await postJson(server.baseUrl, path, body)).json()) as PostingAccepted).id;
const decide = (kind: string, id: string, action: 'approve' | 'reject', reason?: string) =>
  fetch(`${server.baseUrl}/moderation/${kind}/${id}/${action}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${testAdminToken}`, ...(reason ? { 'Content-Type': 'application/json' } : {}) },
    ...(reason ? { body: JSON.stringify({ reason }) } : {}),
  });
const uuidMessageId = /^<[0-9a-f-]{36}@mitmachen\.example\.org>$/;

describe('mail from the outbox', () => {
  it('tells an organisation its opportunity is published, then relays a volunteer’s request to it', async () => {
    const title = 'Lesepatenschaft im Stadtteiltreff Pieschen';
    const opportunity = await submit('/opportunities', sampleOpportunityInput({ title, contact: { name: 'Anna Beispiel', email: 'anna@verein.example', public: false } }));
    assert.equal((await decide('opportunity', opportunity, 'approve')).status, 200);
    const published = await smtp.next((mail) => mail.to.includes('anna@verein.example') && /veröffentlicht/.test(mail.headers.get('subject') ?? ''));
    assert.equal(published.headers.get('subject'), `Ihr Engagementangebot „${title}“ ist veröffentlicht`);
    assert.match(published.headers.get('from') ?? '', /^"?mitmachen Sachsen"? <post@mitmachen\.example\.org>$/);
    assert.match(published.text, /^Guten Tag Anna Beispiel,/);

    const interest = sampleInterestInput({ name: 'Jörg Müller', email: 'joerg@example.net', phone: '0351 987654', message: 'Ich lese gern vor und hätte dienstags Zeit.' });
    await submit(`/opportunities/${opportunity}/interests`, interest);
    const relayed = await smtp.next((mail) => mail.headers.get('subject') === `Neue Anfrage zu „${title}“`);
    assert.deepEqual(relayed.to, ['anna@verein.example']);
    assert.match(relayed.headers.get('reply-to') ?? '', /^"?Jörg Müller"? <joerg@example\.net>$/);
    assert.match(relayed.headers.get('message-id') ?? '', uuidMessageId);
    assert.equal(relayed.headers.get('auto-submitted'), 'auto-generated');
    for (const line of ['Name: Jörg Müller', 'E-Mail: joerg@example.net', 'Telefon: 0351 987654', 'Ich lese gern vor und hätte dienstags Zeit.']) {
      assert.ok(relayed.text.includes(line), `${line}\n---\n${relayed.text}`);
    }
    // Recorded as sent right after the SMTP server said yes.
    const states = async () => (await server.db.pool.query<{ state: string }>(`SELECT state FROM outbox WHERE subject = $1`, [`Neue Anfrage zu „${title}“`])).rows;
    while ((await states())[0]?.state === 'pending') await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await states(), [{ state: 'sent' }]);
  });

  it('relays a message to the volunteer behind an offer, who alone decides to reveal their address', async () => {
    const title = 'Ich repariere Fahrräder für Nachbarn';
    const offer = await submit('/offers', sampleOfferInput({ title, displayName: 'Schrauber Uwe', email: 'uwe.privat@example.com' }));
    await decide('offer', offer, 'approve');
    await submit(`/offers/${offer}/interests`, sampleInterestInput({ name: 'Radwerkstatt Löbtau e. V.', email: 'werkstatt@example.org', message: 'Wir suchen Verstärkung für unsere offene Werkstatt.' }));
    const mail = await smtp.next((candidate) => candidate.headers.get('subject') === `Anfrage zu Ihrem Hilfsangebot „${title}“`);
    assert.deepEqual(mail.to, ['uwe.privat@example.com']);
    assert.match(mail.headers.get('reply-to') ?? '', /^"?Radwerkstatt Löbtau e\. V\."? <werkstatt@example\.org>$/);
    assert.match(mail.text, /^Hallo Schrauber Uwe,/);
    assert.ok(mail.text.includes('Wir suchen Verstärkung für unsere offene Werkstatt.'));
  });

  it('tells the author why a posting was rejected', async () => {
    const title = 'Helfer für Umzug gesucht, gegen Bezahlung';
    const opportunity = await submit('/opportunities', sampleOpportunityInput({ title, contact: { name: 'Karl Klein', email: 'karl@firma.example', public: false } }));
    const reason = 'Bezahlte Tätigkeiten sind kein Ehrenamt. Bitte wenden Sie sich an die Arbeitsagentur.';
    assert.equal((await decide('opportunity', opportunity, 'reject', reason)).status, 200);
    const mail = await smtp.next((candidate) => candidate.headers.get('subject') === `Ihr Engagementangebot „${title}“ wurde nicht veröffentlicht`);
    assert.deepEqual(mail.to, ['karl@firma.example']);
    assert.equal(mail.headers.get('reply-to'), undefined);
    assert.ok(mail.text.includes(`Begründung der Redaktion:\n${reason}`), mail.text);
    const stored = await server.db.pool.query('SELECT rejection_reason FROM opportunities WHERE id = $1', [opportunity]);
    assert.deepEqual(stored.rows, [{ rejection_reason: reason }]);
  });
});
