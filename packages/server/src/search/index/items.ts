import type { Offer, OpportunityListItem, PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../../db/database.js';
import { offerColumns, toOffer, type OfferRow } from '../../offers/rows.js';
import { listColumns, toListItem, type ListRow } from '../../opportunities/rows.js';
import { roundKm } from '../center.js';
import type { IndexHit } from './query.js';

type Item = OpportunityListItem | Offer;

/** Result cards by id, the most recently used kept: the index holds what is searched, not what is shown. */
export class ItemCache {
  private readonly entries = new Map<string, Item>();
  constructor(private readonly capacity = 10_000) {}

  get(id: string): Item | undefined {
    const item = this.entries.get(id);
    if (item) {
      this.entries.delete(id);
      this.entries.set(id, item);
    }
    return item;
  }

  set(id: string, item: Item): void {
    this.entries.set(id, item);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }
}

const statements: Record<PostingKind, string> = {
  opportunity: `SELECT ${listColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id WHERE o.id = ANY ($1::uuid[])`,
  offer: `SELECT ${offerColumns} FROM offers o WHERE o.id = ANY ($1::uuid[])`,
};

/**
 * The page's cards, as the SQL search renders them, in the hits' order. Cards not cached are
 * read by primary key; they are kept only if the index did not move meanwhile (`current`), so a
 * card read before a change was applied never outlives it.
 */
export async function fetchItems(db: Queryable, kind: PostingKind, hits: readonly IndexHit[], cache: ItemCache, current: () => boolean): Promise<Item[]> {
  const missing = hits.filter((hit) => !cache.get(hit.id)).map((hit) => hit.id);
  const fetched = new Map<string, Item>();
  if (missing.length > 0) {
    const { rows } = await db.query(statements[kind], [missing]);
    for (const row of rows) {
      const item = kind === 'opportunity' ? toListItem(row as ListRow) : toOffer(row as OfferRow);
      fetched.set(item.id, item);
    }
    if (current()) for (const [id, item] of fetched) cache.set(id, item);
  }
  const items: Item[] = [];
  for (const hit of hits) {
    const item = fetched.get(hit.id) ?? cache.get(hit.id);
    if (!item) continue;
    items.push(hit.distance === null ? { ...item } : { ...item, distanceKm: roundKm(hit.distance) });
  }
  return items;
}
