/** The console's "unanswered" tab: list flagged listings, close a flag. */
import type { UnansweredQuery } from '@mitmachen/contract';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import type { Principal } from './principal.js';
import { listUnanswered, resolveUnanswered } from './unanswered.js';

export function unansweredRoutes({ database, now }: RouteContext): Handlers {
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  return {
    async listUnanswered(request, reply) {
      const list = await listUnanswered(database().pool, principalOf(request), request.query as UnansweredQuery, now());
      return reply.header('Cache-Control', cacheControl.none).send(list);
    },
    async resolveUnanswered(request, reply) {
      const { id } = request.params as { id: string };
      await database().transaction((client) => resolveUnanswered(client, principalOf(request), id, now()));
      return reply.code(204).send();
    },
  };
}
