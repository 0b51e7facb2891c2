/**
 * `mitmachen-server staff …` and `agency …`: the first operator (before anyone can sign in to
 * the console), and agencies and staff from a shell, through the same functions as the console
 * and with an entry in the audit log.
 */
import type { Region, StaffRole } from '@mitmachen/contract';
import { actorOf, audit } from '../console/audit.js';
import type { Principal } from '../console/principal.js';
import { createAgency, createStaff, listAgencies, listStaff } from '../console/staff.js';
import type { Database, Queryable } from '../db/database.js';
import { slugify } from '../opportunities/organisations.js';
import { taxonomy } from '../taxonomy.js';
import { UsageError } from './moderate.js';

export const staffUsage = `  staff add <email> --role operator|agency_admin|moderator|analyst [--agency <id or name>] [--name "…"]
                        Add a console account (the first one: --role operator). It signs in
                        at /console/ with a link by mail (or, without SMTP_URL, in the log).
  staff list            Every account with role and agency.
  staff remove-passkeys <email>
                        Remove every passkey of an account (a lost one), so it signs in by
                        link again; operators with a passkey must otherwise use it.
  agency add "<name>" --regions dresden,meissen
                        Add an agency covering these regions (ids from GET /v1/taxonomy).
  agency list           Every agency with its regions.`;

const roles: StaffRole[] = ['operator', 'agency_admin', 'moderator', 'analyst'];

/** The shell acts as the platform: an operator without an account, logged as `cli`. */
const shell: Principal = {
  via: 'admin-token',
  accountId: null,
  email: null,
  role: 'operator',
  agencyId: null,
  sessionId: null,
  tokenId: null,
  readOnly: false,
  address: 'cli',
};

export interface StaffArguments {
  command: 'staff' | 'agency';
  args: string[];
  role?: string | undefined;
  agency?: string | undefined;
  name?: string | undefined;
  regions?: string | undefined;
}

export function staffCommand({ command, args, role, agency, name, regions }: StaffArguments): (db: Database) => Promise<string[]> {
  const [action, ...rest] = args;
  if (command === 'agency') {
    if (action === 'list' && rest.length === 0) {
      return async (db) => (await listAgencies(db.pool, shell)).items.map((a) => `${a.id}  ${a.name}  (${a.regions.join(', ') || 'no region'})`);
    }
    if (action === 'add' && rest.length === 1 && regions !== undefined) {
      const list = regions.split(',').map((region) => region.trim()).filter(Boolean) as Region[];
      const known = new Set<string>(taxonomy.regions.map((region) => region.id));
      const unknown = list.filter((region) => !known.has(region));
      if (unknown.length > 0) throw new UsageError(`Unknown region(s): ${unknown.join(', ')}; known are ${[...known].join(', ')}`);
      return async (db) => {
        const created = await db.transaction(async (client) => {
          const made = await createAgency(client, shell, { name: rest[0] as string, regions: list });
          await audit(client, actorOf(shell), { action: 'agency-create', itemKind: 'agency', itemId: made.id, subjectAgencyId: made.id, change: made });
          return made;
        });
        return [`Added agency ${created.name} (${created.id}) covering ${created.regions.join(', ') || 'no region'}.`];
      };
    }
    throw new UsageError('agency add "<name>" --regions a,b  or  agency list');
  }
  if (action === 'list' && rest.length === 0) {
    return async (db) => (await listStaff(db.pool, shell, undefined)).items.map(
      (s) => `${s.email}  ${s.role}${s.agencyId ? `  agency ${s.agencyId}` : ''}${s.disabled ? '  (disabled)' : ''}`,
    );
  }
  if (action === 'remove-passkeys' && rest.length === 1) {
    const email = rest[0] as string;
    return async (db) => {
      const removed = await db.transaction(async (client) => {
        const { rows } = await client.query<{ id: string; name: string; account_id: string; agency_id: string | null }>(
          `DELETE FROM staff_passkeys p USING staff_accounts a
           WHERE a.id = p.account_id AND lower(a.email) = lower($1) RETURNING p.id, p.name, p.account_id, a.agency_id`,
          [email],
        );
        for (const row of rows) {
          await audit(client, actorOf(shell), {
            action: 'passkey-remove',
            itemKind: 'passkey',
            itemId: row.id,
            subjectAgencyId: row.agency_id,
            change: { name: row.name, accountId: row.account_id },
          });
        }
        return rows.length;
      });
      return [`Removed ${removed} passkey(s) of ${email}.`];
    };
  }
  if (action !== 'add' || rest.length !== 1) throw new UsageError('staff add <email> --role <role> [--agency <id or name>],  staff list  or  staff remove-passkeys <email>');
  if (!role || !roles.includes(role as StaffRole)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  const email = rest[0] as string;
  return async (db) => {
    const account = await db.transaction(async (client) => {
      const agencyId = agency === undefined ? undefined : await agencyIdOf(client, agency);
      const created = await createStaff(client, shell, {
        email,
        role: role as StaffRole,
        ...(agencyId === undefined ? {} : { agencyId }),
        ...(name === undefined ? {} : { name }),
      });
      await audit(client, actorOf(shell), {
        action: 'staff-create', itemKind: 'staff', itemId: created.id, subjectAgencyId: created.agencyId,
        change: { email: created.email, role: created.role, agencyId: created.agencyId },
      });
      return created;
    });
    return [`Added ${account.email} as ${account.role}. Sign in at /console/ with this address.`];
  };
}

/** The agency named by its id, its name (any case) or its name as a slug (`fwa-pirna`). */
export async function agencyIdOf(db: Queryable, idOrName: string): Promise<string> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM agencies WHERE id::text = lower($1) OR lower(name) = lower($1) ORDER BY name', [idOrName.trim()]);
  if (!rows[0]) {
    const all = await db.query<{ id: string; name: string }>('SELECT id, name FROM agencies');
    const bySlug = all.rows.find((row) => slugify(row.name) === idOrName.trim().toLowerCase());
    if (bySlug) return bySlug.id;
  }
  if (!rows[0]) throw new UsageError(`No agency has the id or name "${idOrName}" (see: agency list).`);
  return rows[0].id;
}
