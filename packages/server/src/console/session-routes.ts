/** Signing in by magic link, the session itself, and the list of one's sessions. */
import type { ConsoleSession, SignInConfirmation, SignInRequest } from '@mitmachen/contract';
import type { FastifyRequest } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Queryable } from '../db/database.js';
import { notFound, ProblemError } from '../errors.js';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { signInMessage } from '../mail/messages.js';
import { enqueue } from '../mail/outbox.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { clientKey, rateLimitHeaders } from '../rate-limit/policy.js';
import { countRequest } from '../rate-limit/store.js';
import { actorOf, audit } from './audit.js';
import { bindingCookie, bindingCookieOptions, sessionCookie, sessionCookieOptions } from './auth.js';
import { hasPasskey } from './passkeys.js';
import type { Principal } from './principal.js';
import { digest, newSecret } from './secrets.js';
import {
  createSignInLink,
  endSession,
  listSessions,
  sessionAccount,
  sessionIdleMinutes,
  signInLinkMinutes,
  spendSignInLink,
  startSession,
  type SessionRow,
} from './sessions.js';
import { getAccount, getAgency } from './staff.js';

export const noncePattern = /^[A-Za-z0-9_-]{43}$/;

export function sessionRoutes(context: RouteContext): Handlers {
  const { database, config, mailQueued } = context;

  /** 429 when this address or this e-mail asked too often; counted apart, e-mails as digests. */
  async function limitSignIn(db: Queryable, ip: string, email: string): Promise<void> {
    const limit = config.signInLimit;
    if (!limit) return;
    for (const [bucket, key] of [['sign-in-address', clientKey(ip)], ['sign-in-email', digest(email.toLowerCase())]] as const) {
      const count = await countRequest(db, bucket, key, limit.seconds);
      if (count.hits > limit.requests) {
        throw new ProblemError(429, 'rate-limited', 'Too many requests', `Too many sign-in links were asked for; please try again in ${count.resetSeconds} seconds.`, undefined, {
          'Retry-After': String(count.resetSeconds),
          ...rateLimitHeaders('writes', limit, count),
        });
      }
    }
  }

  /** The origin for links in mail: configured, else where this server listens (never the Host header). */
  function publicOrigin(request: FastifyRequest): string {
    if (config.publicUrl) return config.publicUrl;
    const { port } = request.server.server.address() as AddressInfo;
    const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  }

  return {
    async requestSignInLink(request, reply) {
      const { email } = request.body as SignInRequest;
      const db = database();
      await limitSignIn(db.pool, request.ip, email);
      const previous = request.cookies[bindingCookie];
      // One binding per browser: asking again keeps earlier links of this browser usable.
      const nonce = previous && noncePattern.test(previous) ? previous : newSecret();
      const link = await db.transaction(async (client) => {
        const created = await createSignInLink(client, email, nonce, request.ip);
        if (!created) return undefined;
        const url = `${publicOrigin(request)}/console/#sign-in=${created.token}`;
        await enqueue(client, signInMessage(created.email, url, signInLinkMinutes));
        await audit(
          client,
          { accountId: created.accountId, email: created.email, role: created.role, agencyId: created.agencyId, address: request.ip },
          { action: 'sign-in-requested', itemKind: 'staff', itemId: created.accountId },
        );
        return { url, email: created.email };
      });
      if (link) {
        mailQueued();
        // Local use without a mail server: the link is in the log (and waits in the outbox).
        if (!config.mail.smtpUrl) request.log.info(`sign-in link for ${link.email}: ${link.url}`);
      }
      return reply
        .setCookie(bindingCookie, nonce, { ...bindingCookieOptions, maxAge: signInLinkMinutes * 60 })
        .code(202)
        .header('Cache-Control', cacheControl.none)
        .send({ expiresInSeconds: signInLinkMinutes * 60 });
    },

    async confirmSignIn(request, reply) {
      const { token } = request.body as SignInConfirmation;
      const db = database();
      const started = await db.transaction(async (client) => {
        const accountId = await spendSignInLink(client, token, request.cookies[bindingCookie]);
        if (!accountId) return undefined;
        const account = await getAccount(client, accountId);
        // An operator who has a passkey signs in with it: a stolen mailbox alone opens no platform.
        if (account?.role === 'operator' && (await hasPasskey(client, accountId))) {
          await audit(
            client,
            { accountId, email: account.email, role: account.role, agencyId: null, address: request.ip },
            { action: 'passkey-required', itemKind: 'staff', itemId: accountId },
          );
          return 'passkey-required' as const;
        }
        const result = await startSession(client, accountId, {
          address: request.ip,
          userAgent: request.headers['user-agent'],
          previousSecret: request.cookies[sessionCookie],
        });
        const { session } = result;
        await audit(
          client,
          { accountId, email: session.email, role: session.role, agencyId: session.agency_id, address: request.ip },
          { action: 'signed-in', itemKind: 'session', itemId: session.id },
        );
        return { ...result, body: await sessionBody(client, session) };
      });
      if (started === 'passkey-required') {
        throw new ProblemError(403, 'passkey-required', 'Passkey required',
          'This operator account has a passkey: sign in with it. If it is lost, another operator removes it in the console, or run `mitmachen-server staff remove-passkeys <email>` on the server.');
      }
      if (!started) {
        throw new ProblemError(401, 'sign-in-link-invalid', 'Sign-in link not valid',
          'This link is unknown, expired or used, or it was asked for in another browser. Ask for a new one here.');
      }
      return reply
        .setCookie(sessionCookie, started.secret, sessionCookieOptions)
        .clearCookie(bindingCookie, bindingCookieOptions)
        .header('Cache-Control', cacheControl.none)
        .send(started.body);
    },

    async getConsoleSession(request, reply) {
      const body = await sessionBody(database().pool, request.consoleSession as SessionRow);
      return reply.header('Cache-Control', cacheControl.none).send(body);
    },

    async signOut(request, reply) {
      const principal = request.principal as Principal;
      await database().transaction(async (client) => {
        await endSession(client, principal.sessionId as string, 'signed out');
        await audit(client, actorOf(principal), { action: 'signed-out', itemKind: 'session', itemId: principal.sessionId ?? undefined });
      });
      return reply.clearCookie(sessionCookie, sessionCookieOptions).code(204).send();
    },

    async listConsoleSessions(request, reply) {
      const principal = request.principal as Principal;
      const { accountId } = request.query as { accountId?: string };
      const db = database().pool;
      if (accountId !== undefined && accountId !== principal.accountId) {
        const account = await getAccount(db, accountId);
        if (!account || !mayManage(principal, account.agencyId, account.role)) throw notFound(`No staff account has the id ${accountId}.`);
      }
      const result = await listSessions(db, accountId ?? (principal.accountId as string), principal.sessionId);
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },

    async revokeConsoleSession(request, reply) {
      const principal = request.principal as Principal;
      const { id } = request.params as { id: string };
      await database().transaction(async (client) => {
        const owner = await sessionAccount(client, id);
        const own = owner?.account_id === principal.accountId;
        if (!owner || (!own && !mayManage(principal, owner.agency_id, null))) throw notFound(`No live session has the id ${id}.`);
        await endSession(client, id, own ? 'revoked by its owner' : `revoked by ${principal.email}`);
        await audit(client, actorOf(principal), { action: 'session-revoked', itemKind: 'session', itemId: id, subjectAgencyId: owner.agency_id });
      });
      if (id === principal.sessionId) reply.clearCookie(sessionCookie, sessionCookieOptions);
      return reply.code(204).send();
    },
  };
}

/** What the console gets on sign-in and from GET /v1/console/session. */
export async function sessionBody(db: Queryable, session: SessionRow): Promise<ConsoleSession> {
  const account = await getAccount(db, session.account_id);
  if (!account) throw new Error('the session has no account');
  const seen = new Date(session.last_seen_at).getTime();
  return {
    id: session.id,
    account,
    agency: account.agencyId === null ? null : ((await getAgency(db, account.agencyId)) ?? null),
    csrfToken: session.csrf_token,
    createdAt: isoTimestamp(session.created_at),
    idleExpiresAt: new Date(Math.min(seen + sessionIdleMinutes * 60_000, new Date(session.expires_at).getTime())).toISOString(),
    expiresAt: isoTimestamp(session.expires_at),
  };
}

/** Operators manage everyone; agency admins the people of their agency (never an operator). */
export function mayManage(principal: Principal, agencyId: string | null, role: string | null): boolean {
  if (principal.role === 'operator') return true;
  if (principal.role !== 'agency_admin') return false;
  if (role === 'operator') return false;
  return agencyId !== null && agencyId === principal.agencyId;
}

