import type { PostingKind } from '@mitmachen/contract';
import type { Queryable } from '../../db/database.js';
import type { DimensionSpec, ListingRow } from './listings.js';
import type { WordRow } from './words.js';
import { searchedStatus } from '../filled.js';

/** How the index reads one kind of posting: its dimensions (in the search's order) and columns. */
export interface KindSource {
  kind: PostingKind;
  table: string;
  dimensions: DimensionSpec[];
  /** Select list over `o` yielding the `ListingRow` fields (`values` as v0, v1, …). */
  select: string;
}

const common = `o.id::text AS id, (extract(epoch FROM o.created_at) * 1000000)::float8 AS created, o.lat, o.lon, o.search::text AS doc`;

export const sources: Record<PostingKind, KindSource> = {
  opportunity: {
    kind: 'opportunity',
    table: 'opportunities',
    dimensions: [
      { name: 'category', array: true },
      { name: 'suits', array: true },
      { name: 'schedule', array: false },
      { name: 'locationType', array: false },
      { name: 'region', array: false },
      { name: 'organisation', array: false, wide: true, limit: 20 },
      { name: 'available', array: true },
    ],
    select: `${common}, (least(o.expires_at, o.filled_shown_until) - DATE '1970-01-01') AS expires, o.minimum_age,
      ARRAY(SELECT extract(epoch FROM s) * 1000000 FROM unnest(o.start_dates) s ORDER BY s)::float8[] AS starts,
      o.categories AS v0, o.target_groups AS v1, o.schedule_type AS v2, o.location_type AS v3, o.region AS v4,
      o.organisation_id AS v5, o.text_languages AS v6`,
  },
  offer: {
    kind: 'offer',
    table: 'offers',
    dimensions: [
      { name: 'category', array: true },
      { name: 'region', array: false },
      { name: 'ageGroup', array: false },
      { name: 'available', array: true },
    ],
    select: `${common}, (o.filled_shown_until - DATE '1970-01-01') AS expires, NULL::int AS minimum_age, NULL::float8[] AS starts,
      o.categories AS v0, o.region AS v1, o.age_group AS v2, o.text_languages AS v3`,
  },
};

type RawRow = Omit<ListingRow, 'values'> & Record<string, unknown>;

function toListing(source: KindSource, raw: RawRow): ListingRow {
  return {
    id: raw.id,
    created: Number(raw.created),
    expires: raw.expires === null ? null : Number(raw.expires),
    lat: raw.lat,
    lon: raw.lon,
    minimum_age: raw.minimum_age,
    starts: raw.starts,
    values: source.dimensions.map((_, i) => raw[`v${i}`] as string | string[] | null),
    doc: raw.doc,
  };
}

/** Rows read per query while loading: bounds the memory a load needs besides the index. */
const loadBatch = 5000;

/** Every published listing of the kind, in batches by id (run inside one snapshot). */
export async function* publishedListings(db: Queryable, source: KindSource): AsyncGenerator<ListingRow[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await db.query<RawRow>(
      `SELECT ${source.select} FROM ${source.table} o WHERE ${searchedStatus} AND o.id > $1::uuid ORDER BY o.id LIMIT ${loadBatch}`,
      [after],
    );
    if (rows.length === 0) return;
    yield rows.map((raw) => toListing(source, raw));
    after = rows.at(-1)!.id;
    if (rows.length < loadBatch) return;
  }
}

/** The listings with these ids as they are now; absent ones were deleted. Published or not. */
export async function listingsById(db: Queryable, source: KindSource, ids: string[]): Promise<Array<{ row: ListingRow; published: boolean }>> {
  const { rows } = await db.query<RawRow & { published: boolean }>(
    `SELECT ${source.select}, ${searchedStatus} AS published FROM ${source.table} o WHERE o.id = ANY ($1::uuid[])`,
    [ids],
  );
  return rows.map((raw) => ({ row: toListing(source, raw), published: raw.published }));
}

export async function wordRows(db: Queryable, kind: PostingKind, words?: string[]): Promise<WordRow[]> {
  const { rows } = await db.query<WordRow>(
    `SELECT word, spelling, lexeme, ndoc FROM search_words WHERE kind = $1 ${words ? 'AND word = ANY ($2::text[])' : ''}`,
    words ? [kind, words] : [kind],
  );
  return rows;
}

export async function organisationNames(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>('SELECT id, name FROM organisations');
  return new Map(rows.map((r) => [r.id, r.name]));
}
