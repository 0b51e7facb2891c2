/**
 * Manage links under attack: a wrong, revoked or replaced link is refused with a clear problem
 * (and a clear page); one listing's link never reaches another; staff reissue and revoke only
 * within their agency, audited; "send me my links again" never tells whether an address exists.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ManagedListing, ManageLinkIssued, OpportunityInput, PostingAccepted } from '@mitmachen/contract';
import { digest, newSecret } from '../../packages/server/src/console/secrets.js';
import { postJson } from '../support/altcha.js';
import { contractResponse, problemResponse, sampleOfferInput, sampleOpportunityInput, startTestServer, testAdminToken, type TestServer } from '../support/server.js';
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

const tokenIn = (text: string) => /#token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];
async function published(kind: 'opportunity' | 'offer', input: OpportunityInput | ReturnType<typeof sampleOfferInput>, email: string): Promise<{ id: string; token: string }> {
  const posted = await postJson(server.baseUrl, kind === 'opportunity' ? '/opportunities' : '/offers', input);
  const { id } = (await posted.clone().json()) as PostingAccepted;
  assert.equal(posted.status, 202, await posted.text());
  const approved = await fetch(`${server.baseUrl}/moderation/${kind}/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${testAdminToken}` } });
  assert.equal(approved.status, 200);
  const mail = await smtp.next((m) => m.to.includes(email) && /veröffentlicht/.test(m.headers.get('subject') ?? '') && m.text.includes(input.title));
  const token = tokenIn(mail.text);
  assert.ok(token, mail.text);
  return { id, token };
}
const manage = (token: string | undefined, path = '', body?: unknown) =>
  fetch(`${server.baseUrl}/manage${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token === undefined ? {} : { Authorization: `Manage ${token}` }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const staff = (token: string, method: 'POST' | 'DELETE', kind: string, id: string) =>
  fetch(`${server.baseUrl}/console/items/${kind}/${id}/manage-link`, { method, headers: { Authorization: `Bearer ${token}` } });
const refused = async (response: Response) => {
  const problem = await problemResponse(response, 401);
  assert.match(problem.type ?? '', /manage-link-invalid$/);
  assert.match(problem.detail ?? '', /ask for your links again/i);
};

describe('manage link security', () => {
  it('refuses a missing, malformed, wrong, revoked and replaced link, in the API and on the page', async () => {
    const email = 'sicher@verein.example';
    const { id, token } = await published('opportunity', sampleOpportunityInput({ title: 'Sichere Sache im Verein', contact: { name: 'Sina', email, public: false } }), email);
    await contractResponse<ManagedListing>('getManagedListing', await manage(token));

    await refused(await manage(undefined));
    await refused(await manage('nonsense'));
    await refused(await manage(newSecret()));
    await refused(await fetch(`${server.baseUrl}/manage`, { headers: { Authorization: `Bearer ${token}` } }));
    await refused(await manage(newSecret(), '/actions', { action: 'withdraw' }));

    // Staff reissue: the old link dies at once, the new one is mailed and works.
    const issued = await contractResponse<ManageLinkIssued>('reissueManageLink', await staff(testAdminToken, 'POST', 'opportunity', id));
    assert.equal(issued.mailedTo, email);
    const fresh = tokenIn(issued.url) as string;
    await refused(await manage(token));
    const page = await fetch(`${server.url}/manage/confirm?action=extend&token=${token}`);
    assert.equal(page.status, 401);
    assert.match(await page.text(), /Dieser Link gilt nicht/);
    const mailed = await smtp.next((m) => m.to.includes(email) && m.text.includes(fresh));
    assert.match(mailed.headers.get('subject') ?? '', /Links zum Verwalten/);
    assert.equal((await contractResponse<ManagedListing>('getManagedListing', await manage(fresh))).id, id);

    // Revoked: nothing opens it any more, and both are in the audit log.
    assert.equal((await staff(testAdminToken, 'DELETE', 'opportunity', id)).status, 204);
    await refused(await manage(fresh));
    const { rows } = await server.db.pool.query<{ action: string }>(`SELECT action FROM audit_log WHERE item_id = $1 AND action LIKE 'manage-link-%' ORDER BY id`, [id]);
    assert.deepEqual(rows.map((row) => row.action), ['manage-link-reissue', 'manage-link-revoke']);
    // Only digests are stored.
    const stored = await server.db.pool.query<{ token_hash: string }>('SELECT token_hash FROM manage_links WHERE listing_id = $1', [id]);
    assert.ok(stored.rows.length >= 2);
    assert.ok(stored.rows.every((row) => row.token_hash !== token && row.token_hash !== fresh));
    assert.ok(stored.rows.some((row) => row.token_hash === digest(fresh)));
  });

  it('never lets one listing’s link reach another', async () => {
    const a = await published('opportunity', sampleOpportunityInput({ title: 'Angebot A im Test', contact: { name: 'Anton', email: 'a@verein.example', public: false } }), 'a@verein.example');
    const b = await published('opportunity', sampleOpportunityInput({ title: 'Angebot B im Test', contact: { name: 'Berta', email: 'b@verein.example', public: false } }), 'b@verein.example');
    const offer = await published('offer', sampleOfferInput({ title: 'Hilfe C im Test', email: 'c@privat.example' }), 'c@privat.example');
    assert.equal((await contractResponse<ManagedListing>('getManagedListing', await manage(a.token))).id, a.id);
    assert.equal((await contractResponse<ManagedListing>('getManagedListing', await manage(offer.token))).kind, 'offer');
    // The API takes no listing id at all: the link alone says which. A's pause leaves B be.
    assert.equal((await contractResponse<ManagedListing>('actOnManagedListing', await manage(a.token, '/actions', { action: 'pause' }))).state, 'paused');
    assert.equal((await contractResponse<ManagedListing>('getManagedListing', await manage(b.token))).state, 'published');
    // An offer's link cannot edit an opportunity, nor the other way round.
    await problemResponse(await manage(offer.token, '/opportunity', sampleOpportunityInput()), 409);
    await problemResponse(await manage(a.token, '/offer', sampleOfferInput()), 409);
    const { rows } = await server.db.pool.query<{ title: string }>('SELECT title FROM opportunities WHERE id = $1', [b.id]);
    assert.equal(rows[0]?.title, 'Angebot B im Test');
  });

  it('lets an agency’s staff reissue links only for their own region’s listings', async () => {
    const { id } = await published('opportunity', sampleOpportunityInput({ title: 'Regionales Angebot im Test', contact: { name: 'Rita', email: 'r@verein.example', public: false } }), 'r@verein.example');
    const agency = randomUUID();
    await server.db.pool.query(`INSERT INTO agencies (id, name) VALUES ($1, 'Andere Agentur')`, [agency]);
    await server.db.pool.query(`INSERT INTO agency_regions (region, agency_id) VALUES ('leipzig', $1)`, [agency]);
    const secret = `mm_${newSecret()}`;
    await server.db.pool.query(`INSERT INTO api_tokens (id, secret_hash, prefix, name, agency_id, scope) VALUES ($1, $2, $3, 'Leipzig', $4, 'moderate')`, [
      randomUUID(),
      digest(secret),
      secret.slice(0, 10),
      agency,
    ]);
    // The listing is in Meißen, not Leipzig: for this agency it does not exist.
    assert.equal((await staff(secret, 'POST', 'opportunity', id)).status, 404);
    assert.equal((await staff(secret, 'DELETE', 'opportunity', id)).status, 404);
  });

  it('answers "send me my links" the same for a known and an unknown address, and mails only the known one', async () => {
    const email = 'bekannt@verein.example';
    const { token } = await published('opportunity', sampleOpportunityInput({ title: 'Bekanntes Angebot im Test', contact: { name: 'Karl', email, public: false } }), email);
    const ask = (address: string) => fetch(`${server.baseUrl}/manage/resend`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: address }) });
    const known = await ask(email);
    const unknown = await ask('niemand@nirgends.example');
    assert.equal(known.status, 202);
    assert.equal(unknown.status, 202);
    const headers = (response: Response) => [...response.headers].filter(([name]) => !['date', 'content-length'].includes(name)).sort();
    assert.deepEqual(headers(known), headers(unknown));
    assert.equal(await known.text(), await unknown.text());

    // The lookup runs later, from the job queue.
    const mail = await smtp.next((m) => m.to.includes(email) && /Links zum Verwalten/.test(m.headers.get('subject') ?? ''));
    assert.match(mail.text, /Bekanntes Angebot im Test/);
    const resent = tokenIn(mail.text) as string;
    assert.notEqual(resent, token);
    await contractResponse<ManagedListing>('getManagedListing', await manage(resent));
    await contractResponse<ManagedListing>('getManagedListing', await manage(token));
    await server.lifecycle.run();
    const { rows } = await server.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM lifecycle_jobs WHERE state = 'pending'`);
    assert.equal(rows[0]?.n, 0, 'both jobs done');
    assert.equal(smtp.received.filter((m) => m.to.includes('niemand@nirgends.example')).length, 0);
  });
});
