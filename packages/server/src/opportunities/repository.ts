import { randomUUID } from 'node:crypto';
import type { Opportunity, OpportunityInput, PostingAccepted, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { applyTranslation } from '../search/text-language.js';
import { isUuid } from '../search/uuid.js';
import { resolveLocation } from './location.js';
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
export async function createOpportunity(db: Queryable, input: OpportunityInput, now = new Date()): Promise<PostingAccepted> {
  const location = resolveLocation(input.location);
  const schedule = scheduleColumns(input.schedule);
  const expiresAt = postingExpiry(input.schedule, input.expiresAt, now);
  const organisationId = await findOrCreateOrganisation(db, input.organisation);
  const id = randomUUID();
  const { name, email, phone } = input.contact;
  await db.query(
    `INSERT INTO opportunities (id, status, title, summary, description, tasks, requirements,
       organisation_id, categories, target_groups, location_type, region, place, address, lat, lon,
       schedule, schedule_type, start_dates, next_start, minimum_age, languages,
       accessibility_features, accessibility_note, benefits, contact, contact_public, image,
       created_at, updated_at, expires_at, submission, translations)
     VALUES ($1, 'pending', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
       $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $28, $29, $30, $31)`,
    [
      id,
      input.title,
      input.summary,
      input.description,
      input.tasks ?? [],
      input.requirements ?? [],
      organisationId,
      input.categories,
      input.targetGroups ?? [],
      location.type,
      location.region,
      location.place,
      location.address,
      location.lat,
      location.lon,
      input.schedule,
      schedule.type,
      schedule.startDates,
      schedule.nextStart,
      input.minimumAge ?? null,
      input.languages ?? [],
      input.accessibility?.features ?? [],
      input.accessibility?.note ?? null,
      input.benefits ?? [],
      { name, email, ...(phone === undefined ? {} : { phone }) },
      input.contact.public ?? false,
      input.image ?? null,
      now,
      expiresAt,
      input,
      input.translations ?? {},
    ],
  );
  return { id, status: 'pending' };
}
