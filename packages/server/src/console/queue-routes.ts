/** The review queue: list, item, claim, decide (one or many), edit, notes, reports. */
import type { BulkDecision, BulkDecisionResult, Decision, ItemEdit, NoteInput, PostingKind, QueueQuery, ReportResolutionInput } from '@mitmachen/contract';
import { PROBLEM_BASE, ProblemError } from '../errors.js';
import { cacheControl } from '../http/caching.js';
import { problemFor } from '../http/problems.js';
import type { Handlers, RouteContext } from '../http/routes/index.js';
import { resolveReport } from '../reports/repository.js';
import { actorOf, audit } from './audit.js';
import { addNote, claimItem, decideItem, editItem, releaseItem, reportInScope } from './decisions.js';
import { requireQueueRole, type Principal } from './principal.js';
import { itemDetail, listQueue } from './queue.js';

type ItemParams = { kind: PostingKind; id: string };

export function queueRoutes({ database, mailQueued, contract, config, publicOrigin, now }: RouteContext): Handlers {
  const mailLinks = () => ({ origin: publicOrigin(), now: now() });
  const principalOf = (request: { principal?: Principal }) => request.principal as Principal;
  return {
    async listQueue(request, reply) {
      const queue = await listQueue(database().pool, principalOf(request), request.query as QueueQuery);
      return reply.header('Cache-Control', cacheControl.none).send(queue);
    },
    async getQueueItem(request, reply) {
      const { kind, id } = request.params as ItemParams;
      return reply.header('Cache-Control', cacheControl.none).send(await itemDetail(database().pool, principalOf(request), kind, id));
    },
    async editQueueItem(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const principal = principalOf(request);
      const detail = await database().transaction(async (client) => {
        await editItem(client, principal, kind, id, request.body as ItemEdit);
        return itemDetail(client, principal, kind, id);
      });
      return reply.header('Cache-Control', cacheControl.none).send(detail);
    },
    async claimQueueItem(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const claim = await database().transaction((client) => claimItem(client, principalOf(request), kind, id));
      return reply.header('Cache-Control', cacheControl.none).send(claim);
    },
    async releaseQueueItem(request, reply) {
      const { kind, id } = request.params as ItemParams;
      await database().transaction((client) => releaseItem(client, principalOf(request), kind, id));
      return reply.code(204).send();
    },
    async decideQueueItem(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const result = await database().transaction((client) => decideItem(client, principalOf(request), kind, id, request.body as Decision, mailLinks()));
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
    async decideQueueItems(request, reply) {
      const { action, templateId, reason, items } = request.body as BulkDecision;
      const principal = principalOf(request);
      // A role that may not decide at all is refused as a whole, not item by item.
      requireQueueRole(principal, true);
      const results: BulkDecisionResult['results'] = [];
      // One transaction per item: one refusal (claimed, already decided) leaves the others be.
      for (const { kind, id } of items) {
        try {
          const decision: Decision = { action, ...(templateId === undefined ? {} : { templateId }), ...(reason === undefined ? {} : { reason }) };
          const result = await database().transaction((client) => decideItem(client, principal, kind, id, decision, mailLinks()));
          results.push({ kind, id, ok: true, status: result.status });
        } catch (error) {
          const problem = problemFor(error, request, contract, config.bodyLimitBytes);
          if (!(error instanceof ProblemError)) request.log.error({ err: error }, 'bulk decision failed');
          results.push({
            kind,
            id,
            ok: false,
            problem: { type: PROBLEM_BASE + problem.slug, title: problem.title, status: problem.status, ...(problem.detail ? { detail: problem.detail } : {}), ...(problem.errors ? { errors: problem.errors } : {}) },
          });
        }
      }
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send({ results });
    },
    async addItemNote(request, reply) {
      const { kind, id } = request.params as ItemParams;
      const { text } = request.body as NoteInput;
      const note = await database().transaction((client) => addNote(client, principalOf(request), kind, id, text));
      return reply.code(201).header('Cache-Control', cacheControl.none).send(note);
    },
    async resolveQueueReport(request, reply) {
      const { id } = request.params as { id: string };
      const input = request.body as ReportResolutionInput;
      const principal = principalOf(request);
      const result = await database().transaction(async (client) => {
        const listing = await reportInScope(client, principal, id);
        const resolution = await resolveReport(client, id, input);
        await audit(client, actorOf(principal), {
          action: input.action === 'dismiss' ? 'report-dismiss' : 'report-unpublish',
          itemKind: listing.kind,
          itemId: listing.id,
          subjectAgencyId: listing.agencyId,
          change: { report: id, listingStatus: resolution.listingStatus },
          reason: input.note ?? null,
        });
        return resolution;
      });
      mailQueued();
      return reply.header('Cache-Control', cacheControl.none).send(result);
    },
  };
}
