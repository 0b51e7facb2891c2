/**
 * Who is calling the console's API, and what that caller may see and do. Every console query
 * takes the principal and narrows itself to its scope; the routes never decide visibility.
 */
import type { StaffRole } from '@mitmachen/contract';
import { ProblemError } from '../errors.js';

export interface Principal {
  via: 'session' | 'token' | 'admin-token';
  /** The staff account (sessions); null for API tokens. */
  accountId: string | null;
  email: string | null;
  role: StaffRole;
  /** The agency the caller works for; null for operators and platform-wide tokens. */
  agencyId: string | null;
  sessionId: string | null;
  tokenId: string | null;
  /** Tokens may be read-only. */
  readOnly: boolean;
  /** The client address, for the audit log. */
  address: string;
}

/** Roles that work the review queue; analysts see statistics only. */
const queueRoles: readonly StaffRole[] = ['operator', 'agency_admin', 'moderator'];
const adminRoles: readonly StaffRole[] = ['operator', 'agency_admin'];

/**
 * The agency whose items the principal sees, or null for everything (operators and
 * platform-wide tokens).
 */
export function agencyScope(principal: Principal): string | null {
  return principal.role === 'operator' ? null : principal.agencyId;
}

/** What `holder` columns store, so a claim recognises its holder on the next request. */
export function holderKey(principal: Principal): string {
  if (principal.accountId) return `account:${principal.accountId}`;
  if (principal.tokenId) return `token:${principal.tokenId}`;
  return 'admin-token';
}

export function forbidden(detail: string): ProblemError {
  return new ProblemError(403, 'forbidden', 'Forbidden', detail);
}

export function requireQueueRole(principal: Principal, write: boolean): void {
  if (!queueRoles.includes(principal.role)) throw forbidden('Your role may not work the review queue.');
  if (write && principal.readOnly) throw forbidden('This API token may only read.');
}

export function requireAdminRole(principal: Principal): void {
  if (!adminRoles.includes(principal.role)) throw forbidden('Only operators and agency admins may do this.');
}

export function requireOperator(principal: Principal): void {
  if (principal.role !== 'operator') throw forbidden('Only operators may do this.');
}

export function requireSession(principal: Principal): void {
  if (principal.via !== 'session') throw forbidden('This needs a signed-in person; API tokens may not do it.');
}
