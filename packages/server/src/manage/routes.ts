/**
 * The manage API (`/v1/manage…`, secured by the manage link in `Authorization: Manage <token>`)
 * and the staff's reissue/revoke of a listing's links. The link is checked here rather than
 * by the console's authenticator: it identifies a listing, not a person.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ManageActionInput, ManageLinkIssued, ManageResendInput, OfferInput, OpportunityInput, PostingKind } from '@mitmachen/contract';
import { actorOf, audit } from '../console/audit.js';
import { requireQueueRole, type Principal } from '../console/principal.js';
import { scopedItem } from '../console/queue.js';
import { digest } from '../console/secrets.js';
import { conflict, ProblemError } from '../errors.js';
import { cacheControl } from '../http/caching.js';
import type { ContractOperation } from '../http/contract.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { rateLimitHeaders } from '../rate-limit/policy.js';
import { countRequest } from '../rate-limit/store.js';
import { applyAction, editListing, readListing } from './actions.js';
import { enqueueResend, reissueLink } from './jobs.js';
import { preferredLanguage } from '../http/accept-language.js';
import { resolveLink, revokeLinks, tokenFromHeader, type ListingRef } from './links.js';

export function isManageOperation(operation: ContractOperation): boolean {
  return operation.security.some((requirement) => requirement.includes('manageLink'));
}

/** `en` when the request prefers English over German, else `de`: the language of the author's mails and pages. */
export function requestLanguage(request: FastifyRequest): 'de' | 'en' {
  return preferredLanguage(request.headers['accept-language'], ['de', 'en'], 'de');
}

type ItemParams = { kind: PostingKind; id: string };

export function manageRoutes({ database, now, publicOrigin, mailQueued, config, wakeLifecycle }: RouteContext): Handlers {
  const listingOf = (request: FastifyRequest, client: Parameters<typeof resolveLink>[0]): Promise<ListingRef> =>
    resolveLink(client, tokenFromHeader(request.headers.authorization));
  const noStore = { 'Cache-Control': cacheControl.none, 'Referrer-Policy': 'no-referrer' };

  const edit = (kind: PostingKind) => async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await database().transaction(async (client) => {
      const listing = await listingOf(request, client);
      if (listing.kind !== kind) throw conflict(`This manage link opens an ${listing.kind}; edit it at /v1/manage/${listing.kind}.`);
      return editListing(client, listing, request.body as OpportunityInput | OfferInput, now());
    });
    return reply.headers(noStore).send(result);
  };

  return {
    async getManagedListing(request, reply) {
      const result = await database().transaction(async (client) => readListing(client, await listingOf(request, client), now()));
      return reply.headers(noStore).send(result);
    },
    editManagedOpportunity: edit('opportunity'),
    editManagedOffer: edit('offer'),
    async actOnManagedListing(request, reply) {
      const result = await database().transaction(async (client) => applyAction(client, await listingOf(request, client), request.body as ManageActionInput, now()));
      return reply.headers(noStore).send(result);
    },
    async resendManageLinks(request, reply) {
      const { email } = request.body as ManageResendInput;
      const db = database().pool;
      // Counted per e-mail address too (the address's quota is the anonymous writes'), so
      // nobody floods an inbox; the same count for a known address as for an unknown one.
      const limit = config.signInLimit;
      if (limit) {
        const count = await countRequest(db, 'manage-resend-email', digest(email.trim().toLowerCase()), limit.seconds);
        if (count.hits > limit.requests) {
          throw new ProblemError(429, 'rate-limited', 'Too many requests', `Links for this address were asked for too often; please try again in ${count.resetSeconds} seconds.`, undefined, {
            'Retry-After': String(count.resetSeconds),
            ...rateLimitHeaders('writes', limit, count),
          });
        }
      }
      // Only a job is written here: the lookup happens later, so the answer and its time are
      // the same whether the address has listings or not.
      await enqueueResend(db, email, requestLanguage(request));
      wakeLifecycle();
      return reply.code(202).headers(noStore).send({ status: 'accepted' });
    },
    async reissueManageLink(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const principal = request.principal as Principal;
      requireQueueRole(principal, true);
      const result: ManageLinkIssued = await database().transaction(async (client) => {
        const item = await scopedItem(client, principal, kind, id, true);
        const issued = await reissueLink(client, { kind, id }, publicOrigin(), now());
        await audit(client, actorOf(principal), { action: 'manage-link-reissue', itemKind: kind, itemId: id, subjectAgencyId: item.agency_id, change: { revoked: issued.revoked } });
        return { url: issued.url, createdAt: now().toISOString(), ...(issued.mailedTo === undefined ? {} : { mailedTo: issued.mailedTo }) };
      });
      mailQueued();
      return reply.headers(noStore).send(result);
    },
    async revokeManageLinks(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const principal = request.principal as Principal;
      requireQueueRole(principal, true);
      await database().transaction(async (client) => {
        const item = await scopedItem(client, principal, kind, id, true);
        const revoked = await revokeLinks(client, { kind, id }, now());
        await audit(client, actorOf(principal), { action: 'manage-link-revoke', itemKind: kind, itemId: id, subjectAgencyId: item.agency_id, change: { revoked } });
      });
      return reply.code(204).send();
    },
  };
}
