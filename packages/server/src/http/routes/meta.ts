import type { Health } from '@mitmachen/contract';
import { limits } from '../../config.js';
import { cacheControl, sendCacheable } from '../caching.js';
import { searchIndexFor } from '../../search/index/registry.js';
import { unavailable } from '../problems.js';
import type { Handlers, RouteContext } from './index.js';

export function metaRoutes({ contract, database, config }: RouteContext): Handlers {
  return {
    async getOpenApi(request, reply) {
      // The document names this server as it was reached, so "try it" tools call the right host.
      const servers = [{ url: `${request.protocol}://${request.host}`, description: 'This server' }];
      return sendCacheable(request, reply, { ...contract.document, servers }, cacheControl.contract);
    },
    async getHealth(_request, reply) {
      const db = database();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(unavailable('The database does not answer.')), limits.healthCheckTimeoutMs);
      });
      try {
        await Promise.race([db.pool.query('SELECT 1'), timeout]);
      } catch {
        throw unavailable('The database does not answer.');
      } finally {
        clearTimeout(timer);
      }
      const index = searchIndexFor(db.pool);
      const health: Health = { status: 'ok', database: db.kind, search: { engine: config.searchEngine } };
      if (index) health.search = { engine: 'index', ...index.stats(), version: String(index.version) };
      return reply.header('Cache-Control', cacheControl.none).send(health);
    },
  };
}
