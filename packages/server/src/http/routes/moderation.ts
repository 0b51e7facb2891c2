import type { PostingKind, ReportQuery, ReportResolutionInput } from '@mitmachen/contract';
import { approvePosting, listPending, rejectPosting } from '../../moderation/repository.js';
import { listReports, resolveReport } from '../../reports/repository.js';
import { cacheControl } from '../caching.js';
import type { Handlers, RouteContext } from './index.js';

type DecisionParams = { kind: PostingKind; id: string };

/** The bearer token is checked before these run (see `operation.secured` in app.ts). */
export function moderationRoutes({ database, mailQueued }: RouteContext): Handlers {
  return {
    async listPending(request, reply) {
      const { kind, page, pageSize } = request.query as { kind?: PostingKind; page: number; pageSize: number };
      const result = await listPending(database().pool, { kind, page, pageSize });
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async approvePosting(request, reply) {
      const { kind, id } = request.params as DecisionParams;
      const result = await database().transaction((client) => approvePosting(client, kind, id));
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async rejectPosting(request, reply) {
      const { kind, id } = request.params as DecisionParams;
      const { reason } = request.body as { reason: string };
      const result = await database().transaction((client) => rejectPosting(client, kind, id, reason));
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async listReports(request, reply) {
      const result = await listReports(database().pool, request.query as ReportQuery);
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async resolveReport(request, reply) {
      const { id } = request.params as { id: string };
      const result = await database().transaction((client) => resolveReport(client, id, request.body as ReportResolutionInput));
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
  };
}
