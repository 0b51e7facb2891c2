import type {
  AccessibilityFeature,
  Address,
  Benefit,
  Category,
  Contact,
  Image,
  LocationType,
  Opportunity,
  OpportunityListItem,
  OrganisationType,
  Region,
  Schedule,
  Status,
  TargetGroup,
  TextLanguage,
} from '@mitmachen/contract';

/**
 * The columns of a result card, for `SELECT … FROM opportunities o JOIN organisations g`.
 * Timestamps arrive as Date (plain rows) or as ISO strings (rows inside json_agg).
 */
export const listColumns = `o.id, o.title, o.summary, o.organisation_id, g.name AS organisation_name,
  g.type AS organisation_type, g.website AS organisation_website, o.categories, o.target_groups,
  o.location_type, o.region, o.place, o.address, o.lat, o.lon, o.schedule, o.minimum_age,
  o.languages, o.accessibility_features, o.accessibility_note, o.benefits, o.image,
  o.created_at, o.updated_at, o.expires_at::text AS expires_at, o.text_languages, o.status = 'filled' AS filled`;

/** The detail adds these to the card's columns. */
export const detailColumns = `${listColumns}, o.description, o.tasks, o.requirements, o.status,
  o.contact, o.contact_public, o.translations`;

export interface ListRow {
  id: string;
  title: string;
  summary: string;
  organisation_id: string;
  organisation_name: string;
  organisation_type: OrganisationType;
  organisation_website: string | null;
  categories: Category[];
  target_groups: TargetGroup[];
  location_type: LocationType;
  region: Region;
  place: string | null;
  address: Address | null;
  lat: number | null;
  lon: number | null;
  schedule: Schedule;
  minimum_age: number | null;
  languages: string[];
  accessibility_features: AccessibilityFeature[];
  accessibility_note: string | null;
  benefits: Benefit[];
  image: Image | null;
  created_at: Date | string;
  updated_at: Date | string;
  expires_at: string | null;
  text_languages: TextLanguage[];
  /** Shown as filled (search/filled.ts); only such filled listings are ever read for the public. */
  filled: boolean;
}

export interface DetailRow extends ListRow {
  description: string;
  tasks: string[];
  requirements: string[];
  status: Status;
  contact: Contact | null;
  contact_public: boolean;
  /** By language: { title, summary, description }. */
  translations: Record<string, Record<string, string>>;
}

export function toListItem(row: ListRow): OpportunityListItem {
  const item: OpportunityListItem = {
    id: row.id,
    title: row.title,
    summary: row.summary,
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      type: row.organisation_type,
      ...(row.organisation_website === null ? {} : { website: row.organisation_website }),
    },
    categories: row.categories,
    targetGroups: row.target_groups,
    location: {
      type: row.location_type,
      region: row.region,
      ...(row.place === null ? {} : { place: row.place }),
      ...(row.address === null ? {} : { address: row.address }),
      ...(row.lat === null || row.lon === null ? {} : { coordinates: { lat: row.lat, lon: row.lon } }),
    },
    schedule: row.schedule,
    languages: row.languages,
    accessibility: {
      features: row.accessibility_features,
      ...(row.accessibility_note === null ? {} : { note: row.accessibility_note }),
    },
    benefits: row.benefits,
    createdAt: isoTimestamp(row.created_at),
    updatedAt: isoTimestamp(row.updated_at),
    textLang: 'de',
    textLanguages: row.text_languages,
  };
  if (row.minimum_age !== null) item.minimumAge = row.minimum_age;
  if (row.image !== null) item.image = row.image;
  if (row.expires_at !== null) item.expiresAt = row.expires_at;
  if (row.filled) item.filled = true;
  return item;
}

/** The full opportunity; the contact only when the organisation chose to show it. */
export function toOpportunity(row: DetailRow): Opportunity {
  const opportunity: Opportunity = {
    ...toListItem(row),
    description: row.description,
    tasks: row.tasks,
    requirements: row.requirements,
    status: row.status,
  };
  if (row.contact_public && row.contact !== null) opportunity.contact = row.contact;
  return opportunity;
}

/** `2026-10-02T09:15:00.000Z`, whichever way the driver handed the timestamp over. */
export function isoTimestamp(value: Date | string): string {
  return new Date(value).toISOString();
}
