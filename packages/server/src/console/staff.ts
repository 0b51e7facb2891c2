/** Staff accounts and agencies (migration 080), each read and written within the caller's scope. */
import { randomUUID } from 'node:crypto';
import type { Agency, AgencyInput, AgencyList, AgencyPatch, Region, StaffAccount, StaffInput, StaffList, StaffPatch, StaffRole } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { conflict, invalidField, notFound } from '../errors.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { forbidden, requireAdminRole, requireOperator, type Principal } from './principal.js';

interface AccountRow {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
  agency_id: string | null;
  disabled_at: Date | null;
  created_at: Date;
  last_sign_in_at: Date | null;
}

const accountColumns = 'id, email, name, role, agency_id, disabled_at, created_at, last_sign_in_at';

export function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    disabled: row.disabled_at !== null,
    createdAt: isoTimestamp(row.created_at),
    lastSignInAt: row.last_sign_in_at === null ? null : isoTimestamp(row.last_sign_in_at),
  };
}

export async function getAccount(db: Queryable, id: string): Promise<StaffAccount | undefined> {
  const { rows } = await db.query<AccountRow>(`SELECT ${accountColumns} FROM staff_accounts WHERE id = $1`, [id]);
  return rows[0] && toAccount(rows[0]);
}

/** An account the principal may manage; 404 for any other, so its existence is not revealed. */
async function managedAccount(db: Queryable, principal: Principal, id: string): Promise<StaffAccount> {
  requireAdminRole(principal);
  const account = await getAccount(db, id);
  if (!account || (principal.role !== 'operator' && account.agencyId !== principal.agencyId)) throw notFound(`No staff account has the id ${id}.`);
  return account;
}

export async function listStaff(db: Queryable, principal: Principal, agencyId: string | undefined): Promise<StaffList> {
  requireAdminRole(principal);
  const scope = principal.role === 'operator' ? (agencyId ?? null) : principal.agencyId;
  if (principal.role !== 'operator' && agencyId !== undefined && agencyId !== principal.agencyId) return { items: [] };
  const { rows } = await db.query<AccountRow>(
    `SELECT ${accountColumns} FROM staff_accounts WHERE $1::uuid IS NULL OR agency_id = $1 ORDER BY lower(email)`,
    [scope],
  );
  return { items: rows.map(toAccount) };
}

/**
 * Adds an account. Also used by the CLI (`staff add`) with an operator principal. An agency
 * admin adds people to their own agency only, and never an operator.
 */
export async function createStaff(db: Queryable, principal: Principal, input: StaffInput): Promise<StaffAccount> {
  requireAdminRole(principal);
  const agencyId = principal.role === 'operator' ? (input.agencyId ?? null) : (input.agencyId ?? principal.agencyId);
  if (principal.role !== 'operator') {
    if (input.role === 'operator') throw forbidden('Only operators may add operators.');
    if (agencyId !== principal.agencyId) throw notFound(`No agency has the id ${agencyId}.`);
  }
  if (input.role === 'operator' && agencyId !== null) throw invalidField('/agencyId', 'an operator serves the whole platform: leave it out');
  if (input.role !== 'operator' && agencyId === null) throw invalidField('/agencyId', `is required for the role ${input.role}`);
  if (agencyId !== null && !(await agencyExists(db, agencyId))) throw invalidField('/agencyId', 'no agency has this id');
  const taken = await db.query('SELECT 1 FROM staff_accounts WHERE lower(email) = lower($1)', [input.email]);
  if (taken.rowCount) throw conflict(`${input.email} already has a staff account.`);
  const { rows } = await db.query<AccountRow>(
    `INSERT INTO staff_accounts (id, email, name, role, agency_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${accountColumns}`,
    [randomUUID(), input.email.trim(), input.name?.trim() ?? null, input.role, agencyId],
  );
  return toAccount(rows[0] as AccountRow);
}

/** Changes an account; returns it before and after (for the log). Disabling ends its sessions (the caller does). */
export async function updateStaff(
  db: Queryable,
  principal: Principal,
  id: string,
  patch: StaffPatch,
): Promise<{ before: StaffAccount; after: StaffAccount }> {
  const before = await managedAccount(db, principal, id);
  if (principal.role !== 'operator' && (patch.role === 'operator' || before.role === 'operator')) throw forbidden('Only operators may change operators.');
  if (patch.role !== undefined && (patch.role === 'operator') !== (before.role === 'operator')) {
    throw invalidField('/role', 'an operator has no agency and an agency member has one: add a new account instead');
  }
  if (patch.disabled === true && id === principal.accountId) throw invalidField('/disabled', 'you cannot disable your own account');
  const { rows } = await db.query<AccountRow>(
    `UPDATE staff_accounts SET name = coalesce($2, name), role = coalesce($3, role),
       disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at WHEN $4 THEN coalesce(disabled_at, now()) ELSE NULL END
     WHERE id = $1 RETURNING ${accountColumns}`,
    [id, patch.name?.trim() ?? null, patch.role ?? null, patch.disabled ?? null],
  );
  return { before, after: toAccount(rows[0] as AccountRow) };
}

export async function agencyExists(db: Queryable, id: string): Promise<boolean> {
  return ((await db.query('SELECT 1 FROM agencies WHERE id = $1', [id])).rowCount ?? 0) > 0;
}

interface AgencyRow {
  id: string;
  name: string;
  created_at: Date;
  confirm_interval_days: number;
  regions: Region[] | null;
}

const agencySelect = `SELECT a.id, a.name, a.created_at, a.confirm_interval_days,
  (SELECT array_agg(r.region ORDER BY r.region) FROM agency_regions r WHERE r.agency_id = a.id) AS regions
  FROM agencies a`;

function toAgency(row: AgencyRow): Agency {
  return { id: row.id, name: row.name, regions: row.regions ?? [], createdAt: isoTimestamp(row.created_at), confirmIntervalDays: row.confirm_interval_days };
}

export async function getAgency(db: Queryable, id: string): Promise<Agency | undefined> {
  const { rows } = await db.query<AgencyRow>(`${agencySelect} WHERE a.id = $1`, [id]);
  return rows[0] && toAgency(rows[0]);
}

export async function listAgencies(db: Queryable, principal: Principal): Promise<AgencyList> {
  const scope = principal.role === 'operator' ? null : principal.agencyId;
  const { rows } = await db.query<AgencyRow>(`${agencySelect} WHERE $1::uuid IS NULL OR a.id = $1 ORDER BY a.name`, [scope]);
  return { items: rows.map(toAgency) };
}

export async function createAgency(db: Queryable, principal: Principal, input: AgencyInput): Promise<Agency> {
  requireOperator(principal);
  const id = randomUUID();
  const named = await db.query('SELECT 1 FROM agencies WHERE lower(name) = lower($1)', [input.name.trim()]);
  if (named.rowCount) throw conflict(`An agency is already called ${input.name.trim()}.`);
  await db.query('INSERT INTO agencies (id, name) VALUES ($1, $2)', [id, input.name.trim()]);
  await setRegions(db, id, input.regions);
  return (await getAgency(db, id)) as Agency;
}

export async function updateAgency(db: Queryable, principal: Principal, id: string, patch: AgencyPatch): Promise<{ before: Agency; after: Agency }> {
  requireAdminRole(principal);
  const before = await getAgency(db, id);
  if (!before || (principal.role !== 'operator' && principal.agencyId !== id)) throw notFound(`No agency has the id ${id}.`);
  if (patch.regions !== undefined && principal.role !== 'operator') throw forbidden('Only operators may change which regions an agency covers.');
  if (patch.name !== undefined) {
    const named = await db.query('SELECT 1 FROM agencies WHERE lower(name) = lower($1) AND id <> $2', [patch.name.trim(), id]);
    if (named.rowCount) throw conflict(`An agency is already called ${patch.name.trim()}.`);
    await db.query('UPDATE agencies SET name = $2 WHERE id = $1', [id, patch.name.trim()]);
  }
  // The lifecycle scheduler reads it on its next pass (manage/scheduler.ts); the contract keeps it within 14–365.
  if (patch.confirmIntervalDays !== undefined) await db.query('UPDATE agencies SET confirm_interval_days = $2 WHERE id = $1', [id, patch.confirmIntervalDays]);
  if (patch.regions !== undefined) {
    await db.query('DELETE FROM agency_regions WHERE agency_id = $1', [id]);
    await setRegions(db, id, patch.regions);
  }
  return { before, after: (await getAgency(db, id)) as Agency };
}

async function setRegions(db: Queryable, agencyId: string, regions: Region[]): Promise<void> {
  if (regions.length === 0) return;
  const { rows } = await db.query<{ region: string; name: string }>(
    'SELECT r.region, a.name FROM agency_regions r JOIN agencies a ON a.id = r.agency_id WHERE r.region = ANY($1) AND r.agency_id <> $2',
    [regions, agencyId],
  );
  if (rows.length > 0) throw conflict(`Already covered: ${rows.map((row) => `${row.region} (${row.name})`).join(', ')}.`);
  await db.query('INSERT INTO agency_regions (region, agency_id) SELECT unnest($1::text[]), $2', [regions, agencyId]);
}
