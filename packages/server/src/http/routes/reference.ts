import type { PlaceList } from '@mitmachen/contract';
import { findPlaces } from '../../places/index.js';
import { taxonomy } from '../../taxonomy.js';
import { cacheControl, sendCacheable } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

export function referenceRoutes(_context: RouteContext): Handlers {
  return {
    async getTaxonomy(request, reply) {
      return sendCacheable(request, reply, taxonomy, cacheControl.taxonomy);
    },
    async searchPlaces(request, reply) {
      const { q, limit } = request.query as { q: string; limit?: number };
      const result: PlaceList = { items: findPlaces(q, limit) };
      return sendCacheable(request, reply, result, cacheControl.places);
    },
  };
}
