/**
 * The change-feed property's parts: random writes of the kinds listings go through (post,
 * approve, reject, edit, withdraw, unhide, expire, delete), a copy that applies feed pages, and
 * the truth it must equal (the published listings, read as the detail view reads them).
 */
import type { ChangeFeedPage, Opportunity } from '@mitmachen/contract';
import fc from 'fast-check';
import { expireListings } from '../../packages/server/src/changes/expiry.js';
import { decideItem, editItem } from '../../packages/server/src/console/decisions.js';
import type { Principal } from '../../packages/server/src/console/principal.js';
import type { Queryable } from '../../packages/server/src/db/database.js';
import { ProblemError } from '../../packages/server/src/errors.js';
import { approvePosting, rejectPosting } from '../../packages/server/src/moderation/repository.js';
import { createOpportunity } from '../../packages/server/src/opportunities/repository.js';
import { detailColumns, toOpportunity, type DetailRow } from '../../packages/server/src/opportunities/rows.js';
import { visibleOpportunity } from '../../packages/server/src/opportunities/search.js';
import { sampleOpportunityInput } from '../support/server.js';

export type Operation =
  | { op: 'post'; organisation: number }
  | { op: 'approve' | 'reject' | 'edit' | 'withdraw' | 'unhide' | 'expire' | 'delete' | 'rename'; pick: number }
  | { op: 'read'; limit: number };

const organisations = ['Tierschutzverein Pirna e. V.', 'Tafel Meißen e. V.', 'Stadtbibliothek Zwickau'];

export const operations: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('post' as const), organisation: fc.nat(organisations.length - 1) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('approve' as const), pick: fc.nat() }) },
  ...(['reject', 'edit', 'withdraw', 'unhide', 'expire', 'delete', 'rename'] as const).map((op) => ({
    weight: op === 'edit' || op === 'withdraw' || op === 'delete' ? 2 : 1,
    arbitrary: fc.record({ op: fc.constant(op), pick: fc.nat() }),
  })),
  { weight: 6, arbitrary: fc.record({ op: fc.constant('read' as const), limit: fc.integer({ min: 1, max: 7 }) }) },
);

const operator: Principal = {
  via: 'admin-token',
  accountId: null,
  email: null,
  role: 'operator',
  agencyId: null,
  sessionId: null,
  tokenId: null,
  readOnly: false,
  address: '127.0.0.1',
};

const targets: Record<Exclude<Operation['op'], 'post' | 'read'>, string[] | null> = {
  approve: ['pending'],
  reject: ['pending'],
  edit: null,
  withdraw: ['published'],
  unhide: ['hidden'],
  expire: ['published'],
  delete: ['published', 'hidden'],
  rename: ['published'],
};

/**
 * Applies one write. Writes that do not fit the listing's state (approving a published one)
 * are refused by the code under test as they would be for staff; the property does not care.
 */
export async function write(db: Queryable, operation: Exclude<Operation, { op: 'read' }>, ids: string[], serial: number): Promise<void> {
  if (operation.op === 'post') {
    const name = organisations[operation.organisation] as string;
    const input = sampleOpportunityInput({ title: `Ehrenamt ${serial}`, organisation: { name, type: 'verein' } });
    ids.push((await createOpportunity(db, input)).id);
    return;
  }
  // Each write aims at listings it can change (approving a pending one, withdrawing a published
  // one), so a short sequence still publishes and removes plenty; edits hit any.
  const wanted = targets[operation.op];
  const { rows } = await db.query<{ id: string }>('SELECT id FROM opportunities WHERE id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR status = ANY($2)) ORDER BY id', [ids, wanted]);
  const candidates = rows.length > 0 ? rows.map((row) => row.id) : ids;
  if (candidates.length === 0) return;
  const id = candidates[operation.pick % candidates.length] as string;
  try {
    switch (operation.op) {
      case 'approve':
        return void (await approvePosting(db, 'opportunity', id));
      case 'reject':
        return void (await rejectPosting(db, 'opportunity', id, 'Passt nicht zu uns'));
      case 'edit':
        return await editItem(db, operator, 'opportunity', id, { title: `Ehrenamt ${serial} (geändert)` });
      case 'withdraw':
        return void (await decideItem(db, operator, 'opportunity', id, { action: 'hide', reason: 'Zurückgezogen' }));
      case 'unhide':
        return void (await decideItem(db, operator, 'opportunity', id, { action: 'unhide' }));
      case 'expire':
        // Its last day was yesterday; the housekeeping then marks it expired.
        await db.query(`UPDATE opportunities SET expires_at = service_today() - 1 WHERE id = $1`, [id]);
        return void (await expireListings(db));
      case 'delete':
        return void (await db.query('DELETE FROM opportunities WHERE id = $1', [id]));
      case 'rename':
        await db.query(`UPDATE organisations SET name = name || ' ' || $2 WHERE id = (SELECT organisation_id FROM opportunities WHERE id = $1)`, [id, String(serial)]);
        return;
    }
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
  }
}

/** A copy kept from the feed: listings by id, and the cursor it has applied up to. */
export interface Copy {
  listings: Map<string, Opportunity>;
  cursor: string | undefined;
}

export function apply(copy: Copy, page: ChangeFeedPage): Copy {
  const listings = new Map(copy.listings);
  for (const entry of page.items) {
    if (entry.op === 'deleted') listings.delete(entry.id);
    else listings.set(entry.id, entry.opportunity as Opportunity);
  }
  return { listings, cursor: page.cursor };
}

/** What the live API shows: every published, unexpired listing as its detail view reads. */
export async function published(db: Queryable): Promise<Map<string, Opportunity>> {
  const { rows } = await db.query<DetailRow>(
    `SELECT ${detailColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id WHERE ${visibleOpportunity}`,
  );
  return new Map(rows.map((row) => [row.id, toOpportunity(row)]));
}

/** Sorted, so a failing comparison prints a readable difference. */
export function sorted(listings: Map<string, Opportunity>): Array<[string, Opportunity]> {
  return [...listings].sort(([a], [b]) => a.localeCompare(b));
}
