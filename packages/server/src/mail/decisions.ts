import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { decisionMessage, type Decision } from './messages.js';
import { enqueue } from './outbox.js';

/** Where each kind keeps its title and its author's name and address. */
const authors: Record<PostingKind, string> = {
  opportunity: `SELECT title, contact->>'name' AS author_name, contact->>'email' AS author_email FROM opportunities WHERE id = $1`,
  offer: 'SELECT title, display_name AS author_name, email AS author_email FROM offers WHERE id = $1',
};

/**
 * Queues the message that tells a listing's author what the moderators decided. Call it in the
 * decision's transaction. A listing without an author address (demo data) gets none.
 */
export async function notifyAuthor(db: Queryable, kind: PostingKind, id: string, decision: Decision, reason?: string | null): Promise<void> {
  const { rows } = await db.query<{ title: string; author_name: string | null; author_email: string | null }>(authors[kind], [id]);
  const listing = rows[0];
  if (!listing?.author_email) return;
  await enqueue(db, decisionMessage(kind, { title: listing.title, authorName: listing.author_name, authorEmail: listing.author_email }, decision, reason));
}
