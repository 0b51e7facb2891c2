import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../../db/database.js';
import { offerColumns, toOffer, type OfferRow } from '../../offers/rows.js';
import { listColumns, toListItem, type ListRow } from '../../opportunities/rows.js';
import { roundKm } from '../center.js';
import { searchedStatus } from '../filled.js';
import type { Cards } from './cards.js';
import type { Listings } from './listings.js';
import type { IndexHit } from './query.js';

const select: Record<PostingKind, string> = {
  opportunity: `SELECT ${listColumns} FROM opportunities o JOIN organisations g ON g.id = o.organisation_id`,
  offer: `SELECT ${offerColumns} FROM offers o`,
};

function toCard(kind: PostingKind, row: ListRow | OfferRow) {
  return kind === 'opportunity' ? toListItem(row as ListRow) : toOffer(row as OfferRow);
}

/**
 * The page's cards as JSON, as the SQL search renders them, in the hits' order. The index holds
 * every card (fillCards); one it does not hold yet (a listing changed since, or the fill still
 * under way) is read by primary key and kept, if its slot still holds that listing: a listing
 * changed meanwhile has moved to a new slot, so a card read before the change never outlives
 * it. A distance is added as the card's last member, where the SQL search's
 * `item.distanceKm = …` puts it.
 */
export async function fetchCards(db: Queryable, kind: PostingKind, listings: Listings, hits: readonly IndexHit[], cards: Cards): Promise<string[]> {
  const missing = hits.filter((hit) => !cards.has(hit.slot));
  const fetched = new Map<string, ReturnType<typeof toCard>>();
  if (missing.length > 0) {
    const { rows } = await db.query(`${select[kind]} WHERE o.id = ANY ($1::uuid[])`, [missing.map((hit) => hit.id)]);
    for (const row of rows as Array<ListRow | OfferRow>) fetched.set(row.id, toCard(kind, row));
    for (const hit of missing) {
      const card = fetched.get(hit.id);
      if (card && listings.ids.get(hit.id) === hit.slot) cards.set(hit.slot, card);
    }
  }
  const page: string[] = [];
  for (const hit of hits) {
    const extra = hit.distance === null ? undefined : `"distanceKm":${JSON.stringify(roundKm(hit.distance))}`;
    let json = cards.json(hit.slot, hit.id, extra);
    if (json === undefined) {
      const card = fetched.get(hit.id);
      if (card === undefined) continue;
      json = JSON.stringify(extra === undefined ? card : { ...card, distanceKm: roundKm(hit.distance!) });
    }
    page.push(json);
  }
  return page;
}

/** Cards read per query while filling: on PGlite each query holds the server's thread, so a few milliseconds each. */
const fillBatch = 500;

/**
 * Reads every card of `listings` into `cards`, a batch at a time with a turn of the event loop
 * between, until done or `current()` says the index moved on to other listings. A card is kept
 * only for a slot that was there before its batch was read: a listing changed while the batch
 * was out has a new slot (its change is applied, its card read when first shown).
 */
export async function fillCards(db: Queryable, kind: PostingKind, listings: Listings, cards: Cards, current: () => boolean): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  while (current()) {
    const before = listings.slots;
    const { rows } = await db.query(`${select[kind]} WHERE ${searchedStatus} AND o.id > $1::uuid ORDER BY o.id LIMIT ${fillBatch}`, [after]);
    if (!current()) return;
    for (const row of rows as Array<ListRow | OfferRow>) {
      const slot = listings.ids.get(row.id);
      if (slot !== undefined && slot < before && !cards.has(slot)) cards.set(slot, toCard(kind, row));
    }
    if (rows.length < fillBatch) return;
    after = (rows.at(-1) as { id: string }).id;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
