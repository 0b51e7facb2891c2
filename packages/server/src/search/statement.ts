import type { FacetValue, PostingKind, SearchCenter, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { invalidParameter } from '../errors.js';
import { facetColumns, facetCtes, readFacets, type FacetDimension, type FacetTuple } from './facets.js';
import { paging } from './paging.js';
import { parameters, type Parameters } from './parameters.js';
import { prepareTextSearch } from './text-query.js';

export type BaseSort = 'relevance' | 'newest' | 'distance';

/** One kind of posting's search, described for `searchPostings`; SQL parts are code constants. */
export interface PostingSearch<Facet extends string, Sort extends string> {
  kind: PostingKind;
  /** The table, searched under the alias `o`. */
  table: string;
  /** The condition for rows the public may see. */
  visible: string;
  /** Select list of a result row, over `o` and what `joins` brings in. */
  columns: string;
  joins: string;
  q: string | undefined;
  /** The reader's language: the query's words are also stemmed its way (translations are indexed so). */
  lang?: TextLanguage | undefined;
  center: SearchCenter | undefined;
  sort: Sort | BaseSort | undefined;
  /**
   * Order keys of each sort over the columns of a hit: id, created_at, rank, distance and
   * sort_key; each list ends in a unique key so that pages never overlap.
   */
  orders: Record<Sort | BaseSort, string[]>;
  /** The expression a sort needs as `sort_key` ("next date ahead"), over `o`. */
  sortKeys?: Partial<Record<Sort | BaseSort, string>>;
  dimensions: FacetDimension<Facet>[];
  /** Filters outside the facets (age), binding their values through `p`. */
  conditions?: (p: Parameters) => string[];
  page: number | undefined;
  pageSize: number | undefined;
}

export interface PostingSearchResult<Facet extends string, Row> {
  rows: Array<Row & { distance: number | null }>;
  total: number;
  page: number;
  pageSize: number;
  facets: Record<Facet, FacetValue[]>;
  correctedQuery?: string;
}

interface StatementRow<Row> {
  total: number;
  facets: FacetTuple[] | null;
  items: Array<Row & { distance: number | null }> | null;
}

/**
 * The search both kinds of posting share: full text (see text-query.ts), place and radius,
 * facet filters and counts, sort and page, in one statement after the spelling check. The
 * facet counts and the total come from one pass over the matching rows (facets.ts).
 */
export async function searchPostings<Facet extends string, Sort extends string, Row>(
  db: Queryable,
  search: PostingSearch<Facet, Sort>,
): Promise<PostingSearchResult<Facet, Row>> {
  const { center } = search;
  const text = await prepareTextSearch(db, search.kind, search.q);
  const sort = search.sort ?? (text ? 'relevance' : 'newest');
  if (sort === 'distance' && !center) throw invalidParameter('sort', 'sorting by distance needs a place: near, or lat and lon');
  const { page, pageSize, offset } = paging(search.page, search.pageSize);

  const p = parameters();
  const conditions = [search.visible];
  let rank = '0::real';
  if (text) {
    const lang = search.lang === undefined || search.lang === 'de' ? undefined : p.bind(search.lang);
    const match = tsquery(p.bind(text.match), lang);
    conditions.push(`o.search @@ ${match}`);
    if (sort === 'relevance') {
      // Normalisation 1 divides by the log of the document length: a short listing that is all
      // about dogs outranks a long one that mentions a dog once.
      rank = `ts_rank_cd(o.search, ${match}, 1)`;
      if (text.exact) rank += ` * CASE WHEN o.search @@ ${tsquery(p.bind(text.exact), lang)} THEN 1 ELSE 0.5 END`;
    }
  }
  let distance = 'NULL::float8';
  if (center) {
    // Rounded to 1e-7° (about 1 cm): PostgreSQL's ll_to_earth fails on subnormal numbers such
    // as 5e-324 ("value out of range: underflow"), which a client may well send.
    const origin = `ll_to_earth(${p.bind(roundDegrees(center.lat))}::float8, ${p.bind(roundDegrees(center.lon))}::float8)`;
    const metres = p.bind(center.radiusKm * 1000);
    distance = `earth_distance(${origin}, o.geo)`;
    // The box test uses the GiST index; the distance test cuts the box's corners off.
    conditions.push(`earth_box(${origin}, ${metres}::float8) @> o.geo`, `${distance} <= ${metres}::float8`);
  }
  conditions.push(...(search.conditions?.(p) ?? []));

  const facet = facetColumns(search.dimensions, p);
  const keys = search.orders[sort];
  const sortKey = search.sortKeys?.[sort] ?? 'NULL::text';
  // With text or a place the matching rows are costly to find (each tested against the query
  // or measured), and with two or more choices they are few (only rows that miss at most one
  // choice are kept) while a second scan for the page might read every row to fill it: found
  // once and kept for counting and paging. Otherwise the page is a second, cheap scan that can
  // stop early (an index serves `newest`).
  const materialized = text || center || facet.counted ? 'MATERIALIZED' : 'NOT MATERIALIZED';

  const { rows } = await db.query<StatementRow<Row>>(
    `WITH base AS ${materialized} (
       SELECT o.id, o.created_at, ${rank} AS rank, ${distance} AS distance, ${sortKey} AS sort_key,
         ${facet.columns.join(', ')}
       FROM ${search.table} o
       WHERE ${[...conditions, ...(facet.counted ? [facet.counted] : [])].join(' AND ')}
     ), ${facetCtes(search.dimensions, 'base')}, hit AS (
       SELECT id, created_at, rank, distance, sort_key FROM base
       WHERE ${facet.matchesAll}
       ORDER BY ${keys.join(', ')}
       LIMIT ${p.bind(pageSize)} OFFSET ${p.bind(offset)}
     ), page AS (
       SELECT ${search.columns}, hit.distance,
         row_number() OVER (ORDER BY ${keys.map((key) => `hit.${key}`).join(', ')}) AS position
       FROM hit
       JOIN ${search.table} o ON o.id = hit.id
       ${search.joins}
     )
     SELECT (SELECT n FROM facet_total)::int AS total,
       (SELECT json_agg(json_build_array(dim, value, n, label)) FROM facet_values) AS facets,
       (SELECT json_agg(page ORDER BY position) FROM page) AS items`,
    p.values,
  );
  const row = rows[0];
  const result: PostingSearchResult<Facet, Row> = {
    rows: row?.items ?? [],
    total: row?.total ?? 0,
    page,
    pageSize,
    facets: readFacets(search.dimensions, row?.facets ?? null),
  };
  if (text?.correctedQuery) result.correctedQuery = text.correctedQuery;
  return result;
}

/**
 * The query as German words, or (for a reader of another language) as German words or that
 * language's: translations are indexed with both configurations (migration 110). German alone
 * by default, so a German search reads exactly as before.
 */
function tsquery(terms: string, lang: string | undefined): string {
  const german = `to_tsquery('mitmachen_german', ${terms})`;
  return lang === undefined ? german : `(${german} || to_tsquery(translation_search_config(${lang}::text), ${terms}))`;
}

function roundDegrees(degrees: number): number {
  return Math.round(degrees * 1e7) / 1e7;
}
