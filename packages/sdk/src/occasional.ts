/**
 * The calls a page that only searches never makes: paging through every result, the change feed,
 * the author's manage calls and the moderators' review. The client imports this module on the
 * first of them, so the search's first screen does not carry their code.
 */
import type { ChangeFeedPage, Id, ModerationResult, PendingList, PostingKind, ReportList, ReportResolution } from '@mitmachen/contract';
import { followChanges, type ChangesOptions } from './changes.js';
import type { ModerationApi } from './client.js';
import { segment, toSearchParams } from './query.js';
import type { CallOptions, Send } from './transport.js';

export { manageApi, resendManageLinks } from './manage.js';
export { walkPages } from './pages.js';

export function changes(send: Send, { since, limit }: ChangesOptions = {}, call?: CallOptions): AsyncGenerator<ChangeFeedPage, void, undefined> {
  return followChanges(
    (cursor) => send<ChangeFeedPage>({ method: 'get', path: 'changes', searchParams: toSearchParams({ since: cursor, limit }) }, call),
    since,
    call?.signal,
  );
}

/** The review endpoints; `token` is the server's admin token, sent as a bearer token. */
export function moderationApi(send: Send, token: string): ModerationApi {
  const headers = { authorization: `Bearer ${token}` };
  // Approving or rejecting twice is a 409, so these POSTs carry no key and are never retried.
  const decide = (kind: PostingKind, id: Id, action: string, json: unknown, call?: CallOptions) =>
    send<ModerationResult>({ method: 'post', path: `moderation/${segment(kind)}/${segment(id)}/${action}`, json, headers }, call);
  return {
    listPending: (query, call) =>
      send<PendingList>({ method: 'get', path: 'moderation/pending', searchParams: toSearchParams(query), headers }, call),
    approve: (kind, id, call) => decide(kind, id, 'approve', undefined, call),
    reject: (kind, id, reason, call) => decide(kind, id, 'reject', { reason }, call),
    listReports: (query, call) =>
      send<ReportList>({ method: 'get', path: 'moderation/reports', searchParams: toSearchParams(query), headers }, call),
    // Like a decision, resolving twice is a 409: no key, no retry.
    resolveReport: (id, resolution, call) =>
      send<ReportResolution>({ method: 'post', path: `moderation/reports/${segment(id)}/resolve`, json: resolution, headers }, call),
  };
}
