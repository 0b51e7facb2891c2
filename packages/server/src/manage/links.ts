/**
 * Manage links (table `manage_links`, migration 100): a secret that opens one listing for its
 * author. Only the digest is stored (console/secrets.ts), so a copy of the database opens
 * nothing, and a link can only be mailed when it is made.
 */
import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { digest, newSecret } from '../console/secrets.js';
import { ProblemError } from '../errors.js';

export interface ListingRef {
  kind: PostingKind;
  id: string;
}

/** Actions a mail offers as one click (a confirm page, then a POST). */
export type MailAction = 'extend' | 'renew' | 'confirm' | 'pause' | 'fill' | 'withdraw';

/** A new link for one listing; earlier ones stay valid (see `revokeLinks`). Returns the secret. */
export async function issueLink(db: Queryable, listing: ListingRef, now: Date): Promise<string> {
  const token = newSecret();
  await db.query('INSERT INTO manage_links (token_hash, kind, listing_id, created_at) VALUES ($1, $2, $3, $4)', [digest(token), listing.kind, listing.id, now]);
  return token;
}

/** Every live link of the listing stops working. */
export async function revokeLinks(db: Queryable, listing: ListingRef, now: Date): Promise<number> {
  const { rowCount } = await db.query('UPDATE manage_links SET revoked_at = $3 WHERE kind = $1 AND listing_id = $2 AND revoked_at IS NULL', [
    listing.kind,
    listing.id,
    now,
  ]);
  return rowCount ?? 0;
}

export function invalidLink(): ProblemError {
  return new ProblemError(
    401,
    'manage-link-invalid',
    'Manage link not valid',
    'This manage link is wrong, was revoked, or was replaced by a newer one. Ask for your links again with your e-mail address.',
  );
}

/** The listing a secret opens; a 401 problem for a wrong, revoked or replaced one. */
export async function resolveLink(db: Queryable, token: string | undefined): Promise<ListingRef> {
  // 43 characters: 32 random bytes in base64url. Anything else cannot be ours; no query needed.
  if (token === undefined || !/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalidLink();
  const { rows } = await db.query<{ kind: PostingKind; listing_id: string }>(
    'UPDATE manage_links SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING kind, listing_id',
    [digest(token)],
  );
  const row = rows[0];
  if (!row) throw invalidLink();
  return { kind: row.kind, id: row.listing_id };
}

/** The token from `Authorization: Manage <token>`. */
export function tokenFromHeader(header: string | undefined): string | undefined {
  const match = /^Manage\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** The manage page, the secret in the fragment so it reaches neither logs nor Referer headers. */
export function manageUrl(origin: string, token: string): string {
  return `${origin}/manage/#token=${token}`;
}

/**
 * A one-click answer from a mail. A mail client cannot keep a fragment through a form, so the
 * secret is in the query here; the page it opens only asks to confirm (scanners follow GETs),
 * sends no Referer, and the server's log shows the path without the query.
 */
export function actionUrl(origin: string, token: string, action: MailAction): string {
  return `${origin}/manage/confirm?action=${action}&token=${token}`;
}
