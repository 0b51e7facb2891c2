import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../../db/database.js';
import { offerColumns, toOffer, type OfferRow } from '../../offers/rows.js';
import { listColumns, toListItem, type ListRow } from '../../opportunities/rows.js';
import { roundKm } from '../center.js';
import type { IndexHit } from './query.js';

/**
 * What the card cache may hold by default. Cards are kept as their JSON (one string each, about
 * 1.2 KB), not as objects: an object of a card costs two to three times that on the heap, and a
 * page is then the cards' texts joined, serialised once per change instead of once per answer.
 */
export const defaultCardCacheBytes = 48 * 1024 * 1024;

/** Result cards as JSON by id, the most recently used kept: the index holds what is searched, not what is shown. */
export class CardCache {
  private readonly entries = new Map<string, string>();
  private used = 0;
  constructor(private readonly capacityBytes = defaultCardCacheBytes) {}

  get(id: string): string | undefined {
    const card = this.entries.get(id);
    if (card !== undefined) {
      this.entries.delete(id);
      this.entries.set(id, card);
    }
    return card;
  }

  set(id: string, card: string): void {
    this.delete(id);
    this.entries.set(id, card);
    this.used += card.length;
    while (this.used > this.capacityBytes && this.entries.size > 1) this.delete(this.entries.keys().next().value as string);
  }

  delete(id: string): void {
    const card = this.entries.get(id);
    if (card === undefined) return;
    this.entries.delete(id);
    this.used -= card.length;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }

  /** Characters held (one byte each for the Latin-1 text of nearly every card). */
  get bytes(): number {
    return this.used;
  }
}

const statements: Record<PostingKind, string> = {
  opportunity: `SELECT ${listColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id WHERE o.id = ANY ($1::uuid[])`,
  offer: `SELECT ${offerColumns} FROM offers o WHERE o.id = ANY ($1::uuid[])`,
};

/**
 * The page's cards as JSON, as the SQL search renders them, in the hits' order. Cards not cached
 * are read by primary key; they are kept only if the index did not move meanwhile (`current`),
 * so a card read before a change was applied never outlives it. A distance is added as the
 * card's last member, where the SQL search's `item.distanceKm = …` puts it.
 */
export async function fetchCards(db: Queryable, kind: PostingKind, hits: readonly IndexHit[], cache: CardCache, current: () => boolean): Promise<string[]> {
  const found: Array<string | undefined> = hits.map((hit) => cache.get(hit.id));
  const missing = hits.filter((_, i) => found[i] === undefined).map((hit) => hit.id);
  if (missing.length > 0) {
    const { rows } = await db.query(statements[kind], [missing]);
    const fetched = new Map<string, string>();
    for (const row of rows) {
      const item = kind === 'opportunity' ? toListItem(row as ListRow) : toOffer(row as OfferRow);
      fetched.set(item.id, JSON.stringify(item));
    }
    if (current()) for (const [id, card] of fetched) cache.set(id, card);
    hits.forEach((hit, i) => (found[i] ??= fetched.get(hit.id)));
  }
  const cards: string[] = [];
  hits.forEach((hit, i) => {
    const card = found[i];
    if (card === undefined) return;
    cards.push(hit.distance === null ? card : `${card.slice(0, -1)},"distanceKm":${JSON.stringify(roundKm(hit.distance))}}`);
  });
  return cards;
}
