import type { PostingKind, ReportQuery, ReportResolutionInput } from '@mitmachen/contract';
import { actorOf, audit } from '../../console/audit.js';
import { reportInScope } from '../../console/decisions.js';
import { agencyScope, type Principal } from '../../console/principal.js';
import { itemAgency, scopedItem } from '../../console/queue.js';
import { approvePosting, listPending, rejectPosting } from '../../moderation/repository.js';
import { listReports, resolveReport } from '../../reports/repository.js';
import { cacheControl } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

type DecisionParams = { kind: PostingKind; id: string };

/**
 * The bearer token is checked before these run (see `operation.secured` in app.ts): the old
 * admin token sees everything, an agency's API token its agency's postings only. Every decision
 * is in the audit log.
 */
export function moderationRoutes({ database, mailQueued, publicOrigin, now }: RouteContext): Handlers {
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  /** For an agency's token: 404 unless the posting is in its agency's queue. */
  const inScope = async (client: Parameters<typeof scopedItem>[0], principal: Principal, kind: PostingKind, id: string) => {
    if (agencyScope(principal) !== null) await scopedItem(client, principal, kind, id);
    return itemAgency(client, kind, id);
  };
  return {
    async listPending(request, reply) {
      const { kind, page, pageSize } = request.query as { kind?: PostingKind; page: number; pageSize: number };
      const result = await listPending(database().pool, { kind, page, pageSize, agencyId: agencyScope(principalOf(request)) });
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async approvePosting(request, reply) {
      const { kind, id } = request.params as DecisionParams;
      const principal = principalOf(request);
      const result = await database().transaction(async (client) => {
        const agency = await inScope(client, principal, kind, id);
        const decided = await approvePosting(client, kind, id, { origin: publicOrigin(), now: now() });
        await audit(client, actorOf(principal), { action: 'approve', itemKind: kind, itemId: id, subjectAgencyId: agency });
        return decided;
      });
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async rejectPosting(request, reply) {
      const { kind, id } = request.params as DecisionParams;
      const { reason } = request.body as { reason: string };
      const principal = principalOf(request);
      const result = await database().transaction(async (client) => {
        const agency = await inScope(client, principal, kind, id);
        const decided = await rejectPosting(client, kind, id, reason);
        await audit(client, actorOf(principal), { action: 'reject', itemKind: kind, itemId: id, subjectAgencyId: agency, reason });
        return decided;
      });
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async listReports(request, reply) {
      const result = await listReports(database().pool, request.query as ReportQuery, agencyScope(principalOf(request)));
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async resolveReport(request, reply) {
      const { id } = request.params as { id: string };
      const principal = principalOf(request);
      const input = request.body as ReportResolutionInput;
      const result = await database().transaction(async (client) => {
        if (agencyScope(principal) !== null) await reportInScope(client, principal, id);
        const resolution = await resolveReport(client, id, input);
        await audit(client, actorOf(principal), {
          action: input.action === 'dismiss' ? 'report-dismiss' : 'report-unpublish',
          itemKind: resolution.kind,
          itemId: resolution.listingId,
          subjectAgencyId: await itemAgency(client, resolution.kind, resolution.listingId),
          change: { report: id },
          reason: input.note ?? null,
        });
        return resolution;
      });
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
  };
}
