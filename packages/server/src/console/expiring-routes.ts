/** The console's "expiring" tab: list listings near their end date, extend one, ask its author now. */
import type { ExpiringQuery, ExtendInput } from '@mitmachen/contract';
import { cacheControl } from '../http/caching.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { askStillCurrent, extendExpiring, listExpiring } from './expiring.js';
import type { Principal } from './principal.js';

export function expiringRoutes({ database, now, publicOrigin, mailQueued }: RouteContext): Handlers {
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  return {
    async listExpiring(request, reply) {
      const list = await listExpiring(database().pool, principalOf(request), request.query as ExpiringQuery, now());
      return reply.header('Cache-Control', cacheControl.none).send(list);
    },
    async extendListing(request, reply) {
      const { id } = request.params as { id: string };
      const input = (request.body ?? {}) as ExtendInput;
      const item = await database().transaction((client) => extendExpiring(client, principalOf(request), id, input, now()));
      return reply.header('Cache-Control', cacheControl.none).send(item);
    },
    async askStillCurrent(request, reply) {
      const { id } = request.params as { id: string };
      const item = await database().transaction((client) => askStillCurrent(client, principalOf(request), id, now(), publicOrigin()));
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(item);
    },
  };
}
