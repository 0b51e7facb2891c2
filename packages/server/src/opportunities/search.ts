import type { OpportunityListItem, OpportunityQuery, OpportunitySearchResult, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { cachedSearch } from '../search/cache.js';
import { searchIndexFor } from '../search/index/registry.js';
import { roundKm, searchCenter } from '../search/center.js';
import { searchedStatus } from '../search/filled.js';
import { searchPostings } from '../search/statement.js';
import { localizeItems } from '../search/text-language.js';
import { listColumns, toListItem, type ListRow } from './rows.js';

type FacetName = keyof OpportunitySearchResult['facets'];
type OpportunitySort = NonNullable<OpportunityQuery['sort']>;

/** Organisations reported in the facet, the most frequent first (the contract's cap). */
export const organisationFacetLimit = 20;

/**
 * What a visitor may see: published, or filled and shown as such (search/filled.ts), and not
 * past its expiry day nor the last day it is shown as filled. The sub-select makes the
 * day an InitPlan, computed once per statement instead of once per row. The expiry test is
 * one comparison an index cannot serve, on purpose: as an OR of two indexable ones the planner
 * guessed it kept a third of the rows and ANDed a text search's matches with a bitmap of
 * nearly every listing, built anew each time (a tenth of the search's work).
 */
export const visibleOpportunity = `${searchedStatus} AND coalesce(least(o.expires_at, o.filled_shown_until), 'infinity'::date) >= (SELECT service_today())`;

/** Published and unexpired only: what the change feed hands to copies (a listing shown as filled has left it). */
export const publishedOpportunity = `o.status = 'published' AND coalesce(o.expires_at, 'infinity'::date) >= (SELECT service_today())`;

/**
 * Searches published opportunities: German full text with stemming and spelling correction,
 * filters (any of the values within a dimension, all dimensions together), minimum age, place
 * and radius, four sorts, paging, and disjunctive facet counts. Identical searches are answered
 * from a cache for as long as no posting changes (search/cache.ts).
 */
export async function searchOpportunities(db: Queryable, query: OpportunityQuery, lang: TextLanguage = query.lang ?? 'de'): Promise<OpportunitySearchResult> {
  // The server registers its in-memory index for the pool unless MITMACHEN_SEARCH_ENGINE=sql.
  const index = searchIndexFor(db);
  const withLang: OpportunityQuery = lang === 'de' ? query : { ...query, lang };
  const result = index ? await index.searchOpportunities(withLang) : await cachedSearch(db, 'opportunity', withLang, () => search(db, withLang));
  return { ...result, items: await localizeItems(db, 'opportunity', result.items, lang) };
}

/**
 * The same search as the answer's JSON: the index splices its cached cards into the page
 * instead of building objects to serialise again (the same bytes either way).
 */
export async function searchOpportunitiesJson(db: Queryable, query: OpportunityQuery): Promise<string> {
  const index = searchIndexFor(db);
  if (index) return index.searchOpportunitiesJson(query);
  return JSON.stringify(await searchOpportunities(db, query));
}

async function search(db: Queryable, query: OpportunityQuery): Promise<OpportunitySearchResult> {
  const center = searchCenter(query);
  const { age } = query;
  const found = await searchPostings<FacetName, OpportunitySort, ListRow>(db, {
    kind: 'opportunity',
    table: 'opportunities',
    visible: visibleOpportunity,
    columns: listColumns,
    joins: 'JOIN organisations g ON g.id = o.organisation_id',
    q: query.q,
    lang: query.lang,
    center,
    sort: query.sort,
    orders: {
      relevance: ['rank DESC', 'created_at DESC', 'id DESC'],
      newest: ['created_at DESC', 'id DESC'],
      distance: ['distance', 'id'],
      start: ['sort_key NULLS LAST', 'created_at DESC', 'id DESC'],
    },
    sortKeys: {
      // The next date still ahead; undated listings, and those whose dates are all past, last.
      start: `CASE WHEN o.next_start IS NULL THEN NULL WHEN o.next_start >= now() THEN o.next_start
                ELSE (SELECT min(s) FROM unnest(o.start_dates) s WHERE s >= now()) END`,
    },
    dimensions: [
      { name: 'category', column: 'o.categories', array: true, selected: query.category },
      { name: 'suits', column: 'o.target_groups', array: true, selected: query.suits },
      { name: 'schedule', column: 'o.schedule_type', array: false, selected: query.schedule },
      { name: 'locationType', column: 'o.location_type', array: false, selected: query.locationType },
      { name: 'region', column: 'o.region', array: false, selected: query.region },
      {
        name: 'organisation',
        column: 'o.organisation_id',
        array: false,
        selected: query.organisation,
        limit: organisationFacetLimit,
        label: '(SELECT g.name FROM organisations g WHERE g.id = f.value)',
      },
      { name: 'available', column: 'o.text_languages', array: true, selected: query.available },
    ],
    conditions: (p) => (age === undefined ? [] : [`(o.minimum_age IS NULL OR o.minimum_age <= ${p.bind(age)}::int)`]),
    page: query.page,
    pageSize: query.pageSize,
  });
  const result: OpportunitySearchResult = {
    items: found.rows.map((row) => withDistance(toListItem(row), row.distance)),
    total: found.total,
    page: found.page,
    pageSize: found.pageSize,
    facets: found.facets,
  };
  if (center) result.center = center;
  if (found.correctedQuery) result.correctedQuery = found.correctedQuery;
  return result;
}

function withDistance(item: OpportunityListItem, metres: number | null): OpportunityListItem {
  if (metres !== null) item.distanceKm = roundKm(metres);
  return item;
}
