import type { InterestInput, OfferInput, OfferQuery, TextLanguage } from '@mitmachen/contract';
import { notFound } from '../../errors.js';
import { createOfferContact } from '../../interests/repository.js';
import { createOffer, getOffer } from '../../offers/repository.js';
import { searchOffers, searchOffersJson } from '../../offers/search.js';
import { acceptPosting } from '../accepting.js';
import { cacheControl, sendCacheable, sendCacheableJson } from '../caching.js';
import { requestLanguage } from '../language.js';
import type { Handlers, RouteContext } from './index.js';
import { requestLanguage as authorLanguage } from '../../manage/routes.js';

export function offerRoutes(context: RouteContext): Handlers {
  const { database } = context;
  return {
    async searchOffers(request, reply) {
      const query = request.query as OfferQuery;
      const lang = requestLanguage(request, reply, query.lang);
      // German cards are what the index caches as JSON; other languages swap in translations.
      if (lang === 'de') return sendCacheableJson(request, reply, await searchOffersJson(database().pool, query), cacheControl.postings);
      return sendCacheable(request, reply, await searchOffers(database().pool, query, lang), cacheControl.postings);
    },
    async getOffer(request, reply) {
      const { id } = request.params as { id: string };
      const { lang } = request.query as { lang?: TextLanguage };
      const offer = await getOffer(database().pool, id, requestLanguage(request, reply, lang));
      if (!offer) throw notFound(`No published offer has the id ${id}.`);
      return sendCacheable(request, reply, offer, cacheControl.postings);
    },
    async createOffer(request, reply) {
      const input = request.body as OfferInput;
      return acceptPosting(context, request, reply, 'createOffer', (client) => createOffer(client, input, undefined, authorLanguage(request)));
    },
    async contactOffer(request, reply) {
      const { id } = request.params as { id: string };
      const input = request.body as InterestInput;
      return acceptPosting(context, request, reply, `contactOffer:${id.toLowerCase()}`, (client) => createOfferContact(client, id, input));
    },
  };
}
