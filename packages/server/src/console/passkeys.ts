/**
 * Staff passkeys and their WebAuthn challenges (tables `staff_passkeys`, `passkey_challenges`,
 * migration 081). A challenge is bound to what asked for it (a staff member's session when
 * registering, a browser's sign-in binding when signing in), expires after five minutes and is
 * spent by the statement that checks it, so of two requests with the same one only one wins.
 */
import { randomUUID } from 'node:crypto';
import type { Passkey, PasskeyList } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { digest } from './secrets.js';

export const challengeMinutes = 5;

type Transport = 'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb';

export interface PasskeyRow {
  id: string;
  account_id: string;
  credential_id: string;
  public_key: Uint8Array;
  counter: string | number;
  transports: Transport[];
  name: string;
  backed_up: boolean;
  created_at: Date;
  last_used_at: Date | null;
  agency_id: string | null;
  role: string;
  email: string;
}

const passkeySelect = `SELECT p.id, p.account_id, p.credential_id, p.public_key, p.counter, p.transports, p.name, p.backed_up,
    p.created_at, p.last_used_at, a.agency_id, a.role, a.email
  FROM staff_passkeys p JOIN staff_accounts a ON a.id = p.account_id`;

export function toPasskey(row: PasskeyRow): Passkey {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    backedUp: row.backed_up,
    createdAt: isoTimestamp(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : isoTimestamp(row.last_used_at),
  };
}

export async function saveChallenge(
  db: Queryable,
  challenge: string,
  binding: { purpose: 'register'; accountId: string; sessionId: string } | { purpose: 'sign-in'; bindingNonce: string },
): Promise<void> {
  await db.query(
    `INSERT INTO passkey_challenges (challenge, purpose, account_id, session_id, binding_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 minute')`,
    [
      challenge,
      binding.purpose,
      binding.purpose === 'register' ? binding.accountId : null,
      binding.purpose === 'register' ? binding.sessionId : null,
      binding.purpose === 'sign-in' ? digest(binding.bindingNonce) : null,
      challengeMinutes,
    ],
  );
}

/** Spends a registration challenge of this staff member's session; false when there is none to spend. */
export async function spendRegisterChallenge(db: Queryable, challenge: string, accountId: string, sessionId: string): Promise<boolean> {
  const result = await db.query(
    `UPDATE passkey_challenges SET used_at = now()
     WHERE challenge = $1 AND purpose = 'register' AND account_id = $2 AND session_id = $3 AND used_at IS NULL AND expires_at > now()`,
    [challenge, accountId, sessionId],
  );
  return result.rowCount === 1;
}

/** Spends a sign-in challenge asked for by the browser with this binding nonce. */
export async function spendSignInChallenge(db: Queryable, challenge: string, bindingNonce: string | undefined): Promise<boolean> {
  if (!bindingNonce) return false;
  const result = await db.query(
    `UPDATE passkey_challenges SET used_at = now()
     WHERE challenge = $1 AND purpose = 'sign-in' AND binding_hash = $2 AND used_at IS NULL AND expires_at > now()`,
    [challenge, digest(bindingNonce)],
  );
  return result.rowCount === 1;
}

export async function addPasskey(
  db: Queryable,
  accountId: string,
  credential: { id: string; publicKey: Uint8Array; counter: number; transports: string[] | undefined; backedUp: boolean },
  name: string,
): Promise<PasskeyRow> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO staff_passkeys (id, account_id, credential_id, public_key, counter, transports, name, backed_up)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, accountId, credential.id, Buffer.from(credential.publicKey), credential.counter, credential.transports ?? [], name, credential.backedUp],
  );
  const row = await passkeyById(db, id);
  if (!row) throw new Error('the new passkey is missing');
  return row;
}

export async function passkeyById(db: Queryable, id: string): Promise<PasskeyRow | undefined> {
  return (await db.query<PasskeyRow>(`${passkeySelect} WHERE p.id = $1`, [id])).rows[0];
}

/** The passkey with this credential id, if its account may still sign in. */
export async function passkeyByCredential(db: Queryable, credentialId: string): Promise<PasskeyRow | undefined> {
  return (await db.query<PasskeyRow>(`${passkeySelect} WHERE p.credential_id = $1 AND a.disabled_at IS NULL`, [credentialId])).rows[0];
}

export async function credentialIdsOf(db: Queryable, accountId: string): Promise<Array<{ id: string; transports: Transport[] }>> {
  const { rows } = await db.query<{ credential_id: string; transports: Transport[] }>(
    'SELECT credential_id, transports FROM staff_passkeys WHERE account_id = $1',
    [accountId],
  );
  return rows.map((row) => ({ id: row.credential_id, transports: row.transports }));
}

export async function hasPasskey(db: Queryable, accountId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM staff_passkeys WHERE account_id = $1 LIMIT 1', [accountId]);
  return rows.length > 0;
}

export async function listPasskeys(db: Queryable, accountId: string): Promise<PasskeyList> {
  const { rows } = await db.query<PasskeyRow>(`${passkeySelect} WHERE p.account_id = $1 ORDER BY p.created_at DESC, p.id`, [accountId]);
  return { items: rows.map(toPasskey) };
}

/** Records a use; the counter only moves forward (authenticators that keep none report 0). */
export async function recordUse(db: Queryable, id: string, counter: number): Promise<void> {
  await db.query('UPDATE staff_passkeys SET counter = greatest(counter, $2), last_used_at = now() WHERE id = $1', [id, counter]);
}

export async function removePasskey(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('DELETE FROM staff_passkeys WHERE id = $1', [id])).rowCount === 1;
}

/** Spent and expired challenges are of no further use. */
export async function purgeChallenges(db: Queryable): Promise<number> {
  return (await db.query(`DELETE FROM passkey_challenges WHERE expires_at < now() - interval '1 hour'`)).rowCount ?? 0;
}
