/**
 * The console's defences, tried on the real server: every endpoint without a session, sessions
 * that ended (idle, absolute, revoked, account disabled), sign-in links used twice, late or in
 * another browser, changes without the CSRF token, every endpoint with every agency role against
 * the other agency's records, and API token scopes. Every attempt is refused and none leaks data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { ApiTokenCreated, BulkDecisionResult, ReasonTemplate } from '@mitmachen/contract';
import { purgeSignInLinks } from '../../packages/server/src/console/sessions.js';
import { loadDocument, operations } from '../contract/openapi-document.js';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';
import { Browser, latestLinkToken, pendingIn, seedStaff } from './console-client.js';


interface Probe {
  operationId: string;
  method: string;
  path: string;
  body?: unknown;
}

/** Leipzig's records, which no one from Dresden may see or touch. */
interface Targets {
  agency: string;
  item: string;
  /** A volunteer's offer in Leipzig, flagged unanswered. */
  offer: string;
  report: string;
  account: string;
  /** The Leipzig moderator's address, for the DSGVO look-up and erasure. */
  accountEmail: string;
  session: string;
  token: string;
  template: string;
  passkey: string;
  /** A published Leipzig opportunity ending within 90 days (the "expiring" tab's probes). */
  published: string;
}

/** Operations on one's own account only (nothing of another agency to aim at): 401 and CSRF are tried, cross-agency is not. */
const ownOnly = new Set(['passkeyRegistrationOptions', 'addPasskey']);
/** A spreadsheet that would import cleanly, aimed at Leipzig's queue. */
const importFile = readFileSync(new URL('../fixtures/import/angebote.csv', import.meta.url)).toString('base64');
const passkeyAnswer = { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { clientDataJSON: 'e30', attestationObject: 'oA' } };

/** One request per console operation (sign-in aside), aimed at Leipzig's records. */
function probes(t: Targets): Probe[] {
  const item = `/console/items/opportunity/${t.item}`;
  return [
    { operationId: 'getConsoleSession', method: 'GET', path: '/console/session' },
    { operationId: 'listConsoleSessions', method: 'GET', path: `/console/sessions?accountId=${t.account}` },
    { operationId: 'revokeConsoleSession', method: 'POST', path: `/console/sessions/${t.session}/revoke` },
    { operationId: 'listAgencies', method: 'GET', path: '/console/agencies' },
    { operationId: 'createAgency', method: 'POST', path: '/console/agencies', body: { name: 'Übernahme', regions: ['leipzig'] } },
    { operationId: 'updateAgency', method: 'PATCH', path: `/console/agencies/${t.agency}`, body: { name: 'Umbenannt' } },
    { operationId: 'listStaff', method: 'GET', path: `/console/staff?agencyId=${t.agency}` },
    { operationId: 'createStaff', method: 'POST', path: '/console/staff', body: { email: 'neu@test.example', role: 'moderator', agencyId: t.agency } },
    { operationId: 'updateStaff', method: 'PATCH', path: `/console/staff/${t.account}`, body: { disabled: true } },
    { operationId: 'listApiTokens', method: 'GET', path: '/console/tokens' },
    { operationId: 'createApiToken', method: 'POST', path: '/console/tokens', body: { name: 'Fremd', scope: 'moderate', agencyId: t.agency } },
    { operationId: 'revokeApiToken', method: 'POST', path: `/console/tokens/${t.token}/revoke` },
    { operationId: 'listQueue', method: 'GET', path: `/console/queue?agencyId=${t.agency}` },
    { operationId: 'listQueue', method: 'GET', path: '/console/queue?tab=reports' },
    { operationId: 'getQueueItem', method: 'GET', path: item },
    { operationId: 'editQueueItem', method: 'PATCH', path: item, body: { title: 'Fremd geändert' } },
    { operationId: 'claimQueueItem', method: 'POST', path: `${item}/claim` },
    { operationId: 'releaseQueueItem', method: 'DELETE', path: `${item}/claim` },
    { operationId: 'decideQueueItem', method: 'POST', path: `${item}/decision`, body: { action: 'reject', reason: 'Fremd abgelehnt' } },
    { operationId: 'addItemNote', method: 'POST', path: `${item}/notes`, body: { text: 'Fremde Notiz' } },
    { operationId: 'reissueManageLink', method: 'POST', path: `${item}/manage-link` },
    { operationId: 'revokeManageLinks', method: 'DELETE', path: `${item}/manage-link` },
    { operationId: 'decideQueueItems', method: 'POST', path: '/console/bulk-decision', body: { action: 'approve', items: [{ kind: 'opportunity', id: t.item }] } },
    { operationId: 'resolveQueueReport', method: 'POST', path: `/console/reports/${t.report}/resolve`, body: { action: 'dismiss' } },
    { operationId: 'listReasonTemplates', method: 'GET', path: '/console/reason-templates' },
    { operationId: 'createReasonTemplate', method: 'POST', path: '/console/reason-templates', body: { title: 'Fremd', text: 'Fremde Vorlage', agencyId: t.agency } },
    { operationId: 'updateReasonTemplate', method: 'PATCH', path: `/console/reason-templates/${t.template}`, body: { archived: true } },
    { operationId: 'listAuditLog', method: 'GET', path: `/console/audit?accountId=${t.account}` },
    { operationId: 'getConsoleStatistics', method: 'GET', path: '/console/statistics' },
    { operationId: 'listUnanswered', method: 'GET', path: `/console/unanswered?agencyId=${t.agency}` },
    { operationId: 'listUnanswered', method: 'GET', path: '/console/unanswered' },
    { operationId: 'resolveUnanswered', method: 'POST', path: `/console/unanswered/${t.item}/resolve` },
    { operationId: 'resolveUnanswered', method: 'POST', path: `/console/unanswered/${t.offer}/resolve` },
    { operationId: 'listExpiring', method: 'GET', path: `/console/expiring?days=90&agencyId=${t.agency}` },
    { operationId: 'listExpiring', method: 'GET', path: '/console/expiring?days=90' },
    { operationId: 'extendListing', method: 'POST', path: `/console/expiring/${t.published}/extend`, body: {} },
    { operationId: 'askStillCurrent', method: 'POST', path: `/console/expiring/${t.published}/ask` },
    { operationId: 'findPersonalData', method: 'GET', path: `/console/personal-data?email=${t.accountEmail}` },
    { operationId: 'erasePersonalData', method: 'POST', path: '/console/personal-data/erasure', body: { email: t.accountEmail } },
    { operationId: 'listPasskeys', method: 'GET', path: `/console/passkeys?accountId=${t.account}` },
    { operationId: 'passkeyRegistrationOptions', method: 'POST', path: '/console/passkeys/registration-options' },
    { operationId: 'addPasskey', method: 'POST', path: '/console/passkeys', body: { name: 'Fremd', response: passkeyAnswer } },
    { operationId: 'removePasskey', method: 'DELETE', path: `/console/passkeys/${t.passkey}` },
    { operationId: 'importListings', method: 'POST', path: '/console/imports', body: { format: 'csv', file: importFile, agencyId: t.agency } },
    { operationId: 'signOut', method: 'POST', path: '/console/sign-out' },
  ];
}

describe('the console’s security', () => {
  let server: TestServer;
  let agencies: { dresden: string; leipzig: string };
  let targets: Targets;
  let leipzigStaff: string[];
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 300, offers: 50 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off' } });
    agencies = await seedStaff(server);
    const [item] = await pendingIn(server, 'leipzig', 1);
    const db = server.db.pool;
    const published = (await db.query<{ id: string }>(`SELECT id FROM opportunities WHERE status = 'published' AND region = 'leipzig' AND location_type <> 'remote' LIMIT 1`)).rows[0]?.id;
    // Leipzig's listing is also flagged unanswered, for the unanswered list's probes.
    await db.query(`INSERT INTO unanswered_flags (id, opportunity_id, flagged_at, no_reply) VALUES (gen_random_uuid(), $1, now(), 2)`, [item]);
    // And a volunteer's offer there (offers are flagged too since migration 121).
    const offer = (await db.query<{ id: string }>(`SELECT id FROM offers WHERE region = 'leipzig' LIMIT 1`)).rows[0]?.id as string;
    assert.ok(offer, 'the seed has an offer in Leipzig');
    await db.query(`INSERT INTO unanswered_flags (id, offer_id, flagged_at, no_reply) VALUES (gen_random_uuid(), $1, now(), 2)`, [offer]);
    const report = (await db.query<{ id: string }>(`INSERT INTO reports (id, opportunity_id, reason) VALUES (gen_random_uuid(), $1, 'Verdacht auf Werbung') RETURNING id`, [published])).rows[0]?.id;
    const leipzig = new Browser(server);
    const session = await leipzig.signIn('moderator.leipzig@test.example');
    const admin = new Browser(server);
    await admin.signIn('admin.leipzig@test.example');
    const token = await contractResponse<ApiTokenCreated>('createApiToken', await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Leipzig', scope: 'moderate' } }));
    const template = await contractResponse<ReasonTemplate>(
      'createReasonTemplate',
      await admin.fetch('/console/reason-templates', { method: 'POST', body: { title: 'Leipziger Vorlage', text: 'Nur für Leipzig.' } }),
    );
    // A passkey of the Leipzig moderator (its key material does not matter for refusals).
    const passkey = (await db.query<{ id: string }>(
      `INSERT INTO staff_passkeys (id, account_id, credential_id, public_key, name) VALUES (gen_random_uuid(), $1, 'leipzig-credential', '\\x00', 'Leipziger Schlüssel') RETURNING id`,
      [session.account.id],
    )).rows[0]?.id as string;
    // It ends soon, so it is on Leipzig's "expiring" list, and has an address to ask.
    await db.query(`UPDATE opportunities SET expires_at = (now() AT TIME ZONE 'Europe/Berlin')::date + 5 WHERE id = $1`, [published]);
    targets = { published: published as string, agency: agencies.leipzig, item: item as string, offer, report: report as string, account: session.account.id, accountEmail: session.account.email, session: session.id, token: token.id, template: template.id, passkey };
    leipzigStaff = (await db.query<{ id: string; email: string }>('SELECT id, email FROM staff_accounts WHERE agency_id = $1', [agencies.leipzig])).rows.flatMap((r) => [r.id, r.email]);
  });
  after(() => server?.close());

  it('probes every console operation but signing in', async () => {
    const document = await loadDocument();
    const consoleOperations = operations(document)
      .filter(({ path }) => path.startsWith('/v1/console/') && !path.startsWith('/v1/console/sign-in'))
      .map(({ operation }) => String(operation.operationId));
    const probed = new Set(probes(targets).map((probe) => probe.operationId));
    assert.deepEqual(consoleOperations.filter((id) => !probed.has(id)), []);
  });

  it('answers 401 to every operation without a session or token, and says nothing more', async () => {
    for (const probe of probes(targets)) {
      const anonymous = new Browser(server);
      const response = await anonymous.fetch(probe.path, { method: probe.method, body: probe.body });
      const problem = await problemResponse(response, 401);
      assert.match(problem.type, /unauthenticated$/, `${probe.method} ${probe.path}`);
    }
  });

  it('refuses a forged session cookie', async () => {
    const forged = new Browser(server);
    forged.cookies.set('__Host-mitmachen-session', 'A'.repeat(43));
    await problemResponse(await forged.fetch('/console/queue'), 401);
  });

  it('refuses every change without the CSRF token, or with another session’s', async () => {
    const moderator = new Browser(server);
    await moderator.signIn('moderator.dresden@test.example');
    const other = new Browser(server);
    const otherSession = await other.signIn('admin.dresden@test.example');
    for (const probe of probes(targets).filter((p) => p.method !== 'GET')) {
      for (const csrf of [null, otherSession.csrfToken, 'x']) {
        const problem = await problemResponse(await moderator.fetch(probe.path, { method: probe.method, body: probe.body, csrf }), 403);
        assert.match(problem.type, /csrf$/, `${probe.method} ${probe.path} with ${String(csrf)}`);
      }
    }
    // Still signed in: the refusals changed nothing.
    assert.equal((await moderator.fetch('/console/session')).status, 200);
  });

  for (const email of ['admin.dresden@test.example', 'moderator.dresden@test.example', 'analyst.dresden@test.example']) {
    it(`gives ${email.split('@')[0]} nothing of Leipzig’s, on any operation`, async () => {
      const browser = new Browser(server);
      await browser.signIn(email);
      const secrets = [targets.agency, targets.item, targets.offer, targets.published, targets.report, targets.session, targets.token, targets.template, targets.passkey, ...leipzigStaff, 'Leipziger Vorlage', 'Agentur Leipzig', 'Leipziger Schlüssel'];
      for (const probe of probes(targets)) {
        if (probe.operationId === 'signOut' || ownOnly.has(probe.operationId)) continue;
        const response = await browser.fetch(probe.path, { method: probe.method, body: probe.body });
        const text = await response.text();
        const what = `${email}: ${probe.method} ${probe.path} answered ${response.status} ${text.slice(0, 200)}`;
        if (probe.operationId === 'decideQueueItems' && response.status === 200) {
          const result = JSON.parse(text) as BulkDecisionResult;
          assert.deepEqual(result.results.map((r) => [r.ok, r.problem?.status]), [[false, 404]], what);
          continue;
        }
        assert.ok([200, 403, 404].includes(response.status), what);
        if (probe.method !== 'GET') assert.notEqual(response.status, 200, what);
        // A refusal may repeat what was asked for (the id in the path); it must tell nothing else.
        const asked = probe.path + JSON.stringify(probe.body ?? '');
        for (const secret of secrets) if (!asked.includes(secret)) assert.ok(!text.includes(secret), `${what} leaks ${secret}`);
        if (['getConsoleStatistics', 'listUnanswered', 'listExpiring'].includes(probe.operationId)) assert.ok(!text.includes('"leipzig"'), what);
      }
      // Nothing of Leipzig's changed.
      const db = { query: (sql: string, values: unknown[] = []) => server.db.pool.query<Record<string, unknown>>(sql, values) };
      assert.equal((await db.query(`SELECT status FROM opportunities WHERE id = $1`, [targets.item])).rows[0]?.status, 'pending');
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM item_notes WHERE item_id = $1`, [targets.item])).rows[0]?.n, 0);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM manage_links WHERE listing_id = $1`, [targets.item])).rows[0]?.n, 0);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM lifecycle_notices WHERE listing_id = $1`, [targets.published])).rows[0]?.n, 0);
      assert.equal((await db.query(`SELECT (expires_at - (now() AT TIME ZONE 'Europe/Berlin')::date)::int AS n FROM opportunities WHERE id = $1`, [targets.published])).rows[0]?.n, 5);
      assert.equal((await db.query(`SELECT revoked_at FROM api_tokens WHERE id = $1`, [targets.token])).rows[0]?.revoked_at, null);
      assert.equal((await db.query(`SELECT ended_at FROM staff_sessions WHERE id = $1`, [targets.session])).rows[0]?.ended_at, null);
      assert.equal((await db.query(`SELECT disabled_at FROM staff_accounts WHERE id = $1`, [targets.account])).rows[0]?.disabled_at, null);
      assert.equal((await db.query(`SELECT name FROM agencies WHERE id = $1`, [targets.agency])).rows[0]?.name, 'Agentur Leipzig');
      assert.equal((await db.query(`SELECT status FROM reports WHERE id = $1`, [targets.report])).rows[0]?.status, 'open');
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM unanswered_flags WHERE opportunity_id = $1 AND resolved_at IS NULL`, [targets.item])).rows[0]?.n, 1);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM unanswered_flags WHERE offer_id = $1 AND resolved_at IS NULL`, [targets.offer])).rows[0]?.n, 1);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM staff_accounts WHERE email = 'neu@test.example'`)).rows[0]?.n, 0);
      assert.equal((await db.query(`SELECT email FROM staff_accounts WHERE id = $1`, [targets.account])).rows[0]?.email, targets.accountEmail);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM staff_passkeys WHERE id = $1`, [targets.passkey])).rows[0]?.n, 1);
      assert.equal((await db.query(`SELECT count(*)::int AS n FROM import_sources`)).rows[0]?.n, 0);
    });
  }

  it('keeps an agency’s API token to its agency, read-only tokens to reading, and session-only work to sessions', async () => {
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const moderate = await contractResponse<ApiTokenCreated>('createApiToken', await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Skript', scope: 'moderate' } }));
    const read = await contractResponse<ApiTokenCreated>('createApiToken', await admin.fetch('/console/tokens', { method: 'POST', body: { name: 'Lesen', scope: 'read' } }));
    const as = (token: string, probe: Probe) =>
      fetch(`${server.baseUrl}${probe.path}`, {
        method: probe.method,
        headers: { authorization: `Bearer ${token}`, ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(probe.body === undefined ? {} : { body: JSON.stringify(probe.body) }),
      });
    for (const probe of probes(targets)) {
      const response = await as(moderate.token, probe);
      const text = await response.text();
      if (probe.operationId === 'decideQueueItems') {
        assert.deepEqual((JSON.parse(text) as BulkDecisionResult).results.map((r) => r.problem?.status), [404]);
        continue;
      }
      assert.ok([403, 404].includes(response.status) || (probe.method === 'GET' && response.status === 200), `${probe.method} ${probe.path}: ${response.status}`);
      const asked = probe.path + JSON.stringify(probe.body ?? '');
      for (const secret of [targets.item, targets.report, targets.token, ...leipzigStaff]) {
        if (!asked.includes(secret)) assert.ok(!text.includes(secret), `${probe.path} leaks ${secret}`);
      }
    }
    const [own] = await pendingIn(server, 'dresden', 1);
    const decide = { operationId: 'decideQueueItem', method: 'POST', path: `/console/items/opportunity/${own}/decision`, body: { action: 'approve' } };
    await problemResponse(await as(read.token, decide), 403);
    assert.equal((await as(read.token, { operationId: 'listQueue', method: 'GET', path: '/console/queue' })).status, 200);
    await problemResponse(await fetch(`${server.baseUrl}/moderation/opportunity/${own}/approve`, { method: 'POST', headers: { authorization: `Bearer ${read.token}` } }), 403);
    await contractResponse('revokeApiToken', await admin.fetch(`/console/tokens/${moderate.id}/revoke`, { method: 'POST' }));
    await problemResponse(await as(moderate.token, { operationId: 'listQueue', method: 'GET', path: '/console/queue' }), 401);
    await problemResponse(await fetch(`${server.baseUrl}/moderation/pending`, { headers: { authorization: `Bearer ${moderate.token}` } }), 403);
  });

  it('spends a link once, only in the browser that asked, and only within 10 minutes', async () => {
    const asking = new Browser(server);
    await asking.requestLink('moderator.dresden@test.example');
    const token = await latestLinkToken(server, 'moderator.dresden@test.example');
    const elsewhere = new Browser(server);
    await elsewhere.requestLink('someone.else@test.example');
    const foreign = await problemResponse(await elsewhere.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } }), 401);
    assert.match(foreign.type, /sign-in-link-invalid$/);
    await problemResponse(await new Browser(server).fetch('/console/sign-in/confirm', { method: 'POST', body: { token } }), 401);
    assert.equal((await asking.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } })).status, 200);
    const again = new Browser(server);
    again.cookies.set('__Host-mitmachen-sign-in', asking.cookies.get('__Host-mitmachen-sign-in') ?? '');
    await problemResponse(await again.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } }), 401);

    const late = new Browser(server);
    await late.requestLink('moderator.dresden@test.example');
    const lateToken = await latestLinkToken(server, 'moderator.dresden@test.example');
    await server.db.pool.query(`UPDATE sign_in_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    await problemResponse(await late.fetch('/console/sign-in/confirm', { method: 'POST', body: { token: lateToken } }), 401);
  });

  it('answers the same whether or not an address has an account, and mails only accounts', async () => {
    const count = async () => (await server.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'sign-in'`)).rows[0]?.n;
    const before = await count();
    const unknown = await new Browser(server).requestLink('nobody@test.example');
    const known = await new Browser(server).requestLink('moderator.dresden@test.example');
    assert.equal(unknown.status, known.status);
    assert.equal(await unknown.text(), await known.text());
    assert.equal(await count(), (before ?? 0) + 1);
  });

  it('ends sessions after 30 idle minutes, 12 hours, sign-out, revocation and when the account is disabled', async () => {
    const db = server.db.pool;
    const idle = new Browser(server);
    const idleSession = await idle.signIn('moderator.dresden@test.example');
    await db.query(`UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [idleSession.id]);
    await problemResponse(await idle.fetch('/console/session'), 401);

    const old = new Browser(server);
    const oldSession = await old.signIn('moderator.dresden@test.example');
    await db.query(`UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [oldSession.id]);
    await problemResponse(await old.fetch('/console/queue'), 401);

    const leaving = new Browser(server);
    await leaving.signIn('moderator.dresden@test.example');
    const cookie = leaving.cookies.get('__Host-mitmachen-session') ?? '';
    assert.equal((await leaving.fetch('/console/sign-out', { method: 'POST' })).status, 204);
    const replay = new Browser(server);
    replay.cookies.set('__Host-mitmachen-session', cookie);
    await problemResponse(await replay.fetch('/console/session'), 401);

    const revoked = new Browser(server);
    const revokedSession = await revoked.signIn('moderator.dresden@test.example');
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const listed = await contractResponse<{ items: Array<{ id: string }> }>('listConsoleSessions', await admin.fetch(`/console/sessions?accountId=${revokedSession.account.id}`));
    assert.ok(listed.items.some((s) => s.id === revokedSession.id));
    assert.equal((await admin.fetch(`/console/sessions/${revokedSession.id}/revoke`, { method: 'POST' })).status, 204);
    await problemResponse(await revoked.fetch('/console/session'), 401);

    const analyst = new Browser(server);
    const analystSession = await analyst.signIn('analyst.dresden@test.example');
    await contractResponse('updateStaff', await admin.fetch(`/console/staff/${analystSession.account.id}`, { method: 'PATCH', body: { disabled: true } }));
    await problemResponse(await analyst.fetch('/console/statistics'), 401);
    assert.equal((await analyst.requestLink('analyst.dresden@test.example')).status, 202);
    const mailed = await db.query(`SELECT 1 FROM sign_in_links l JOIN staff_accounts a ON a.id = l.account_id WHERE a.email = 'analyst.dresden@test.example' AND l.used_at IS NULL`);
    assert.equal(mailed.rowCount, 0, 'a disabled account gets no link');
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const browser = new Browser(server);
    const first = await browser.signIn('moderator.dresden@test.example');
    const firstCookie = browser.cookies.get('__Host-mitmachen-session');
    const second = await browser.signIn('moderator.dresden@test.example');
    assert.notEqual(first.id, second.id);
    assert.notEqual(browser.cookies.get('__Host-mitmachen-session'), firstCookie);
    const replay = new Browser(server);
    replay.cookies.set('__Host-mitmachen-session', firstCookie ?? '');
    await problemResponse(await replay.fetch('/console/session'), 401);
  });

  it('sets the cookies __Host-, Secure, HttpOnly, SameSite, and stores only digests', async () => {
    const browser = new Browser(server);
    const asked = await browser.requestLink('moderator.dresden@test.example');
    assert.match(asked.headers.getSetCookie().join('\n'), /^__Host-mitmachen-sign-in=[^;]+; Max-Age=600; Path=\/; HttpOnly; Secure; SameSite=Strict$/m);
    const token = await latestLinkToken(server, 'moderator.dresden@test.example');
    const confirmed = await browser.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } });
    const cookie = confirmed.headers.getSetCookie().find((line) => line.startsWith('__Host-mitmachen-session='));
    assert.match(cookie ?? '', /^__Host-mitmachen-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const secret = browser.cookies.get('__Host-mitmachen-session') as string;
    const stored = await server.db.pool.query(`SELECT 1 FROM staff_sessions WHERE secret_hash = $1 OR csrf_token = $1`, [secret]);
    assert.equal(stored.rowCount, 0);
    const links = await server.db.pool.query(`SELECT 1 FROM sign_in_links WHERE token_hash = $1`, [token]);
    assert.equal(links.rowCount, 0);
  });

  it('forgets sign-in links a day after they expired (housekeeping)', async () => {
    const db = server.db.pool;
    await new Browser(server).requestLink('moderator.dresden@test.example');
    await db.query(`UPDATE sign_in_links SET expires_at = now() - interval '25 hours'`);
    assert.ok((await purgeSignInLinks(db)) > 0);
    assert.equal((await db.query('SELECT 1 FROM sign_in_links')).rowCount, 0);
  });

  it('keeps the audit log append-only, even for the database’s own user', async () => {
    const db = server.db.pool;
    assert.ok(((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]?.n ?? 0) > 0);
    await assert.rejects(db.query(`UPDATE audit_log SET reason = 'rewritten'`), /append-only/);
    await assert.rejects(db.query('DELETE FROM audit_log'), /append-only/);
  });
});

describe('sign-in limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: { opportunities: 0, offers: 0 }, env: { MITMACHEN_RATE_LIMIT_SIGN_IN: '3/900' } });
  });
  after(() => server?.close());

  it('refuses the fourth link for one address within the window, known or not', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await new Browser(server).requestLink('nobody@test.example')).status, 202);
    const refused = await new Browser(server).requestLink('NOBODY@test.example');
    const problem = await problemResponse(refused, 429);
    assert.match(problem.type, /rate-limited$/);
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });

});
