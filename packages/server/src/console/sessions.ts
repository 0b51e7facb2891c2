/**
 * Staff sessions and sign-in links (tables `staff_sessions`, `sign_in_links`, migration 080).
 * A session is found by the digest of its cookie's value; every request that uses it moves its
 * idle deadline, in the same statement that checks it, so two servers agree on the answer.
 */
import { randomUUID } from 'node:crypto';
import type { SessionList, SessionSummary } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { isoTimestamp } from '../opportunities/rows.js';
import { digest, newSecret } from './secrets.js';

export const sessionIdleMinutes = 30;
export const sessionHours = 12;
export const signInLinkMinutes = 10;

export interface SessionRow {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  email: string;
  role: 'operator' | 'agency_admin' | 'moderator' | 'analyst';
  agency_id: string | null;
}

/** A new link for an active account with this address; undefined for any other address. */
export async function createSignInLink(
  db: Queryable,
  email: string,
  bindingNonce: string,
  address: string,
): Promise<{ token: string; accountId: string; email: string; role: string; agencyId: string | null } | undefined> {
  const account = (
    await db.query<{ id: string; email: string; role: string; agency_id: string | null }>(
      'SELECT id, email, role, agency_id FROM staff_accounts WHERE lower(email) = lower($1) AND disabled_at IS NULL',
      [email],
    )
  ).rows[0];
  if (!account) return undefined;
  const token = newSecret();
  await db.query(
    `INSERT INTO sign_in_links (token_hash, account_id, binding_hash, expires_at, address)
     VALUES ($1, $2, $3, now() + $4 * interval '1 minute', $5)`,
    [digest(token), account.id, digest(bindingNonce), signInLinkMinutes, address],
  );
  return { token, accountId: account.id, email: account.email, role: account.role, agencyId: account.agency_id };
}

/**
 * Spends a link in one statement, so of two requests with the same token one wins. Undefined
 * when it is unknown, used, expired, asked for in another browser, or its account is disabled.
 */
export async function spendSignInLink(db: Queryable, token: string, bindingNonce: string | undefined): Promise<string | undefined> {
  if (!bindingNonce) return undefined;
  const { rows } = await db.query<{ account_id: string }>(
    `UPDATE sign_in_links l SET used_at = now()
     FROM staff_accounts a
     WHERE l.token_hash = $1 AND l.binding_hash = $2 AND l.used_at IS NULL AND l.expires_at > now()
       AND a.id = l.account_id AND a.disabled_at IS NULL
     RETURNING l.account_id`,
    [digest(token), digest(bindingNonce)],
  );
  return rows[0]?.account_id;
}

/** Starts a session with a fresh id; the one the browser had before (if any) ends. */
export async function startSession(
  db: Queryable,
  accountId: string,
  client: { address: string; userAgent: string | undefined; previousSecret: string | undefined },
): Promise<{ secret: string; session: SessionRow }> {
  if (client.previousSecret) {
    await db.query(`UPDATE staff_sessions SET ended_at = now(), ended_reason = 'replaced' WHERE secret_hash = $1 AND ended_at IS NULL`, [
      digest(client.previousSecret),
    ]);
  }
  const secret = newSecret();
  const id = randomUUID();
  await db.query(
    `INSERT INTO staff_sessions (id, secret_hash, account_id, csrf_token, expires_at, address, user_agent)
     VALUES ($1, $2, $3, $4, now() + $5 * interval '1 hour', $6, $7)`,
    [id, digest(secret), accountId, newSecret(), sessionHours, client.address, client.userAgent?.slice(0, 300) ?? null],
  );
  await db.query('UPDATE staff_accounts SET last_sign_in_at = now() WHERE id = $1', [accountId]);
  const session = (await db.query<SessionRow>(`${sessionSelect} WHERE s.id = $1`, [id])).rows[0];
  if (!session) throw new Error('the new session is missing');
  return { secret, session };
}

const sessionSelect = `SELECT s.id, s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, a.email, a.role, a.agency_id
  FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id`;

/** The live session behind a cookie, its idle deadline moved; undefined when it has ended. */
export async function resumeSession(db: Queryable, secret: string): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(
    `WITH live AS (
       UPDATE staff_sessions s SET last_seen_at = now()
       FROM staff_accounts a
       WHERE s.secret_hash = $1 AND a.id = s.account_id AND s.ended_at IS NULL AND a.disabled_at IS NULL
         AND s.expires_at > now() AND s.last_seen_at > now() - $2 * interval '1 minute'
       RETURNING s.id
     )
     ${sessionSelect} WHERE s.id IN (SELECT id FROM live)`,
    [digest(secret), sessionIdleMinutes],
  );
  // The CTE's update is not visible to the outer select in the same statement: report the new time.
  const row = rows[0];
  if (row) row.last_seen_at = new Date();
  return row;
}

export async function endSession(db: Queryable, sessionId: string, reason: string): Promise<boolean> {
  const result = await db.query(`UPDATE staff_sessions SET ended_at = now(), ended_reason = $2 WHERE id = $1 AND ended_at IS NULL`, [
    sessionId,
    reason,
  ]);
  return result.rowCount === 1;
}

/** Ends every session of an account (it was disabled or its role changed). */
export async function endSessionsOf(db: Queryable, accountId: string, reason: string): Promise<void> {
  await db.query(`UPDATE staff_sessions SET ended_at = now(), ended_reason = $2 WHERE account_id = $1 AND ended_at IS NULL`, [accountId, reason]);
}

export async function listSessions(db: Queryable, accountId: string, currentId: string | null): Promise<SessionList> {
  const { rows } = await db.query<{
    id: string;
    account_id: string;
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
    address: string | null;
    user_agent: string | null;
  }>(
    `SELECT id, account_id, created_at, last_seen_at, expires_at, address, user_agent FROM staff_sessions
     WHERE account_id = $1 AND ended_at IS NULL AND expires_at > now() AND last_seen_at > now() - $2 * interval '1 minute'
     ORDER BY created_at DESC`,
    [accountId, sessionIdleMinutes],
  );
  return {
    items: rows.map(
      (row): SessionSummary => ({
        id: row.id,
        accountId: row.account_id,
        current: row.id === currentId,
        createdAt: isoTimestamp(row.created_at),
        lastSeenAt: isoTimestamp(row.last_seen_at),
        expiresAt: isoTimestamp(row.expires_at),
        address: row.address,
        userAgent: row.user_agent,
      }),
    ),
  };
}

/** The account a live session belongs to (for scope checks before revoking it). */
export async function sessionAccount(db: Queryable, sessionId: string): Promise<{ account_id: string; agency_id: string | null } | undefined> {
  const { rows } = await db.query<{ account_id: string; agency_id: string | null }>(
    `SELECT s.account_id, a.agency_id FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
     WHERE s.id = $1 AND s.ended_at IS NULL`,
    [sessionId],
  );
  return rows[0];
}

/** Spent and expired links are of no further use. */
export async function purgeSignInLinks(db: Queryable): Promise<number> {
  const result = await db.query(`DELETE FROM sign_in_links WHERE expires_at < now() - interval '1 day'`);
  return result.rowCount ?? 0;
}
