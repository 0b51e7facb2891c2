/**
 * Writing imported listings: one statement per listing, which also records (or moves) its row
 * in import_sources. The columns are those a posting gets through the API
 * (opportunities/repository.ts), with the status the import asks for.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { scheduleColumns } from '../opportunities/schedule.js';
import type { ImportSource } from './types.js';
import type { CheckedRecord } from './validate.js';

const opportunityColumns = `title, summary, description, tasks, requirements, organisation_id, categories,
  target_groups, location_type, region, place, address, lat, lon, schedule, schedule_type, start_dates,
  next_start, minimum_age, languages, accessibility_features, accessibility_note, benefits, contact,
  contact_public, image, expires_at, submission`;

function opportunityValues({ record, location, expiresAt }: CheckedRecord, organisationId: string): unknown[] {
  const { input } = record;
  const schedule = scheduleColumns(input.schedule);
  const { name, email, phone } = input.contact;
  return [
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
    expiresAt,
    input,
  ];
}

/** $1 … $28 for the columns above. */
const placeholders = Array.from({ length: 28 }, (_, i) => `$${i + 1}`).join(', ');

export interface Target {
  agency: string;
  source: ImportSource;
}

export async function insertImported(
  db: Queryable,
  target: Target,
  checked: CheckedRecord,
  organisationId: string,
  status: 'pending' | 'published',
  contentHash: string,
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `WITH created AS (
       INSERT INTO opportunities (id, status, decided_at, created_at, updated_at, ${opportunityColumns})
       VALUES ($29, $30, CASE WHEN $30 = 'published' THEN now() END, now(), now(), ${placeholders})
       RETURNING id
     )
     INSERT INTO import_sources (agency, source, source_id, opportunity_id, content_hash)
     SELECT $31, $32, $33, id, $34 FROM created`,
    [...opportunityValues(checked, organisationId), id, status, target.agency, target.source, checked.record.sourceId, contentHash],
  );
  return id;
}

/**
 * Overwrites an imported listing with the source's new content. Published stays published
 * (the agency's own source changed it); a rejected or expired listing goes back to pending,
 * as a new posting would; with `publish` it is published.
 */
export async function updateImported(
  db: Queryable,
  opportunityId: string,
  checked: CheckedRecord,
  organisationId: string,
  publish: boolean,
  contentHash: string,
): Promise<void> {
  const assignments = opportunityColumns
    .split(',')
    .map((column, i) => `${column.trim()} = $${i + 1}`)
    .join(', ');
  await db.query(
    `WITH changed AS (
       UPDATE opportunities SET ${assignments}, updated_at = now(),
         status = CASE WHEN $30 THEN 'published' WHEN status IN ('rejected', 'expired') THEN 'pending' ELSE status END,
         decided_at = CASE WHEN $30 AND status <> 'published' THEN now() ELSE decided_at END
       WHERE id = $29 RETURNING id
     )
     UPDATE import_sources SET content_hash = $31, updated_at = now() WHERE opportunity_id IN (SELECT id FROM changed)`,
    [...opportunityValues(checked, organisationId), opportunityId, publish, contentHash],
  );
}

/** A listing whose content did not change but that the import now publishes. */
export async function publishImported(db: Queryable, opportunityId: string): Promise<void> {
  await db.query(`UPDATE opportunities SET status = 'published', decided_at = now(), updated_at = now() WHERE id = $1 AND status <> 'published'`, [
    opportunityId,
  ]);
}

/** Organisations of published listings are public from then on (as an approval does it). */
export async function markOrganisationsPublished(db: Queryable, organisationIds: string[]): Promise<void> {
  if (organisationIds.length === 0) return;
  await db.query('UPDATE organisations SET published_at = now() WHERE id = ANY($1) AND published_at IS NULL', [organisationIds]);
}
