/**
 * Passkeys for staff, on the real server with its real WebAuthn verification: register one while
 * signed in, sign in with it from another browser, list and remove it; and the refusals: another
 * staff member's credential or challenge, a replayed challenge, a wrong origin or RP ID, a
 * removed passkey, another browser's challenge, an expired one, and removal across agencies.
 * Every step lands in the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditList, ConsoleSession, Passkey, PasskeyList, PasskeyOptions } from '@mitmachen/contract';
import { staffCommand } from '../../packages/server/src/commands/staff.js';
import { contractResponse, problemResponse, startTestServer, type TestServer } from '../support/server.js';
import { Browser, latestLinkToken, seedStaff } from './console-client.js';
import { SoftAuthenticator } from './passkey-authenticator.js';

const origin = 'https://console.test.example';
const rpId = 'test.example';

describe('staff passkeys', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      seed: { opportunities: 0, offers: 0 },
      env: { MITMACHEN_RATE_LIMIT_SIGN_IN: 'off', MITMACHEN_PASSKEY_ORIGINS: origin, MITMACHEN_PASSKEY_RP_ID: rpId },
    });
    await seedStaff(server);
  });
  after(() => server?.close());

  /** Signs `email` in by link and registers a new software passkey for them. */
  async function withPasskey(email: string): Promise<{ browser: Browser; session: ConsoleSession; key: SoftAuthenticator; passkey: Passkey }> {
    const browser = new Browser(server);
    const session = await browser.signIn(email);
    const key = new SoftAuthenticator(origin, rpId);
    const options = await contractResponse<PasskeyOptions>('passkeyRegistrationOptions', await browser.fetch('/console/passkeys/registration-options', { method: 'POST' }));
    const passkey = await contractResponse<Passkey>(
      'addPasskey',
      await browser.fetch('/console/passkeys', { method: 'POST', body: { name: 'Laptop im Büro', response: key.register({ challenge: options.challenge }) } }),
    );
    return { browser, session, key, passkey };
  }

  async function signInOptions(browser: Browser): Promise<string> {
    return (await contractResponse<PasskeyOptions>('passkeySignInOptions', await browser.fetch('/console/sign-in/passkey/options', { method: 'POST' }))).challenge;
  }

  async function auditActions(accountId: string): Promise<string[]> {
    const { rows } = await server.db.pool.query<{ action: string }>(`SELECT action FROM audit_log WHERE account_id = $1 AND action LIKE 'passkey-%' ORDER BY id`, [accountId]);
    return rows.map((row) => row.action);
  }

  it('registers a passkey while signed in, lists it, and signs in with it from another browser', async () => {
    const { browser, session, key, passkey } = await withPasskey('moderator.dresden@test.example');
    assert.equal(passkey.name, 'Laptop im Büro');
    assert.equal(passkey.accountId, session.account.id);
    const list = await contractResponse<PasskeyList>('listPasskeys', await browser.fetch('/console/passkeys'));
    assert.deepEqual(list.items.map((item) => item.id), [passkey.id]);
    assert.equal(list.items[0]?.lastUsedAt, null);

    const office = new Browser(server);
    const challenge = await signInOptions(office);
    const signedIn = await contractResponse<ConsoleSession>(
      'signInWithPasskey',
      await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: key.assert({ challenge, accountId: session.account.id }) } }),
    );
    assert.equal(signedIn.account.email, 'moderator.dresden@test.example');
    assert.notEqual(signedIn.id, session.id);
    // The new session works like one from a link.
    office.csrf = signedIn.csrfToken;
    assert.equal((await contractResponse<ConsoleSession>('getConsoleSession', await office.fetch('/console/session'))).id, signedIn.id);
    const used = await contractResponse<PasskeyList>('listPasskeys', await office.fetch('/console/passkeys'));
    assert.ok(used.items[0]?.lastUsedAt, 'the last use is shown');
    assert.deepEqual(await auditActions(session.account.id), ['passkey-add', 'passkey-signed-in']);
  });

  it('refuses a replayed challenge, for registering and for signing in', async () => {
    const { browser, session, key } = await withPasskey('admin.dresden@test.example');
    const options = await contractResponse<PasskeyOptions>('passkeyRegistrationOptions', await browser.fetch('/console/passkeys/registration-options', { method: 'POST' }));
    const second = new SoftAuthenticator(origin, rpId);
    const answer = { name: 'Telefon', response: second.register({ challenge: options.challenge }) };
    assert.equal((await browser.fetch('/console/passkeys', { method: 'POST', body: answer })).status, 201);
    const replay = await problemResponse(await browser.fetch('/console/passkeys', { method: 'POST', body: { ...answer, response: new SoftAuthenticator(origin, rpId).register({ challenge: options.challenge }) } }), 400);
    assert.match(replay.type, /passkey-invalid$/);

    const office = new Browser(server);
    const challenge = await signInOptions(office);
    const assertion = key.assert({ challenge, accountId: session.account.id });
    assert.equal((await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: assertion } })).status, 200);
    const again = await problemResponse(await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: assertion } }), 401);
    assert.match(again.type, /passkey-invalid$/);
    assert.ok((await auditActions(session.account.id)).includes('passkey-sign-in-refused'));
  });

  it('refuses another staff member’s credential and another’s registration challenge', async () => {
    const dresden = await withPasskey('analyst.dresden@test.example');
    const leipzig = await withPasskey('moderator.leipzig@test.example');
    // Leipzig's session sends an answer to Dresden's registration challenge.
    const options = await contractResponse<PasskeyOptions>('passkeyRegistrationOptions', await dresden.browser.fetch('/console/passkeys/registration-options', { method: 'POST' }));
    await problemResponse(
      await leipzig.browser.fetch('/console/passkeys', { method: 'POST', body: { name: 'Fremd', response: new SoftAuthenticator(origin, rpId).register({ challenge: options.challenge }) } }),
      400,
    );
    // Dresden's credential id, signed with Leipzig's key.
    const office = new Browser(server);
    let challenge = await signInOptions(office);
    await problemResponse(
      await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: dresden.key.assert({ challenge, accountId: dresden.session.account.id, key: leipzig.key.keys.privateKey }) } }),
      401,
    );
    // Dresden's key, claiming to be Leipzig's user.
    challenge = await signInOptions(office);
    await problemResponse(
      await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: dresden.key.assert({ challenge, accountId: leipzig.session.account.id }) } }),
      401,
    );
    assert.deepEqual(await auditActions(dresden.session.account.id), ['passkey-add', 'passkey-sign-in-refused', 'passkey-sign-in-refused']);
    assert.equal((await office.fetch('/console/session')).status, 401);
  });

  it('refuses a wrong origin or RP ID, another browser’s challenge and an expired one', async () => {
    const { session, key } = await withPasskey('admin.leipzig@test.example');
    const office = new Browser(server);
    const accountId = session.account.id;
    const tryWith = async (ceremony: Partial<Parameters<SoftAuthenticator['assert']>[0]>, browser = office) => {
      const challenge = await signInOptions(office);
      return browser.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: key.assert({ challenge, accountId, ...ceremony }) } });
    };
    await problemResponse(await tryWith({ origin: 'https://phishing.example' }), 401);
    await problemResponse(await tryWith({ rpId: 'phishing.example' }), 401);
    await problemResponse(await tryWith({}, new Browser(server)), 401);
    const challenge = await signInOptions(office);
    await server.db.pool.query(`UPDATE passkey_challenges SET expires_at = now() - interval '1 second' WHERE challenge = $1`, [challenge]);
    await problemResponse(await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: key.assert({ challenge, accountId }) } }), 401);
    // A right answer still works: the refusals were about the answers, not the key.
    assert.equal((await tryWith({})).status, 200);
  });

  it('removes a passkey, which then signs nobody in; other agencies cannot remove or list it', async () => {
    const browser = new Browser(server);
    const moderator = await browser.signIn('moderator.dresden@test.example');
    const key = new SoftAuthenticator(origin, rpId);
    const options = await contractResponse<PasskeyOptions>('passkeyRegistrationOptions', await browser.fetch('/console/passkeys/registration-options', { method: 'POST' }));
    const passkey = await contractResponse<Passkey>('addPasskey', await browser.fetch('/console/passkeys', { method: 'POST', body: { name: 'Zweitschlüssel', response: key.register({ challenge: options.challenge }) } }));

    const leipzigAdmin = new Browser(server);
    await leipzigAdmin.signIn('admin.leipzig@test.example');
    await problemResponse(await leipzigAdmin.fetch(`/console/passkeys/${passkey.id}`, { method: 'DELETE' }), 404);
    const foreignList = await problemResponse(await leipzigAdmin.fetch(`/console/passkeys?accountId=${moderator.account.id}`), 404);
    assert.ok(!JSON.stringify(foreignList).includes('Zweitschlüssel'));
    const colleague = new Browser(server);
    await colleague.signIn('analyst.dresden@test.example');
    await problemResponse(await colleague.fetch(`/console/passkeys/${passkey.id}`, { method: 'DELETE' }), 404);

    // The agency's own admin may see and remove it.
    const admin = new Browser(server);
    await admin.signIn('admin.dresden@test.example');
    const listed = await contractResponse<PasskeyList>('listPasskeys', await admin.fetch(`/console/passkeys?accountId=${moderator.account.id}`));
    assert.ok(listed.items.some((item) => item.id === passkey.id));
    assert.equal((await admin.fetch(`/console/passkeys/${passkey.id}`, { method: 'DELETE' })).status, 204);
    const office = new Browser(server);
    const challenge = await signInOptions(office);
    await problemResponse(await office.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: key.assert({ challenge, accountId: moderator.account.id }) } }), 401);

    const audit = await contractResponse<AuditList>('listAuditLog', await admin.fetch(`/console/audit?action=passkey-remove&itemId=${passkey.id}`));
    assert.equal(audit.items.length, 1);
    assert.equal(audit.items[0]?.email, 'admin.dresden@test.example');
  });

  it('makes an operator who has a passkey sign in with it; removing it from the shell lets the link work again', async () => {
    const operator = 'operator@test.example';
    const { session, key } = await withPasskey(operator);
    const asking = new Browser(server);
    assert.equal((await asking.requestLink(operator)).status, 202);
    const token = await latestLinkToken(server, operator);
    const refused = await problemResponse(await asking.fetch('/console/sign-in/confirm', { method: 'POST', body: { token } }), 403);
    assert.match(refused.type, /passkey-required$/);
    assert.equal((await asking.fetch('/console/session')).status, 401);
    assert.deepEqual(await auditActions(session.account.id), ['passkey-add', 'passkey-required']);
    // The passkey works.
    const challenge = await signInOptions(asking);
    assert.equal((await asking.fetch('/console/sign-in/passkey', { method: 'POST', body: { response: key.assert({ challenge, accountId: session.account.id }) } })).status, 200);

    // Other roles keep both ways in (the Dresden admin registered one above).
    assert.ok((await new Browser(server).signIn('admin.dresden@test.example')).id);

    // A lost passkey: the shell removes it, and the link works again.
    assert.deepEqual(await staffCommand({ command: 'staff', args: ['remove-passkeys', operator] })(server.db), [`Removed 1 passkey(s) of ${operator}.`]);
    assert.ok((await new Browser(server).signIn(operator)).id);
    assert.equal((await auditActions(session.account.id)).at(-1), 'passkey-signed-in');
    const { rows } = await server.db.pool.query<{ address: string }>(`SELECT address FROM audit_log WHERE action = 'passkey-remove' AND change->>'accountId' = $1`, [session.account.id]);
    assert.deepEqual(rows.map((row) => row.address), ['cli']);
  });
});
