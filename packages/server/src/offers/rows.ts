import type { AgeGroup, Category, Offer, Region, Status, TextLanguage, components } from '@mitmachen/contract';
import { isoTimestamp } from '../opportunities/rows.js';

type Availability = components['schemas']['Availability'];

/** The public columns of an offer; the email stays in the table. */
export const offerColumns = `o.id, o.display_name, o.title, o.description, o.categories, o.availability,
  o.place, o.region, o.lat, o.lon, o.radius_km, o.age_group, o.languages, o.status,
  o.created_at, o.updated_at, o.text_languages`;

export interface OfferRow {
  id: string;
  display_name: string;
  title: string;
  description: string;
  categories: Category[];
  availability: Availability;
  place: string;
  region: Region;
  lat: number | null;
  lon: number | null;
  radius_km: number;
  age_group: AgeGroup | null;
  languages: string[];
  status: Status;
  created_at: Date | string;
  updated_at: Date | string;
  text_languages: TextLanguage[];
}

export function toOffer(row: OfferRow): Offer {
  const offer: Offer = {
    id: row.id,
    displayName: row.display_name,
    title: row.title,
    description: row.description,
    categories: row.categories,
    availability: row.availability,
    area: {
      place: row.place,
      region: row.region,
      ...(row.lat === null || row.lon === null ? {} : { coordinates: { lat: row.lat, lon: row.lon } }),
      radiusKm: row.radius_km,
    },
    languages: row.languages,
    status: row.status,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
    textLang: 'de',
    textLanguages: row.text_languages,
  };
  if (row.age_group !== null) offer.ageGroup = row.age_group;
  // Only an offer shown as filled (search/filled.ts) is ever read for the public in this state.
  if (row.status === 'filled') offer.filled = true;
  return offer;
}
