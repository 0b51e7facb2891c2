import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { issueLink } from '../manage/links.js';
import { acceptedLines, languageOf } from '../manage/messages.js';
import { decisionMessage, type Decision } from './messages.js';
import { enqueue } from './outbox.js';

/** Where each kind keeps its title and its author's name, address and language. */
const authors: Record<PostingKind, string> = {
  opportunity: `SELECT title, contact->>'name' AS author_name, contact->>'email' AS author_email, author_language FROM opportunities WHERE id = $1`,
  offer: 'SELECT title, display_name AS author_name, email AS author_email, author_language FROM offers WHERE id = $1',
};

/** Where links in mail point (the server's public origin), and the time to stamp them with. */
export interface MailLinkOptions {
  origin?: string | undefined;
  now?: Date | undefined;
}

/**
 * Queues the message that tells a listing's author what the moderators decided. Call it in the
 * decision's transaction. A listing without an author address (demo data) gets none. The
 * acceptance carries a new manage link (manage/links.ts) when the origin for links is known.
 */
export async function notifyAuthor(
  db: Queryable,
  kind: PostingKind,
  id: string,
  decision: Decision,
  reason?: string | null,
  links: MailLinkOptions = {},
): Promise<void> {
  const { rows } = await db.query<{ title: string; author_name: string | null; author_email: string | null; author_language: string | null }>(authors[kind], [id]);
  const listing = rows[0];
  if (!listing?.author_email) return;
  const language = languageOf(listing.author_language);
  let extra: string[] = [];
  if (decision === 'published' && links.origin !== undefined) {
    const token = await issueLink(db, { kind, id }, links.now ?? new Date());
    const recipient = { kind, title: listing.title, name: listing.author_name, email: listing.author_email, language };
    extra = acceptedLines(recipient, { origin: links.origin, token });
  }
  const author = { title: listing.title, authorName: listing.author_name, authorEmail: listing.author_email, language };
  await enqueue(db, decisionMessage(kind, author, decision, reason, extra));
}
