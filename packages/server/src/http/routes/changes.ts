/** The integrators' change feed (GET /v1/changes); the query is validated by the contract. */
import type { ChangeQuery } from '@mitmachen/contract';
import { defaultChangeLimit, readChanges } from '../../changes/feed.js';
import { cacheControl } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

export function changeRoutes({ database }: RouteContext): Handlers {
  return {
    async listChanges(request, reply) {
      const query = request.query as ChangeQuery;
      const page = await readChanges(database().pool, query.since, query.limit ?? defaultChangeLimit);
      // A page names the newest changes: a cached one would hide what came after it.
      reply.header('Cache-Control', cacheControl.none);
      return page;
    },
  };
}
