/**
 * Per-agency API tokens (table `api_tokens`, migration 080): `mm_` and 256 random bits, shown
 * once at creation and stored as a digest, so a database dump opens nothing.
 */
import { randomUUID } from 'node:crypto';
import type { ApiToken, ApiTokenCreated, ApiTokenInput, ApiTokenList } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidField, notFound } from '../errors.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { requireAdminRole, type Principal } from './principal.js';
import { digest, newSecret } from './secrets.js';
import { agencyExists } from './staff.js';

export const tokenPrefix = 'mm_';

interface TokenRow {
  id: string;
  name: string;
  agency_id: string | null;
  scope: 'moderate' | 'read';
  prefix: string;
  created_at: Date;
  created_by: string | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const tokenColumns = 'id, name, agency_id, scope, prefix, created_at, created_by, last_used_at, revoked_at';

function toToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    agencyId: row.agency_id,
    scope: row.scope,
    prefix: row.prefix,
    createdAt: isoTimestamp(row.created_at),
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at === null ? null : isoTimestamp(row.last_used_at),
    revokedAt: row.revoked_at === null ? null : isoTimestamp(row.revoked_at),
  };
}

export async function createToken(db: Queryable, principal: Principal, input: ApiTokenInput): Promise<ApiTokenCreated> {
  requireAdminRole(principal);
  const agencyId = principal.role === 'operator' ? (input.agencyId ?? null) : (input.agencyId ?? principal.agencyId);
  if (principal.role !== 'operator' && agencyId !== principal.agencyId) throw notFound(`No agency has the id ${agencyId}.`);
  if (agencyId !== null && !(await agencyExists(db, agencyId))) throw invalidField('/agencyId', 'no agency has this id');
  const token = tokenPrefix + newSecret();
  const { rows } = await db.query<TokenRow>(
    `INSERT INTO api_tokens (id, secret_hash, prefix, name, agency_id, scope, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${tokenColumns}`,
    [randomUUID(), digest(token), token.slice(0, 10), input.name.trim(), agencyId, input.scope, principal.accountId],
  );
  return { ...toToken(rows[0] as TokenRow), token };
}

export async function listTokens(db: Queryable, principal: Principal): Promise<ApiTokenList> {
  requireAdminRole(principal);
  const scope = principal.role === 'operator' ? null : principal.agencyId;
  const { rows } = await db.query<TokenRow>(
    `SELECT ${tokenColumns} FROM api_tokens WHERE $1::uuid IS NULL OR agency_id = $1 ORDER BY created_at DESC, id`,
    [scope],
  );
  return { items: rows.map(toToken) };
}

export async function revokeToken(db: Queryable, principal: Principal, id: string): Promise<ApiToken> {
  requireAdminRole(principal);
  const scope = principal.role === 'operator' ? null : principal.agencyId;
  const { rows } = await db.query<TokenRow>(
    `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now())
     WHERE id = $1 AND ($2::uuid IS NULL OR agency_id = $2) RETURNING ${tokenColumns}`,
    [id, scope],
  );
  if (!rows[0]) throw notFound(`No API token has the id ${id}.`);
  return toToken(rows[0]);
}

/**
 * The live token with this secret, its last use set to now; `firstUseThisHour` says whether the
 * audit log should hear of it (once an hour, not once a request).
 */
export async function useToken(
  db: Queryable,
  secret: string,
): Promise<{ id: string; agencyId: string | null; scope: 'moderate' | 'read'; firstUseThisHour: boolean } | undefined> {
  const { rows } = await db.query<{ id: string; agency_id: string | null; scope: 'moderate' | 'read'; previous: Date | null }>(
    `UPDATE api_tokens t SET last_used_at = now()
     FROM (SELECT id, last_used_at AS previous FROM api_tokens WHERE secret_hash = $1 AND revoked_at IS NULL) p
     WHERE t.id = p.id RETURNING t.id, t.agency_id, t.scope, p.previous`,
    [digest(secret)],
  );
  const row = rows[0];
  if (!row) return undefined;
  const firstUseThisHour = row.previous === null || Date.now() - new Date(row.previous).getTime() > 3_600_000;
  return { id: row.id, agencyId: row.agency_id, scope: row.scope, firstUseThisHour };
}
