/**
 * One page of a search with each listing in full (description, tasks), for the exports: the
 * search decides which listings and in which order, one more query reads their details.
 */
import type { Opportunity, OpportunityQuery, OpportunitySearchResult } from '@mitmachen/contract';
import type { Queryable } from '../db/database.js';
import { detailColumns, toOpportunity, type DetailRow } from '../opportunities/rows.js';
import { searchOpportunities, visibleOpportunity } from '../opportunities/search.js';

export interface ExportPage {
  result: OpportunitySearchResult;
  opportunities: Opportunity[];
}

export async function exportPage(db: Queryable, query: OpportunityQuery): Promise<ExportPage> {
  const result = await searchOpportunities(db, query);
  const ids = result.items.map((item) => item.id);
  if (ids.length === 0) return { result, opportunities: [] };
  const { rows } = await db.query<DetailRow>(
    `SELECT ${detailColumns}
     FROM opportunities o JOIN organisations g ON g.id = o.organisation_id
     WHERE o.id = ANY($1::uuid[]) AND ${visibleOpportunity}`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, toOpportunity(row)]));
  // A listing withdrawn between the two queries is left out rather than shown half.
  return { result, opportunities: ids.flatMap((id) => byId.get(id) ?? []) };
}

/** The query string of a page of the same search, for paging links. */
export function pageQuery(query: OpportunityQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'page' || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search's paging links: first, previous and next where they exist. */
export function pagingLinks(path: string, query: OpportunityQuery, result: OpportunitySearchResult): Record<'self' | 'first' | 'previous' | 'next', string | undefined> {
  const last = Math.max(1, Math.ceil(result.total / result.pageSize));
  return {
    self: path + pageQuery(query, result.page),
    first: path + pageQuery(query, 1),
    previous: result.page > 1 ? path + pageQuery(query, Math.min(result.page - 1, last)) : undefined,
    next: result.page < last ? path + pageQuery(query, result.page + 1) : undefined,
  };
}

/** Markdown of a description as plain text: emphasis marks dropped, links as "text (url)". */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^[\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\s](?:[^*\n]*[^*\s])?)\*/g, '$1$2');
}
