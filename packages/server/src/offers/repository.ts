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
export async function createOffer(db: Queryable, input: OfferInput, now = new Date()): Promise<PostingAccepted> {
  const place = resolvePostingPlace(input.area.place);
  if (!place) throw invalidField('/area/place', `unknown place "${input.area.place}"`);
  if (!place.region) throw invalidField('/area/place', 'outside the service area (Saxony)');
  const id = randomUUID();
  await db.query(
    `INSERT INTO offers (id, status, display_name, email, title, description, categories, availability,
       place, region, lat, lon, radius_km, age_group, languages, created_at, updated_at, submission, translations)
     VALUES ($1, 'pending', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17)`,
    [
      id,
      input.displayName,
      input.email,
      input.title,
      input.description,
      input.categories,
      input.availability,
      place.name,
      place.region,
      roundCoordinate(place.lat),
      roundCoordinate(place.lon),
      input.area.radiusKm ?? defaultOfferRadiusKm,
      input.ageGroup ?? null,
      input.languages ?? [],
      now,
      input,
      input.translations ?? {},
    ],
  );
  return { id, status: 'pending' };
}

/** Two decimals: about 1.1 km north–south, 0.7 km east–west in Saxony. */
export function roundCoordinate(degrees: number): number {
  return Math.round(degrees * 100) / 100;
}
