/**
 * Deterministic German demo data: volunteering opportunities and volunteers' own offers spread
 * over Saxony's districts. The same seed and the same day give the same items, byte for byte;
 * items are made one at a time, so any count (100,000 for benchmarks) streams in constant memory.
 */
import type { Opportunity } from '@mitmachen/contract';
import { startOfDay } from './calendar.js';
import { offerFactory, type SeedOffer } from './offers.js';
import { opportunityFactory } from './opportunities.js';
import { createRandom } from './prng.js';

export type { SeedOffer } from './offers.js';

export interface GenerateOptions {
  /** Seed of the random stream; 1 when absent. */
  seed?: number;
  /** The day the data is made for (dates lie before and after it); today when absent. */
  now?: Date;
}

/** Separates the offers' random stream from the opportunities' for the same seed. */
const OFFER_STREAM = 0x9e3779b9;

export function* generateOpportunities(count: number, options: GenerateOptions = {}): Generator<Opportunity> {
  const next = opportunityFactory(createRandom(options.seed ?? 1), startOfDay(options.now ?? new Date()));
  for (let i = 0; i < count; i++) yield next();
}

export function* generateOffers(count: number, options: GenerateOptions = {}): Generator<SeedOffer> {
  const next = offerFactory(createRandom((options.seed ?? 1) ^ OFFER_STREAM), startOfDay(options.now ?? new Date()));
  for (let i = 0; i < count; i++) yield next();
}
