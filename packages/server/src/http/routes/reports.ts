import type { PostingKind, ReportInput } from '@mitmachen/contract';
import { createReport } from '../../reports/repository.js';
import { acceptPosting } from '../accepting.js';
import type { Handlers, RouteContext } from './index.js';

export function reportRoutes(context: RouteContext): Handlers {
  const report = (kind: PostingKind, operationId: string) =>
    (async (request, reply) => {
      const { id } = request.params as { id: string };
      const input = request.body as ReportInput;
      return acceptPosting(context, request, reply, `${operationId}:${id.toLowerCase()}`, (client) => createReport(client, kind, id, input));
    }) satisfies Handlers[string];
  return {
    reportOpportunity: report('opportunity', 'reportOpportunity'),
    reportOffer: report('offer', 'reportOffer'),
  };
}
