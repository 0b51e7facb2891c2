/**
 * The audit log (table `audit_log`, migration 080): every console action appends one entry, in
 * the transaction of the change it records. There is no update or delete here, nor anywhere.
 */
import type { AuditAction, AuditEntry, AuditList, AuditQuery } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { paging } from '../search/paging.js';
import { requireAdminRole, type Principal } from './principal.js';

export interface AuditRecord {
  action: AuditAction;
  itemKind?: string | undefined;
  itemId?: string | undefined;
  /** The agency whose item or record this touches, so that agency's admins see the entry. */
  subjectAgencyId?: string | null | undefined;
  change?: unknown;
  reason?: string | null | undefined;
}

/** Who acted, when no principal exists yet (a sign-in) or the actor is known otherwise. */
export interface Actor {
  accountId: string | null;
  email: string | null;
  role: string | null;
  agencyId: string | null;
  tokenId?: string | null;
  address: string | null;
}

export function actorOf(principal: Principal): Actor {
  return {
    accountId: principal.accountId,
    email: principal.email,
    role: principal.role,
    agencyId: principal.agencyId,
    tokenId: principal.tokenId,
    address: principal.address,
  };
}

export async function audit(db: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (account_id, email, role, agency_id, subject_agency_id, token_id, action, item_kind, item_id, change, reason, address)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      actor.accountId,
      actor.email,
      actor.role,
      actor.agencyId,
      record.subjectAgencyId === undefined ? actor.agencyId : record.subjectAgencyId,
      actor.tokenId ?? null,
      record.action,
      record.itemKind ?? null,
      record.itemId ?? null,
      record.change === undefined ? null : JSON.stringify(record.change),
      record.reason ?? null,
      actor.address,
    ],
  );
}

interface AuditRow {
  id: string;
  at: Date;
  account_id: string | null;
  email: string | null;
  role: string | null;
  agency_id: string | null;
  token_id: string | null;
  action: AuditAction;
  item_kind: string | null;
  item_id: string | null;
  change: unknown;
  reason: string | null;
  address: string | null;
}

/** Newest first; an agency admin sees what their agency's people did and what touched their agency. */
export async function listAudit(db: Queryable, principal: Principal, query: AuditQuery): Promise<AuditList> {
  requireAdminRole(principal);
  const scope = principal.role === 'operator' ? null : principal.agencyId;
  const { pageSize, offset } = paging(query.page, query.pageSize);
  const where = `($1::uuid IS NULL OR agency_id = $1 OR subject_agency_id = $1)
    AND ($2::text IS NULL OR action = $2) AND ($3::uuid IS NULL OR account_id = $3)
    AND ($4::text IS NULL OR item_id = $4) AND ($5::timestamptz IS NULL OR at >= $5)
    AND ($6::timestamptz IS NULL OR at < $6)`;
  const values = [scope, query.action ?? null, query.accountId ?? null, query.itemId ?? null, query.since ?? null, query.until ?? null];
  const [count, page] = await Promise.all([
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM audit_log WHERE ${where}`, values),
    db.query<AuditRow>(
      `SELECT id::text, at, account_id, email, role, agency_id, token_id, action, item_kind, item_id, change, reason, address
       FROM audit_log WHERE ${where} ORDER BY at DESC, id DESC LIMIT $7 OFFSET $8`,
      [...values, pageSize, offset],
    ),
  ]);
  return { total: count.rows[0]?.total ?? 0, items: page.rows.map(toEntry) };
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: isoTimestamp(row.at),
    accountId: row.account_id,
    email: row.email,
    role: row.role,
    agencyId: row.agency_id,
    tokenId: row.token_id,
    action: row.action,
    itemKind: row.item_kind,
    itemId: row.item_id,
    change: row.change ?? null,
    reason: row.reason,
    address: row.address,
  };
}
