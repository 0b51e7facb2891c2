/**
 * The moderators' decision mails speak the author's language: a posting sent with an English
 * Accept-Language gets its acceptance (with the manage link) and its rejection in English, one
 * sent in German (or in a language the mails do not have) in German.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PostingAccepted } from '@mitmachen/contract';
import { postJson } from '../support/altcha.js';
import { sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: { opportunities: 5, offers: 2 }, adminToken: testAdminToken });
});
after(() => server?.close());

const admin = { Authorization: `Bearer ${testAdminToken}`, 'content-type': 'application/json' };
async function posted(email: string, acceptLanguage: string): Promise<string> {
  const input = sampleOpportunityInput({ contact: { name: 'Sam Taylor', email, public: false } });
  const response = await postJson(server.baseUrl, '/opportunities', input, { headers: { 'Accept-Language': acceptLanguage } });
  assert.equal(response.status, 202);
  return ((await response.json()) as PostingAccepted).id;
}
async function decide(id: string, decision: 'approve' | 'reject', body?: unknown): Promise<void> {
  const response = await fetch(`${server.baseUrl}/moderation/opportunity/${id}/${decision}`, { method: 'POST', headers: admin, body: JSON.stringify(body ?? {}) });
  assert.equal(response.status, 200, await response.text());
}
async function mailTo(email: string): Promise<{ subject: string; body: string }> {
  const { rows } = await server.db.pool.query<{ subject: string; body: string }>(`SELECT subject, body FROM outbox WHERE topic = 'decision' AND recipient = $1`, [email]);
  assert.equal(rows.length, 1, `one decision mail to ${email}`);
  return rows[0]!;
}

describe('decision mails in the author’s language', () => {
  it('accepts in English, with the manage link explained in English', async () => {
    await decide(await posted('sam@club.example', 'en-GB,en;q=0.9,de;q=0.5'), 'approve');
    const mail = await mailTo('sam@club.example');
    assert.match(mail.subject, /^Your volunteering opportunity “.+” is published$/);
    assert.match(mail.body, /^Hello Sam Taylor,/);
    assert.match(mail.body, /can be found on mitmachen from now on/);
    assert.match(mail.body, /\/manage\/#token=[A-Za-z0-9_-]{43}/);
    assert.doesNotMatch(mail.body, /Guten Tag|Vielen Dank|Engagementangebot/);
    assert.match(mail.body, /Your e-mail address was not passed on\.$/);
  });

  it('rejects in English with the editors’ reason', async () => {
    await decide(await posted('kim@club.example', 'en'), 'reject', { reason: 'Please add who to contact.' });
    const mail = await mailTo('kim@club.example');
    assert.match(mail.subject, /was not published$/);
    assert.match(mail.body, /The editors’ reason:\nPlease add who to contact\./);
    assert.match(mail.body, /You are welcome to revise it and submit it again\./);
  });

  it('stays German for German and for languages the mails do not have', async () => {
    for (const [email, language] of [['de@club.example', 'de-DE,de;q=0.9'], ['uk@club.example', 'uk,ru;q=0.8']] as const) {
      await decide(await posted(email, language), 'approve');
      const mail = await mailTo(email);
      assert.match(mail.subject, /^Ihr Engagementangebot „.+“ ist veröffentlicht$/, language);
      assert.match(mail.body, /^Guten Tag Sam Taylor,/);
    }
  });
});
