/**
 * What holding every listing's result card costs (search/index/cards.ts): the generator's
 * opportunities again (the same ones the corpus put, in the same order), each as the card the
 * server would send, put into Cards by the listing's slot. Measured by the heap before and after,
 * and split into the listings' own texts and what holding them costs beyond those.
 */
import v8 from 'node:v8';
import type { Opportunity, OpportunityListItem } from '@mitmachen/contract';
import { generateOpportunities } from '../../packages/server/src/seed/generate.js';
import { Cards } from '../../packages/server/src/search/index/cards.js';
import type { Listings } from '../../packages/server/src/search/index/listings.js';

export interface CardCosts {
  cards: Cards;
  /** Heap bytes the cards added (after a full collection). */
  heapBytes: number;
  buildMs: number;
}

/** The members of a card in toListItem's order (opportunities/rows.ts). */
function cardOf(o: Opportunity): OpportunityListItem {
  const card: OpportunityListItem = {
    id: o.id,
    title: o.title,
    summary: o.summary,
    organisation: o.organisation,
    categories: o.categories,
    targetGroups: o.targetGroups,
    location: o.location,
    schedule: o.schedule,
    languages: o.languages,
    accessibility: o.accessibility,
    benefits: o.benefits,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    textLang: 'de',
    textLanguages: ['de'],
  };
  if (o.minimumAge !== undefined) card.minimumAge = o.minimumAge;
  if (o.image !== undefined) card.image = o.image;
  if (o.expiresAt !== undefined) card.expiresAt = o.expiresAt;
  return card;
}

export function buildCards(listings: Listings, count: number, now: Date): CardCosts {
  globalThis.gc?.();
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  const started = performance.now();
  const cards = new Cards();
  for (const o of generateOpportunities(count, { now })) {
    const slot = listings.ids.get(o.id);
    if (slot !== undefined) cards.set(slot, cardOf(o));
  }
  const buildMs = performance.now() - started;
  globalThis.gc?.();
  return { cards, heapBytes: v8.getHeapStatistics().used_heap_size - heapBefore, buildMs };
}
