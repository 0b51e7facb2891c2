import { randomUUID } from 'node:crypto';
import type { Offer, OfferInput, PostingAccepted, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidField } from '../errors.js';
import { resolvePostingPlace } from '../search/saxon-place.js';
import { applyTranslation } from '../search/text-language.js';
import { isUuid } from '../search/uuid.js';
import { offerColumns, toOffer, type OfferRow } from './rows.js';
import { visibleOffer } from './search.js';

/** The area's radius when the volunteer names none (the contract's default). */
export const defaultOfferRadiusKm = 10;

/** One published offer in `lang` (German without a translation), without the volunteer's email; undefined for any other. */
export async function getOffer(db: Queryable, id: string, lang: TextLanguage = 'de'): Promise<Offer | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<OfferRow & { translation: Record<string, string> | null }>(
    `SELECT ${offerColumns}, o.translations -> $2::text AS translation FROM offers o WHERE o.id = $1 AND ${visibleOffer}`,
    [id, lang],
  );
  const row = rows[0];
  return row && applyTranslation('offer', toOffer(row), lang, row.translation);
}

/**
 * Stores a volunteer's offer as pending moderation. The place becomes a district and
 * coordinates rounded to two decimals (about 1 km), so an offer never pinpoints a home.
 */
export async function createOffer(db: Queryable, input: OfferInput, now = new Date(), authorLanguage?: 'de' | 'en'): Promise<PostingAccepted> {
  // The author's language, for the lifecycle's mails (manage/messages.ts).
  const columns = { ...offerColumnValues(input), author_language: authorLanguage ?? null };
  const id = randomUUID();
  const names = Object.keys(columns);
  await db.query(
    `INSERT INTO offers (id, status, created_at, updated_at, ${names.join(', ')})
     VALUES ($1, 'pending', $2, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')})`,
    [id, now, ...Object.values(columns)],
  );
  return { id, status: 'pending' };
}

/** The stored columns of an offer, checked like a new one: shared by posting and editing. */
export function offerColumnValues(input: OfferInput): Record<string, unknown> {
  const place = resolvePostingPlace(input.area.place);
  if (!place) throw invalidField('/area/place', `unknown place "${input.area.place}"`);
  if (!place.region) throw invalidField('/area/place', 'outside the service area (Saxony)');
  return {
    display_name: input.displayName,
    email: input.email,
    title: input.title,
    description: input.description,
    categories: input.categories,
    availability: input.availability,
    place: place.name,
    region: place.region,
    lat: roundCoordinate(place.lat),
    lon: roundCoordinate(place.lon),
    radius_km: input.area.radiusKm ?? defaultOfferRadiusKm,
    age_group: input.ageGroup ?? null,
    languages: input.languages ?? [],
    submission: input,
    translations: input.translations ?? {},
  };
}

/** Two decimals: about 1.1 km north–south, 0.7 km east–west in Saxony. */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 100) / 100;
}
