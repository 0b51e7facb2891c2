/**
 * GET /v1/statistics (JSON, or CSV by Accept) and /v1/statistics.csv. Any staff role may read
 * the figures, scoped like the console: an agency's staff and tokens see their agency's regions.
 */
import type { StatisticsQuery } from '@mitmachen/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { agencyScope, forbidden, type Principal } from '../console/principal.js';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { statisticsCsv } from './csv.js';
import { statistics } from './query.js';

export function statisticsRoutes({ database, now }: RouteContext): Handlers {
  const figures = async (request: FastifyRequest) => {
    const principal = request.principal as Principal;
    const query = request.query as StatisticsQuery;
    const own = agencyScope(principal);
    if (own !== null && query.agencyId !== undefined && query.agencyId !== own) throw forbidden('You see your own agency’s figures only.');
    return statistics(database().pool, {
      from: query.from,
      to: query.to,
      interval: query.interval,
      region: query.region,
      agencyId: own ?? query.agencyId ?? null,
      now: now(),
    });
  };
  const csv = async (request: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('Cache-Control', cacheControl.none)
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="mitmachen-statistik.csv"')
      .send(statisticsCsv(await figures(request)));
  return {
    async getStatistics(request, reply) {
      if (prefersCsv(request.headers.accept)) return csv(request, reply);
      return reply.header('Cache-Control', cacheControl.none).header('Vary', 'Accept').send(await figures(request));
    },
    getStatisticsCsv: csv,
  };
}

// text/csv asked for and ranked at least as high as JSON; a browser's catch-all alone gets JSON.
function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const quality = (type: string) => {
    for (const part of accept.split(',')) {
      const [name = '', ...params] = part.trim().split(';');
      if (name.trim().toLowerCase() !== type) continue;
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return q === undefined ? 1 : Number(q);
    }
    return 0;
  };
  const csv = quality('text/csv');
  return csv > 0 && csv >= quality('application/json');
}
