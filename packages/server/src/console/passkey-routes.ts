/**
 * Passkeys (WebAuthn) for staff: register one while signed in, sign in with it, list and remove.
 * `@simplewebauthn/server` checks the ceremonies; this file decides which challenge, which
 * account and which scope, and writes the audit log.
 */
import type { PasskeyRegistration, PasskeySignIn } from '@mitmachen/contract';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { notFound, ProblemError } from '../errors.js';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { clientKey, rateLimitHeaders } from '../rate-limit/policy.js';
import { countRequest } from '../rate-limit/store.js';
import { actorOf, audit } from './audit.js';
import { bindingCookie, bindingCookieOptions, sessionCookie, sessionCookieOptions } from './auth.js';
import {
  addPasskey,
  challengeMinutes,
  credentialIdsOf,
  listPasskeys,
  passkeyByCredential,
  passkeyById,
  recordUse,
  removePasskey,
  saveChallenge,
  spendRegisterChallenge,
  spendSignInChallenge,
  toPasskey,
} from './passkeys.js';
import { requireSession, type Principal } from './principal.js';
import { newSecret } from './secrets.js';
import { mayManage, noncePattern, sessionBody } from './session-routes.js';
import { signInLinkMinutes, startSession, type SessionRow } from './sessions.js';
import { getAccount } from './staff.js';

const rpName = 'mitmachen';

/** The challenge the browser signed, read from its clientDataJSON (the library checks it again). */
function signedChallenge(response: { response: Record<string, unknown> }): string | undefined {
  const clientData = response.response.clientDataJSON;
  if (typeof clientData !== 'string') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(clientData, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof parsed.challenge === 'string' && parsed.challenge.length <= 200 ? parsed.challenge : undefined;
  } catch {
    return undefined;
  }
}

function invalidRegistration(detail: string): ProblemError {
  return new ProblemError(400, 'passkey-invalid', 'Passkey not registered', detail);
}

function invalidSignIn(): ProblemError {
  return new ProblemError(401, 'passkey-invalid', 'Passkey sign-in failed',
    'This passkey could not sign you in: it is unknown or removed, the request expired or was used already, or it came from another site. Start again, or ask for a sign-in link.');
}

export function passkeyRoutes(context: RouteContext): Handlers {
  const { database, config } = context;
  const { rpId, origins } = config.passkeys;

  return {
    async passkeyRegistrationOptions(request, reply) {
      const principal = request.principal as Principal;
      requireSession(principal);
      const db = database().pool;
      const account = await getAccount(db, principal.accountId as string);
      if (!account) throw new Error('the session has no account');
      const options = await generateRegistrationOptions({
        rpName,
        rpID: rpId,
        userName: account.email,
        userDisplayName: account.name ?? account.email,
        // The account's id as the user handle: stable, and no personal data.
        userID: new TextEncoder().encode(account.id),
        attestationType: 'none',
        excludeCredentials: await credentialIdsOf(db, account.id),
        // Discoverable, so signing in needs no address (and tells nobody which addresses exist).
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
        timeout: challengeMinutes * 60_000,
      });
      await saveChallenge(db, options.challenge, { purpose: 'register', accountId: account.id, sessionId: principal.sessionId as string });
      return reply.header('Cache-Control', cacheControl.none).send(options);
    },

    async addPasskey(request, reply) {
      const principal = request.principal as Principal;
      requireSession(principal);
      const { name, response } = request.body as PasskeyRegistration;
      const challenge = signedChallenge(response);
      const created = await database().transaction(async (client) => {
        if (!challenge || !(await spendRegisterChallenge(client, challenge, principal.accountId as string, principal.sessionId as string))) {
          throw invalidRegistration('This registration was not started by your session, expired, or was used already. Start again.');
        }
        let verification;
        try {
          verification = await verifyRegistrationResponse({
            response: response as unknown as RegistrationResponseJSON,
            expectedChallenge: challenge,
            expectedOrigin: origins,
            expectedRPID: rpId,
            requireUserVerification: false,
          });
        } catch (error) {
          throw invalidRegistration(`The passkey's answer did not verify: ${(error as Error).message}`);
        }
        const info = verification.registrationInfo;
        if (!verification.verified || !info) throw invalidRegistration('The passkey\'s answer did not verify.');
        if (await passkeyByCredential(client, info.credential.id)) throw invalidRegistration('This passkey is registered already.');
        const row = await addPasskey(client, principal.accountId as string, {
          id: info.credential.id,
          publicKey: info.credential.publicKey,
          counter: info.credential.counter,
          transports: info.credential.transports,
          backedUp: info.credentialBackedUp,
        }, name.trim());
        await audit(client, actorOf(principal), { action: 'passkey-add', itemKind: 'passkey', itemId: row.id, change: { name: row.name } });
        return row;
      });
      return reply.code(201).header('Cache-Control', cacheControl.none).send(toPasskey(created));
    },

    async listPasskeys(request, reply) {
      const principal = request.principal as Principal;
      requireSession(principal);
      const { accountId } = request.query as { accountId?: string };
      const db = database().pool;
      if (accountId !== undefined && accountId !== principal.accountId) {
        const account = await getAccount(db, accountId);
        if (!account || !mayManage(principal, account.agencyId, account.role)) throw notFound(`No staff account has the id ${accountId}.`);
      }
      return reply.header('Cache-Control', cacheControl.none).send(await listPasskeys(db, accountId ?? (principal.accountId as string)));
    },

    async removePasskey(request, reply) {
      const principal = request.principal as Principal;
      requireSession(principal);
      const { id } = request.params as { id: string };
      await database().transaction(async (client) => {
        const passkey = await passkeyById(client, id);
        const own = passkey?.account_id === principal.accountId;
        if (!passkey || (!own && !mayManage(principal, passkey.agency_id, passkey.role))) throw notFound(`No passkey has the id ${id}.`);
        await removePasskey(client, id);
        await audit(client, actorOf(principal), {
          action: 'passkey-remove',
          itemKind: 'passkey',
          itemId: id,
          subjectAgencyId: passkey.agency_id,
          change: { name: passkey.name, accountId: passkey.account_id },
        });
      });
      return reply.code(204).send();
    },

    async passkeySignInOptions(request, reply) {
      const limit = config.signInLimit;
      if (limit) {
        const count = await countRequest(database().pool, 'passkey-sign-in-address', clientKey(request.ip), limit.seconds);
        if (count.hits > limit.requests) {
          throw new ProblemError(429, 'rate-limited', 'Too many requests', `Too many sign-in attempts; please try again in ${count.resetSeconds} seconds.`, undefined, {
            'Retry-After': String(count.resetSeconds),
            ...rateLimitHeaders('writes', limit, count),
          });
        }
      }
      const previous = request.cookies[bindingCookie];
      const nonce = previous && noncePattern.test(previous) ? previous : newSecret();
      const options = await generateAuthenticationOptions({ rpID: rpId, userVerification: 'preferred', timeout: challengeMinutes * 60_000 });
      await saveChallenge(database().pool, options.challenge, { purpose: 'sign-in', bindingNonce: nonce });
      return reply
        .setCookie(bindingCookie, nonce, { ...bindingCookieOptions, maxAge: signInLinkMinutes * 60 })
        .header('Cache-Control', cacheControl.none)
        .send(options);
    },

    async signInWithPasskey(request, reply) {
      const { response } = request.body as PasskeySignIn;
      const challenge = signedChallenge(response);
      const db = database();
      const outcome = await db.transaction(async (client) => {
        const passkey = await passkeyByCredential(client, response.id);
        const refuse = async (why: string) => {
          if (passkey) {
            const actor = { accountId: passkey.account_id, email: passkey.email, role: passkey.role, agencyId: passkey.agency_id, address: request.ip };
            await audit(client, actor, { action: 'passkey-sign-in-refused', itemKind: 'passkey', itemId: passkey.id, reason: why });
          }
          return undefined;
        };
        if (!challenge || !(await spendSignInChallenge(client, challenge, request.cookies[bindingCookie]))) return refuse('challenge unknown, used, expired or from another browser');
        if (!passkey) return undefined;
        // The handle the authenticator stored at registration names the owner; it must be this key's.
        const handle = response.response.userHandle;
        if (typeof handle === 'string' && Buffer.from(handle, 'base64url').toString('utf8') !== passkey.account_id) return refuse('user handle of another account');
        let verified = false;
        let newCounter = 0;
        try {
          const result = await verifyAuthenticationResponse({
            response: response as unknown as AuthenticationResponseJSON,
            expectedChallenge: challenge,
            expectedOrigin: origins,
            expectedRPID: rpId,
            credential: { id: passkey.credential_id, publicKey: new Uint8Array(passkey.public_key), counter: Number(passkey.counter), transports: passkey.transports },
            requireUserVerification: false,
          });
          verified = result.verified;
          newCounter = result.authenticationInfo.newCounter;
        } catch (error) {
          return refuse((error as Error).message.slice(0, 300));
        }
        if (!verified) return refuse('signature did not verify');
        await recordUse(client, passkey.id, newCounter);
        const started = await startSession(client, passkey.account_id, {
          address: request.ip,
          userAgent: request.headers['user-agent'],
          previousSecret: request.cookies[sessionCookie],
        });
        const session: SessionRow = started.session;
        await audit(
          client,
          { accountId: passkey.account_id, email: session.email, role: session.role, agencyId: session.agency_id, address: request.ip },
          { action: 'passkey-signed-in', itemKind: 'session', itemId: session.id, change: { passkeyId: passkey.id } },
        );
        return { secret: started.secret, body: await sessionBody(client, session) };
      });
      if (!outcome) throw invalidSignIn();
      return reply
        .setCookie(sessionCookie, outcome.secret, sessionCookieOptions)
        .clearCookie(bindingCookie, bindingCookieOptions)
        .header('Cache-Control', cacheControl.none)
        .send(outcome.body);
    },
  };
}
