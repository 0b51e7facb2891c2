import type { OfferInput, OfferQuery } from '@mitmachen/contract';
import { notFound } from '../../errors.js';
import { createOffer, getOffer } from '../../offers/repository.js';
import { searchOffers } from '../../offers/search.js';
import { acceptPosting } from '../accepting.js';
import { cacheControl, sendCacheable } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

export function offerRoutes({ database }: RouteContext): Handlers {
  return {
    async searchOffers(request, reply) {
      const result = await searchOffers(database().pool, request.query as OfferQuery);
      return sendCacheable(request, reply, result, cacheControl.postings);
    },
    async getOffer(request, reply) {
      const { id } = request.params as { id: string };
      const offer = await getOffer(database().pool, id);
      if (!offer) throw notFound(`No published offer has the id ${id}.`);
      return sendCacheable(request, reply, offer, cacheControl.postings);
    },
    async createOffer(request, reply) {
      const input = request.body as OfferInput;
      return acceptPosting(request, reply, database(), 'createOffer', (client) => createOffer(client, input));
    },
  };
}
