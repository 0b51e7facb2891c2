import { randomUUID } from 'node:crypto';
import type { Opportunity, OpportunityInput, PostingAccepted, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { applyTranslation } from '../search/text-language.js';
import { isUuid } from '../search/uuid.js';
import { resolveLocation, type ResolvedLocation } from './location.js';
import { findOrCreateOrganisation } from './organisations.js';
import { detailColumns, toOpportunity, type DetailRow } from './rows.js';
import { postingExpiry, scheduleColumns } from './schedule.js';
import { visibleOpportunity } from './search.js';

/**
 * One published, unexpired opportunity in `lang` (German where it has no translation into it);
 * undefined for any other (pending, rejected, unknown).
 */
export async function getOpportunity(db: Queryable, id: string, lang: TextLanguage = 'de'): Promise<Opportunity | undefined> {
  if (!isUuid(id)) return undefined;
  const { rows } = await db.query<DetailRow>(
    `SELECT ${detailColumns}
     FROM opportunities o JOIN organisations g ON g.id = o.organisation_id
     WHERE o.id = $1 AND ${visibleOpportunity}`,
    [id],
  );
  const row = rows[0];
  return row && applyTranslation('opportunity', toOpportunity(row), lang, row.translations[lang]);
}

/**
 * Stores an organisation's posting as pending moderation. The town is resolved to district and
 * coordinates here (422 naming the field when it is unknown or outside Saxony); the posting as
 * submitted is kept for the moderators. Pass a transaction's client to make the organisation
 * and the opportunity one unit.
 */
export async function createOpportunity(db: Queryable, input: OpportunityInput, now = new Date(), authorLanguage?: 'de' | 'en'): Promise<PostingAccepted> {
  // The author's language, for the lifecycle's mails (manage/messages.ts).
  const columns = { ...(await opportunityColumns(db, input, now)), author_language: authorLanguage ?? null };
  const id = randomUUID();
  const names = Object.keys(columns);
  await db.query(
    `INSERT INTO opportunities (id, status, created_at, updated_at, ${names.join(', ')})
     VALUES ($1, 'pending', $2, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')})`,
    [id, now, ...Object.values(columns)],
  );
  return { id, status: 'pending' };
}

/**
 * The stored columns of a posting, checked like a new one (the town resolved, dates not past):
 * shared by posting and by an author's edit through the manage link.
 */
export async function opportunityColumns(db: Queryable, input: OpportunityInput, now: Date): Promise<Record<string, unknown>> {
  return checkedColumns(input, {
    location: resolveLocation(input.location),
    expiresAt: postingExpiry(input.schedule, input.expiresAt, now),
    organisationId: await findOrCreateOrganisation(db, input.organisation),
  });
}

/** What a posting stores once its place, expiry and organisation are settled (the import settles them in bulk). */
export function checkedColumns(input: OpportunityInput, settled: { location: ResolvedLocation; expiresAt: string | null; organisationId: string }): Record<string, unknown> {
  const { location } = settled;
  const schedule = scheduleColumns(input.schedule);
  const { name, email, phone } = input.contact;
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    tasks: input.tasks ?? [],
    requirements: input.requirements ?? [],
    organisation_id: settled.organisationId,
    categories: input.categories,
    target_groups: input.targetGroups ?? [],
    location_type: location.type,
    region: location.region,
    place: location.place,
    address: location.address,
    lat: location.lat,
    lon: location.lon,
    schedule: input.schedule,
    schedule_type: schedule.type,
    start_dates: schedule.startDates,
    next_start: schedule.nextStart,
    minimum_age: input.minimumAge ?? null,
    languages: input.languages ?? [],
    accessibility_features: input.accessibility?.features ?? [],
    accessibility_note: input.accessibility?.note ?? null,
    benefits: input.benefits ?? [],
    contact: { name, email, ...(phone === undefined ? {} : { phone }) },
    contact_public: input.contact.public ?? false,
    image: input.image ?? null,
    expires_at: settled.expiresAt,
    submission: input,
    translations: input.translations ?? {},
  };
}
