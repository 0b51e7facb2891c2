import type { InterestInput, OpportunityInput, OpportunityQuery, TextLanguage } from '@mitmachen/contract';
import { notFound } from '../../errors.js';
import { createInterest } from '../../interests/repository.js';
import { createOpportunity, getOpportunity } from '../../opportunities/repository.js';
import { searchOpportunities, searchOpportunitiesJson } from '../../opportunities/search.js';
import { acceptPosting } from '../accepting.js';
import { cacheControl, sendCacheable, sendCacheableJson } from '../caching.js';
import { requestLanguage } from '../language.js';
import type { Handlers, RouteContext } from './index.js';
import { requestLanguage as authorLanguage } from '../../manage/routes.js';

type IdParams = { id: string };

export function opportunityRoutes(context: RouteContext): Handlers {
  const { database } = context;
  return {
    async searchOpportunities(request, reply) {
      const query = request.query as OpportunityQuery;
      const lang = requestLanguage(request, reply, query.lang);
      // German cards are what the index caches as JSON; other languages swap in translations.
      if (lang === 'de') return sendCacheableJson(request, reply, await searchOpportunitiesJson(database().pool, query), cacheControl.postings);
      return sendCacheable(request, reply, await searchOpportunities(database().pool, query, lang), cacheControl.postings);
    },
    async getOpportunity(request, reply) {
      const { id } = request.params as IdParams;
      const { lang } = request.query as { lang?: TextLanguage };
      const opportunity = await getOpportunity(database().pool, id, requestLanguage(request, reply, lang));
      if (!opportunity) throw notFound(`No published opportunity has the id ${id}.`);
      return sendCacheable(request, reply, opportunity, cacheControl.postings);
    },
    async createOpportunity(request, reply) {
      const input = request.body as OpportunityInput;
      return acceptPosting(context, request, reply, 'createOpportunity', (client) => createOpportunity(client, input, undefined, authorLanguage(request)));
    },
    async expressInterest(request, reply) {
      const { id } = request.params as IdParams;
      const input = request.body as InterestInput;
      return acceptPosting(context, request, reply, `expressInterest:${id.toLowerCase()}`, (client) =>
        createInterest(client, id, input),
      );
    },
  };
}
