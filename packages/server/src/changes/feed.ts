/**
 * The integrators' change feed: every opportunity published, changed or removed since a
 * cursor, in commit order (see migrations/091_change_feed.sql for why the order is stable
 * across instances). A cursor is a position (search version, listing id), opaque to clients.
 */
import type { ChangeFeedEntry, ChangeFeedPage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidParameter } from '../errors.js';
import { detailColumns, toOpportunity, type DetailRow } from '../opportunities/rows.js';
import { publishedOpportunity } from '../opportunities/search.js';

export const defaultChangeLimit = 100;
export const maximumChangeLimit = 500;

/** Before the first listing of a version: the nil uuid sorts first. */
const beforeAll = '00000000-0000-0000-0000-000000000000';

interface Position {
  version: string;
  id: string;
}

const cursorShape = /^c1\.(\d{1,18})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCursor(position: Position): string {
  return Buffer.from(`c1.${position.version}.${position.id}`, 'utf8').toString('base64url');
}

/** The position a cursor names; a cursor we never issued is refused, naming the parameter. */
export function decodeCursor(cursor: string | undefined): Position {
  if (cursor === undefined || cursor === '') return { version: '0', id: beforeAll };
  const match = cursorShape.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidParameter('since', 'is not a cursor this feed issued; start without `since` to read the feed from its beginning');
  return { version: match[1] as string, id: match[2] as string };
}

interface FeedRow extends Partial<DetailRow> {
  head: string;
  feed_id: string | null;
  feed_version: string | null;
  published_version: string | null;
  stored_reason: ChangeFeedEntry['reason'] | null;
  visible: boolean | null;
  live_status: string | null;
  changed_at: Date | null;
}

/**
 * One page of changes after `since`. One statement, so the newest committed version it reports
 * and the rows it returns come from the same snapshot: the next cursor never skips a change.
 */
export async function readChanges(db: Queryable, since: string | undefined, limit = defaultChangeLimit): Promise<ChangeFeedPage> {
  const from = decodeCursor(since);
  const { rows } = await db.query<FeedRow>(
    `WITH head AS (SELECT version FROM search_version)
     SELECT head.version::text AS head, page.* FROM head LEFT JOIN LATERAL (
       SELECT f.id AS feed_id, f.version::text AS feed_version, f.published_version::text AS published_version,
         f.reason AS stored_reason, o.status AS live_status, (${publishedOpportunity}) AS visible,
         f.changed_at, ${detailColumns}
       FROM change_feed f
       LEFT JOIN opportunities o ON o.id = f.id
       LEFT JOIN organisations g ON g.id = o.organisation_id
       WHERE (f.version, f.id) > ($1::bigint, $2::uuid) AND f.version <= head.version
       ORDER BY f.version, f.id
       LIMIT $3
     ) page ON true`,
    [from.version, from.id, limit + 1],
  );
  const head = (rows[0] as FeedRow).head;
  const found = rows.filter((row) => row.feed_id !== null);
  const hasMore = found.length > limit;
  const page = found.slice(0, limit);
  const items = page.map((row) => toEntry(row, from.version));
  const last = page.at(-1);
  // An empty page moves the cursor to the newest version: nothing at or below it is left unseen.
  const next = last ? { version: last.feed_version as string, id: last.feed_id as string } : BigInt(head) > BigInt(from.version) ? { version: head, id: beforeAll } : from;
  return { items, cursor: encodeCursor(next), hasMore };
}

function toEntry(row: FeedRow, sinceVersion: string): ChangeFeedEntry {
  const id = row.feed_id as string;
  if (row.visible) {
    const created = BigInt(row.published_version as string) > BigInt(sinceVersion);
    return { op: created ? 'created' : 'updated', id, changedAt: (row.changed_at as Date).toISOString(), opportunity: toOpportunity(row as DetailRow) };
  }
  return { op: 'deleted', id, changedAt: (row.changed_at as Date).toISOString(), reason: removalReason(row) };
}

/** Why a listing is gone: its live status where the row still exists, else what was recorded. */
function removalReason(row: FeedRow): NonNullable<ChangeFeedEntry['reason']> {
  switch (row.live_status) {
    case null:
      return row.stored_reason ?? 'withdrawn';
    case 'published':
    case 'expired':
      return 'expired';
    case 'rejected':
      return 'rejected';
    default:
      return 'withdrawn';
  }
}
