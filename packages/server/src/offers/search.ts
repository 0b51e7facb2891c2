import type { Offer, OfferQuery, OfferSearchResult, TextLanguage } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { cachedSearch } from '../search/cache.js';
import { searchIndexFor } from '../search/index/registry.js';
import { roundKm, searchCenter } from '../search/center.js';
import { searchedStatus } from '../search/filled.js';
import { searchPostings } from '../search/statement.js';
import { localizeItems } from '../search/text-language.js';
import { offerColumns, toOffer, type OfferRow } from './rows.js';

type FacetName = keyof OfferSearchResult['facets'];
type OfferSort = NonNullable<OfferQuery['sort']>;

/** Published, or filled and shown as such until a day not yet past (search/filled.ts). */
export const visibleOffer = `${searchedStatus} AND coalesce(o.filled_shown_until, 'infinity'::date) >= (SELECT service_today())`;

/**
 * Searches volunteers' published offers: full text as for opportunities, categories, districts
 * and age groups (any of, with disjunctive counts), place and radius (measured to the centre of
 * the offer's coarse area), sorted by relevance, newest or distance. Cached like the
 * opportunity search.
 */
export async function searchOffers(db: Queryable, query: OfferQuery, lang: TextLanguage = query.lang ?? 'de'): Promise<OfferSearchResult> {
  // The server registers its in-memory index for the pool unless MITMACHEN_SEARCH_ENGINE=sql.
  const index = searchIndexFor(db);
  const withLang: OfferQuery = lang === 'de' ? query : { ...query, lang };
  const result = index ? await index.searchOffers(withLang) : await cachedSearch(db, 'offer', withLang, () => search(db, withLang));
  return { ...result, items: await localizeItems(db, 'offer', result.items, lang) };
}

/**
 * The same search as the answer's JSON: the index splices its cached cards into the page
 * instead of building objects to serialise again (the same bytes either way).
 */
export async function searchOffersJson(db: Queryable, query: OfferQuery): Promise<string> {
  const index = searchIndexFor(db);
  if (index) return index.searchOffersJson(query);
  return JSON.stringify(await searchOffers(db, query));
}

async function search(db: Queryable, query: OfferQuery): Promise<OfferSearchResult> {
  const center = searchCenter(query);
  const found = await searchPostings<FacetName, OfferSort, OfferRow>(db, {
    kind: 'offer',
    table: 'offers',
    visible: visibleOffer,
    columns: offerColumns,
    joins: '',
    q: query.q,
    lang: query.lang,
    center,
    sort: query.sort,
    orders: {
      relevance: ['rank DESC', 'created_at DESC', 'id DESC'],
      newest: ['created_at DESC', 'id DESC'],
      distance: ['distance', 'id'],
    },
    dimensions: [
      { name: 'category', column: 'o.categories', array: true, selected: query.category },
      { name: 'region', column: 'o.region', array: false, selected: query.region },
      { name: 'ageGroup', column: 'o.age_group', array: false, selected: query.ageGroup },
      { name: 'available', column: 'o.text_languages', array: true, selected: query.available },
    ],
    page: query.page,
    pageSize: query.pageSize,
  });
  const result: OfferSearchResult = {
    items: found.rows.map((row) => withDistance(toOffer(row), row.distance)),
    total: found.total,
    page: found.page,
    pageSize: found.pageSize,
    facets: found.facets,
  };
  if (center) result.center = center;
  if (found.correctedQuery) result.correctedQuery = found.correctedQuery;
  return result;
}

function withDistance(offer: Offer, metres: number | null): Offer {
  if (metres !== null) offer.distanceKm = roundKm(metres);
  return offer;
}
