/**
 * The review queue for scripts: an agency's API token (`mm_…`, created in the console) works
 * the agency's queue. A separate entry point, so pages that only search never carry it.
 */
import type {
  BulkDecision,
  BulkDecisionResult,
  ConsoleStatistics,
  Decision,
  DecisionResult,
  Id,
  Note,
  PostingKind,
  Queue,
  QueueItemDetail,
  QueueQuery,
  ReasonTemplateList,
  ReportResolution,
  ReportResolutionInput,
} from '@mitmachen/contract';
import { toSearchParams } from './query.js';
import { createTransport, type CallOptions, type TransportOptions } from './transport.js';

export interface ReviewApi {
  /** One page of the queue (`tab`: postings or reports), oldest first, with counts per tab. */
  queue(query?: QueueQuery, options?: CallOptions): Promise<Queue>;
  item(kind: PostingKind, id: Id, options?: CallOptions): Promise<QueueItemDetail>;
  /** Approve, request changes, reject, hide or unhide (a reason where the action needs one). */
  decide(kind: PostingKind, id: Id, decision: Decision, options?: CallOptions): Promise<DecisionResult>;
  /** Approve or reject several; each item's result comes back, one failing leaves the others be. */
  decideMany(decision: BulkDecision, options?: CallOptions): Promise<BulkDecisionResult>;
  note(kind: PostingKind, id: Id, text: string, options?: CallOptions): Promise<Note>;
  resolveReport(id: Id, resolution: ReportResolutionInput, options?: CallOptions): Promise<ReportResolution>;
  templates(options?: CallOptions): Promise<ReasonTemplateList>;
  statistics(options?: CallOptions): Promise<ConsoleStatistics>;
}

export function createReviewClient(options: TransportOptions & { token: string }): ReviewApi {
  const { token, ...transport } = options;
  const send = createTransport(transport);
  const headers = { authorization: `Bearer ${token}` };
  const item = (kind: PostingKind, id: Id) => `console/items/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;
  // Decisions are not repeatable (a second approve is a 409): no key, never retried.
  return {
    queue: (query, call) => send<Queue>({ method: 'get', path: 'console/queue', searchParams: toSearchParams(query), headers }, call),
    item: (kind, id, call) => send<QueueItemDetail>({ method: 'get', path: item(kind, id), headers }, call),
    decide: (kind, id, decision, call) => send<DecisionResult>({ method: 'post', path: `${item(kind, id)}/decision`, json: decision, headers }, call),
    decideMany: (decision, call) => send<BulkDecisionResult>({ method: 'post', path: 'console/bulk-decision', json: decision, headers }, call),
    note: (kind, id, text, call) => send<Note>({ method: 'post', path: `${item(kind, id)}/notes`, json: { text }, headers }, call),
    resolveReport: (id, resolution, call) =>
      send<ReportResolution>({ method: 'post', path: `console/reports/${encodeURIComponent(id)}/resolve`, json: resolution, headers }, call),
    templates: (call) => send<ReasonTemplateList>({ method: 'get', path: 'console/reason-templates', headers }, call),
    statistics: (call) => send<ConsoleStatistics>({ method: 'get', path: 'console/statistics', headers }, call),
  };
}
