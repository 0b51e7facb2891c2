/**
 * Writing imported listings in batches: each batch is one statement (rows as one JSON
 * parameter), which also records or moves the rows in import_sources. Per-row statements were
 * too slow for large files: each one also bumps the search version, and ten thousand updates of
 * that one row inside one transaction make every further update slower. The columns are those
 * a posting gets through the API (opportunities/repository.ts), with the status the import asks for.
 */
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { findOrCreateOrganisation, maximumSlugLength, organisationKey, slugify } from '../opportunities/organisations.js';
import { checkedColumns } from '../opportunities/repository.js';
import type { ImportSource } from './types.js';
import type { CheckedRecord } from './validate.js';

/** Each column with its type, as json_to_recordset reads it. */
const columns = `title text, summary text, description text, tasks text[], requirements text[],
  organisation_id text, categories text[], target_groups text[], location_type text, region text,
  place text, address jsonb, lat float8, lon float8, schedule jsonb, schedule_type text,
  start_dates timestamptz[], next_start timestamptz, minimum_age smallint, languages text[],
  accessibility_features text[], accessibility_note text, benefits text[], contact jsonb,
  contact_public boolean, image jsonb, expires_at date, submission jsonb`;
// An import carries no translations: json_to_recordset leaves out what the list does not name.
const columnNames = columns.split(',').map((column) => column.trim().split(/\s+/)[0]!);

export interface Write {
  opportunityId: string;
  checked: CheckedRecord;
  organisationId: string;
  contentHash: string;
}

export interface Target {
  /** The agency's id: its listings' owner (opportunities.agency_id) and the key re-runs match by. */
  agency: string;
  source: ImportSource;
}

function row({ opportunityId, checked, organisationId, contentHash }: Write): Record<string, unknown> {
  const { record, location, expiresAt } = checked;
  return { id: opportunityId, source_id: record.sourceId, content_hash: contentHash, ...checkedColumns(record.input, { location, expiresAt, organisationId }) };
}

const recordset = `json_to_recordset($1::json) AS r (id uuid, source_id text, content_hash text, ${columns})`;

export async function insertImported(db: Queryable, target: Target, writes: Write[], status: 'pending' | 'published'): Promise<void> {
  if (writes.length === 0) return;
  await db.query(
    `WITH r AS (SELECT * FROM ${recordset}),
     created AS (
       INSERT INTO opportunities (id, status, agency_id, decided_at, created_at, updated_at, ${columnNames.join(', ')})
       SELECT r.id, $2, $3::uuid, CASE WHEN $2 = 'published' THEN now() END, now(), now(), ${columnNames.map((c) => `r.${c}`).join(', ')} FROM r
       RETURNING id
     )
     INSERT INTO import_sources (agency, source, source_id, opportunity_id, content_hash)
     SELECT $3, $4, r.source_id, r.id, r.content_hash FROM r JOIN created USING (id)`,
    [JSON.stringify(writes.map(row)), status, target.agency, target.source],
  );
}

/**
 * Overwrites imported listings with the source's new content. Published stays published (the
 * agency's own source changed it); a rejected or expired listing goes back to pending, as a new
 * posting would; with `publish` every one is published.
 */
export async function updateImported(db: Queryable, writes: Write[], publish: boolean): Promise<void> {
  if (writes.length === 0) return;
  await db.query(
    `WITH r AS (SELECT * FROM ${recordset}),
     changed AS (
       UPDATE opportunities o SET ${columnNames.map((c) => `${c} = r.${c}`).join(', ')}, updated_at = now(),
         status = CASE WHEN $2 THEN 'published' WHEN o.status IN ('rejected', 'expired') THEN 'pending' ELSE o.status END,
         decided_at = CASE WHEN $2 AND o.status <> 'published' THEN now() ELSE o.decided_at END
       FROM r WHERE o.id = r.id
       RETURNING o.id
     )
     UPDATE import_sources s SET content_hash = r.content_hash, updated_at = now()
     FROM r JOIN changed USING (id) WHERE s.opportunity_id = r.id`,
    [JSON.stringify(writes.map(row)), publish],
  );
}

/** Listings whose content did not change but that the import now publishes. */
export async function publishImported(db: Queryable, opportunityIds: string[]): Promise<void> {
  if (opportunityIds.length === 0) return;
  await db.query(`UPDATE opportunities SET status = 'published', decided_at = now(), updated_at = now() WHERE id = ANY($1::uuid[]) AND status <> 'published'`, [
    opportunityIds,
  ]);
}

/** Organisations of published listings are public from then on (as an approval does it). */
export async function markOrganisationsPublished(db: Queryable, organisationIds: string[]): Promise<void> {
  if (organisationIds.length === 0) return;
  await db.query('UPDATE organisations SET published_at = now() WHERE id = ANY($1) AND published_at IS NULL', [organisationIds]);
}

/**
 * The id of every organisation named, by name key: existing ones as they are (an import never
 * changes an organisation's details), new ones created in one statement under free slugs.
 * What a concurrent writer took in between is left to findOrCreateOrganisation, one by one.
 */
export async function resolveOrganisations(db: Queryable, organisations: CheckedRecord['record']['input']['organisation'][]): Promise<Map<string, string>> {
  const byKey = new Map(organisations.map((organisation) => [organisationKey(organisation.name), organisation]));
  const ids = new Map<string, string>();
  const lookUp = async (keys: string[]) => {
    const { rows } = await db.query<{ id: string; name_key: string }>('SELECT id, name_key FROM organisations WHERE name_key = ANY($1::text[])', [keys]);
    for (const found of rows) ids.set(found.name_key, found.id);
  };
  await lookUp([...byKey.keys()]);
  const missing = [...byKey].filter(([key]) => !ids.has(key));
  if (missing.length > 0) {
    const slugs = missing.map(([, organisation]) => slugify(organisation.name) || 'organisation');
    // Ids already taken by these slugs or their numbered variants ("verein-x-2").
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM organisations WHERE regexp_replace(id, '-[0-9]+$', '') = ANY($1::text[])`, [
      [...new Set(slugs)],
    ]);
    const taken = new Set(rows.map((taken) => taken.id));
    const fresh = missing.map(([key, organisation], i) => {
      let id = slugs[i]!;
      for (let attempt = 2; taken.has(id); attempt++) id = `${slugify(slugs[i]!, maximumSlugLength - `-${attempt}`.length)}-${attempt}`;
      taken.add(id);
      return { id, name: organisation.name, name_key: key, type: organisation.type, website: organisation.website ?? null };
    });
    await db.query(
      `INSERT INTO organisations (id, name, name_key, type, website)
       SELECT r.id, r.name, r.name_key, r.type, r.website
       FROM json_to_recordset($1::json) AS r (id text, name text, name_key text, type text, website text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(fresh)],
    );
    await lookUp(missing.map(([key]) => key));
    for (const [key, organisation] of missing) {
      if (!ids.has(key)) ids.set(key, await findOrCreateOrganisation(db, organisation));
    }
  }
  return ids;
}

export function newOpportunityId(): string {
  return randomUUID();
}
