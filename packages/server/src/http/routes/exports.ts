/**
 * Open exports of any search (Atom, iCalendar, schema.org JSON-LD) and the spreadsheet
 * template for imports. The query is the search's own, validated by the contract.
 */
import { readFileSync } from 'node:fs';
import type { OpportunityQuery } from '@mitmachen/contract';
import type { FastifyRequest } from 'fastify';
import { buildAtom } from '../../exports/atom.js';
import { buildIcs } from '../../exports/ics.js';
import { buildJsonLd } from '../../exports/json-ld.js';
import { exportPage, pagingLinks } from '../../exports/page.js';
import { packageRoot } from '../../paths.js';
import { labels } from '../../taxonomy.js';
import { cacheControl, sendCacheableText } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

const template = readFileSync(new URL('src/import/vorlage.csv', packageRoot));

/** The API's origin as the client reached it (a proxy's X-Forwarded-* when trusted). */
function origin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** "Engagementangebote: Tierschutz in Pirna": the feed's name says what it follows. */
function feedTitle(query: OpportunityQuery): string {
  const parts = [
    query.q ? `„${query.q}“` : '',
    (query.category ?? []).map((category) => labels.categories[category].de).join(', '),
    query.near ? `in ${query.near}` : (query.region ?? []).map((region) => labels.regions[region].de).join(', '),
  ].filter(Boolean);
  return parts.length ? `Engagementangebote: ${parts.join(' ')}` : 'Engagementangebote';
}

function linkHeader(base: string, links: Record<string, string | undefined>): string {
  return Object.entries(links)
    .filter(([rel, href]) => href !== undefined && rel !== 'self')
    .map(([rel, href]) => `<${base}${href}>; rel="${rel === 'previous' ? 'prev' : rel}"`)
    .join(', ');
}

export function exportRoutes({ database }: RouteContext): Handlers {
  return {
    async exportOpportunitiesAtom(request, reply) {
      const query = request.query as OpportunityQuery;
      const page = await exportPage(database().pool, query);
      const links = pagingLinks('/v1/opportunities.atom', query, page.result);
      const body = buildAtom(page, { origin: origin(request), links, title: feedTitle(query), now: new Date() });
      reply.header('Link', linkHeader(origin(request), links));
      return sendCacheableText(request, reply, body, 'application/atom+xml; charset=utf-8', cacheControl.postings);
    },
    async exportOpportunitiesIcs(request, reply) {
      const given = request.query as OpportunityQuery;
      const query: OpportunityQuery = { ...given, schedule: ['one-time'], sort: given.sort ?? 'start' };
      const page = await exportPage(database().pool, query);
      reply.header('Link', linkHeader(origin(request), pagingLinks('/v1/opportunities.ics', query, page.result)));
      // DTSTAMP would change every second; the newest change of a listing is as good a stamp.
      const now = new Date(page.opportunities.reduce((latest, o) => (o.updatedAt > latest ? o.updatedAt : latest), '1970-01-01T00:00:00Z'));
      const body = buildIcs(page.opportunities, { origin: origin(request), title: feedTitle(given), now });
      return sendCacheableText(request, reply, body, 'text/calendar; charset=utf-8', cacheControl.postings);
    },
    async exportOpportunitiesJsonLd(request, reply) {
      const query = request.query as OpportunityQuery;
      const page = await exportPage(database().pool, query);
      const links = pagingLinks('/v1/opportunities.jsonld', query, page.result);
      reply.header('Link', linkHeader(origin(request), links));
      const body = JSON.stringify(buildJsonLd(page, { origin: origin(request), self: links.self! }));
      return sendCacheableText(request, reply, body, 'application/ld+json; charset=utf-8', cacheControl.postings);
    },
    async getImportTemplate(request, reply) {
      reply.header('Content-Disposition', 'attachment; filename="mitmachen-vorlage.csv"');
      return sendCacheableText(request, reply, template.toString('utf8'), 'text/csv; charset=utf-8', cacheControl.taxonomy);
    },
  };
}
