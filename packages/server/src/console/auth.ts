/**
 * Who is asking: the onRequest check of every operation with a `security` requirement. It runs
 * before the body is parsed, so a stranger learns nothing about the body's rules.
 *
 * - `/v1/moderation/*` (scheme `adminToken`): a per-agency API token (`mm_…`), or the configured
 *   MITMACHEN_ADMIN_TOKEN (deprecated; a platform-wide operator token).
 * - `/v1/console/*`: the session cookie, plus the session's CSRF token on every change; where the
 *   contract allows `apiToken`, a bearer token instead.
 */
import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../errors.js';
import { checkAdminToken } from '../http/admin-auth.js';
import type { ContractOperation } from '../http/contract.js';
import type { RouteContext } from '../http/routes/index.js';
import { actorOf, audit } from './audit.js';
import { forbidden, type Principal } from './principal.js';
import { sameSecret } from './secrets.js';
import { resumeSession, type SessionRow } from './sessions.js';
import { tokenPrefix, useToken } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the security check of a secured operation. */
    principal?: Principal;
    /** The live session, when the caller came with the session cookie. */
    consoleSession?: SessionRow;
  }
}

export const sessionCookie = '__Host-mitmachen-session';
export const bindingCookie = '__Host-mitmachen-sign-in';
export const csrfHeader = 'x-csrf-token';

/**
 * `__Host-` cookies must be Secure, with Path=/ and no Domain. Browsers accept Secure cookies
 * from http://localhost and http://127.0.0.1 (secure contexts), so local use works over http.
 */
export const sessionCookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'lax' } as const;
export const bindingCookieOptions = { path: '/', secure: true, httpOnly: true, sameSite: 'strict' } as const;

export function unauthenticated(detail: string): ProblemError {
  return new ProblemError(401, 'unauthenticated', 'Sign-in required', detail);
}

const safeMethods = new Set(['GET', 'HEAD']);
let adminTokenWarned = false;

export function authenticator(context: RouteContext, operation: ContractOperation) {
  const schemes = new Set(operation.security.flat());
  const moderation = schemes.has('adminToken');
  const tokens = moderation || schemes.has('apiToken');
  const needsCsrf = operation.security.some((requirement) => requirement.includes('csrfToken'));
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers.authorization;
    if (moderation || (header !== undefined && tokens)) {
      request.principal = await bearerPrincipal(context, request, moderation);
      if (request.principal.readOnly && !safeMethods.has(request.method)) throw forbidden('This API token may only read.');
      return;
    }
    if (header !== undefined) throw forbidden('This needs a signed-in person; API tokens may not do it.');
    const secret = request.cookies[sessionCookie];
    if (!secret) throw unauthenticated('Sign in to the console first.');
    const session = await resumeSession(context.database().pool, secret);
    if (!session) {
      reply.clearCookie(sessionCookie, sessionCookieOptions);
      throw unauthenticated('Your session has ended; please sign in again.');
    }
    if (needsCsrf && !safeMethods.has(request.method)) {
      const given = request.headers[csrfHeader];
      if (typeof given !== 'string' || !sameSecret(given, session.csrf_token)) {
        throw new ProblemError(403, 'csrf', 'CSRF token missing or wrong', `Send the session's csrfToken (GET /v1/console/session) in the X-CSRF-Token header.`);
      }
    }
    request.consoleSession = session;
    request.principal = {
      via: 'session',
      accountId: session.account_id,
      email: session.email,
      role: session.role,
      agencyId: session.agency_id,
      sessionId: session.id,
      tokenId: null,
      readOnly: false,
      address: request.ip,
    };
  };
}

async function bearerPrincipal(context: RouteContext, request: FastifyRequest, moderation: boolean): Promise<Principal> {
  const header = request.headers.authorization;
  const secret = header === undefined ? undefined : /^Bearer +(\S+) *$/i.exec(header)?.[1];
  if (secret?.startsWith(tokenPrefix)) {
    const db = context.database().pool;
    const token = await useToken(db, secret);
    if (!token) {
      if (moderation) throw new ProblemError(403, 'forbidden', 'Forbidden', 'The API token is not valid (unknown or revoked).');
      throw unauthenticated('The API token is not valid (unknown or revoked).');
    }
    const principal: Principal = {
      via: 'token',
      accountId: null,
      email: null,
      // A platform-wide token sees every queue, like an operator, but only moderates.
      role: token.agencyId === null ? 'operator' : 'moderator',
      agencyId: token.agencyId,
      sessionId: null,
      tokenId: token.id,
      readOnly: token.scope === 'read',
      address: request.ip,
    };
    if (token.firstUseThisHour) {
      await audit(db, actorOf(principal), { action: 'token-used', itemKind: 'token', itemId: token.id, subjectAgencyId: token.agencyId });
    }
    return principal;
  }
  if (moderation || context.config.adminToken !== undefined) {
    // The old single token: its checks and answers as before (404 when none is configured).
    checkAdminToken(request, context.config.adminToken);
  } else {
    throw unauthenticated('The API token is not valid.');
  }
  if (!adminTokenWarned) {
    adminTokenWarned = true;
    request.log.warn('MITMACHEN_ADMIN_TOKEN is deprecated: create per-agency API tokens in the console (POST /v1/console/tokens) instead');
  }
  return {
    via: 'admin-token',
    accountId: null,
    email: null,
    role: 'operator',
    agencyId: null,
    sessionId: null,
    tokenId: null,
    readOnly: false,
    address: request.ip,
  };
}
