import type { Offer, Opportunity, OrganisationType } from '@mitmachen/contract';
import type { Database, Queryable } from '../db/database.js';
import { findOrCreateOrganisation, organisationKey } from '../opportunities/organisations.js';
import { scheduleColumns } from '../opportunities/schedule.js';
import { generateOffers, generateOpportunities } from './generate.js';

/** Rows per INSERT: one JSON parameter of about 2 MB; larger batches gain nothing measurable. */
export const seedBatchSize = 1000;

export interface SeedOptions {
  opportunities: number;
  offers: number;
  /** Picks the deterministic data set (the generator's default when absent). */
  seed?: number;
  /** The moment the data is generated around (dates, expiry); now when absent. */
  now?: Date;
}

/**
 * Writes generated demo postings, all published, in one transaction: each batch is one
 * INSERT … SELECT FROM json_to_recordset, so a hundred thousand rows take seconds, not
 * minutes. Afterwards the spelling list is rebuilt, and the tables vacuumed and analysed.
 * Postings already there (the same seed written twice) are skipped; the counts say how many
 * were new.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<{ opportunities: number; offers: number }> {
  const generatorOptions = { ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.now ? { now: options.now } : {}) };
  const written = await db.transaction(async (client) => {
    let opportunities = 0;
    for (const batch of batches(generateOpportunities(options.opportunities, generatorOptions), seedBatchSize)) {
      opportunities += await insertOpportunities(client, batch);
      await turnOfTheEventLoop();
    }
    let offers = 0;
    for (const batch of batches(generateOffers(options.offers, generatorOptions), seedBatchSize)) {
      offers += await insertOffers(client, batch);
      await turnOfTheEventLoop();
    }
    return { opportunities, offers };
  });
  // VACUUM marks the pages all-visible, which lets searches count from the covering index
  // alone; the statistics also let the word list's rebuild look postings up by index.
  await db.pool.query('VACUUM (ANALYZE) organisations, opportunities, offers');
  await db.pool.query('SELECT refresh_search_words()');
  await db.pool.query('ANALYZE search_words');
  return written;
}

/** Whether the database holds any posting at all (then the server does not seed it again). */
export async function isSeeded(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ seeded: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM opportunities) OR EXISTS (SELECT 1 FROM offers) AS seeded',
  );
  return rows[0]?.seeded ?? false;
}

/**
 * PGlite runs in this thread and resolves its queries as microtasks, so a long seed would keep
 * the server from answering anything, even its "starting, retry after 1 s" 503. One macrotask
 * turn per batch lets those answers out.
 */
function turnOfTheEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function insertOpportunities(db: Queryable, opportunities: Opportunity[]): Promise<number> {
  const organisations = new Map<string, SeedOrganisation>();
  const rows = opportunities.map((o) => {
    const key = organisationKey(o.organisation.name);
    if (!organisations.has(key)) {
      organisations.set(key, { ...o.organisation, name_key: key });
    }
    const schedule = scheduleColumns(o.schedule);
    return {
      id: o.id,
      status: o.status,
      title: o.title,
      summary: o.summary,
      description: o.description,
      tasks: o.tasks,
      requirements: o.requirements,
      organisation_key: key,
      categories: o.categories,
      target_groups: o.targetGroups,
      location_type: o.location.type,
      region: o.location.region,
      place: o.location.place ?? null,
      address: o.location.address ?? null,
      lat: o.location.coordinates?.lat ?? null,
      lon: o.location.coordinates?.lon ?? null,
      schedule: o.schedule,
      schedule_type: schedule.type,
      start_dates: schedule.startDates,
      next_start: schedule.nextStart,
      minimum_age: o.minimumAge ?? null,
      languages: o.languages,
      accessibility_features: o.accessibility.features,
      accessibility_note: o.accessibility.note ?? null,
      benefits: o.benefits,
      // An opportunity carries a contact only where it is public (see the contract).
      contact: o.contact ?? null,
      contact_public: o.contact !== undefined,
      image: o.image ?? null,
      created_at: o.createdAt,
      updated_at: o.updatedAt,
      expires_at: o.expiresAt ?? null,
    };
  });
  await insertOrganisations(db, organisations);
  const { rowCount } = await db.query(
    `INSERT INTO opportunities (id, status, title, summary, description, tasks, requirements,
       organisation_id, categories, target_groups, location_type, region, place, address, lat, lon,
       schedule, schedule_type, start_dates, next_start, minimum_age, languages,
       accessibility_features, accessibility_note, benefits, contact, contact_public, image,
       created_at, updated_at, expires_at)
     SELECT r.id, r.status, r.title, r.summary, r.description, r.tasks, r.requirements,
       g.id, r.categories, r.target_groups, r.location_type, r.region, r.place, r.address, r.lat, r.lon,
       r.schedule, r.schedule_type, r.start_dates, r.next_start, r.minimum_age, r.languages,
       r.accessibility_features, r.accessibility_note, r.benefits, r.contact, r.contact_public, r.image,
       r.created_at, r.updated_at, r.expires_at
     FROM json_to_recordset($1::json) AS r (id uuid, status text, title text, summary text,
       description text, tasks text[], requirements text[], organisation_key text, categories text[],
       target_groups text[], location_type text, region text, place text, address jsonb,
       lat float8, lon float8, schedule jsonb, schedule_type text, start_dates timestamptz[],
       next_start timestamptz, minimum_age smallint, languages text[], accessibility_features text[],
       accessibility_note text, benefits text[], contact jsonb, contact_public boolean, image jsonb,
       created_at timestamptz, updated_at timestamptz, expires_at date)
     JOIN organisations g ON g.name_key = r.organisation_key
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  return rowCount ?? 0;
}

/**
 * Writes the organisations of a batch that are not there yet, under the generator's ids. Where
 * an id is already another organisation's (long names cut to the same 80-character slug), that
 * organisation is created with a numbered id instead; opportunities find theirs by name.
 */
async function insertOrganisations(db: Queryable, organisations: Map<string, SeedOrganisation>): Promise<void> {
  // Seeded organisations are public from the start: their postings are.
  await db.query(
    `INSERT INTO organisations (id, name, name_key, type, website, published_at)
     SELECT r.id, r.name, r.name_key, r.type, r.website, now()
     FROM json_to_recordset($1::json) AS r (id text, name text, name_key text, type text, website text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify([...organisations.values()])],
  );
  const { rows } = await db.query<{ name_key: string }>('SELECT name_key FROM organisations WHERE name_key = ANY ($1::text[])', [
    [...organisations.keys()],
  ]);
  const stored = new Set(rows.map((row) => row.name_key));
  for (const [key, organisation] of organisations) {
    if (stored.has(key)) continue;
    const id = await findOrCreateOrganisation(db, organisation);
    await db.query('UPDATE organisations SET published_at = now() WHERE id = $1', [id]);
  }
}

interface SeedOrganisation {
  id: string;
  name: string;
  name_key: string;
  type: OrganisationType;
  website?: string;
}

async function insertOffers(db: Queryable, offers: Array<{ offer: Offer; email: string }>): Promise<number> {
  const rows = offers.map(({ offer, email }) => ({
    id: offer.id,
    status: offer.status,
    display_name: offer.displayName,
    email,
    title: offer.title,
    description: offer.description,
    categories: offer.categories,
    availability: offer.availability,
    place: offer.area.place,
    region: offer.area.region,
    lat: offer.area.coordinates?.lat ?? null,
    lon: offer.area.coordinates?.lon ?? null,
    radius_km: offer.area.radiusKm,
    age_group: offer.ageGroup ?? null,
    languages: offer.languages,
    created_at: offer.createdAt,
    updated_at: offer.updatedAt,
  }));
  const { rowCount } = await db.query(
    `INSERT INTO offers (id, status, display_name, email, title, description, categories, availability,
       place, region, lat, lon, radius_km, age_group, languages, created_at, updated_at)
     SELECT r.id, r.status, r.display_name, r.email, r.title, r.description, r.categories, r.availability,
       r.place, r.region, r.lat, r.lon, r.radius_km, r.age_group, r.languages, r.created_at, r.updated_at
     FROM json_to_recordset($1::json) AS r (id uuid, status text, display_name text, email text,
       title text, description text, categories text[], availability jsonb, place text, region text,
       lat float8, lon float8, radius_km float8, age_group text, languages text[],
       created_at timestamptz, updated_at timestamptz)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  return rowCount ?? 0;
}
