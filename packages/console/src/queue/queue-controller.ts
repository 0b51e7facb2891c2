import type {
  BulkDecision,
  Decision,
  ItemEdit,
  PostingKind,
  Queue,
  QueueItem,
  QueueItemDetail,
  QueueQuery,
  QueueTab,
  ReasonTemplate,
  Region,
} from '@mitmachen/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsoleApi } from '../api/client.js';
import type { LifecycleTab } from '../lifecycle/lifecycle.js';
import { ConsoleApiError } from '../api/problem.js';
import { reportSessionEnd } from '../internal/session-ended.js';

/** The operations the queue uses; the full ConsoleApi has them. */
export type QueueApi = Pick<
  ConsoleApi,
  | 'queue'
  | 'item'
  | 'claim'
  | 'release'
  | 'decide'
  | 'decideMany'
  | 'edit'
  | 'addNote'
  | 'reasonTemplates'
  | 'resolveReport'
  | 'reissueManageLink'
  | 'revokeManageLinks'
  | 'expiring'
  | 'extendListing'
  | 'askStillCurrent'
  | 'unanswered'
  | 'resolveUnanswered'
  | 'updateAgency'
>;

export interface QueueFilters {
  kind?: PostingKind;
  region?: Region;
  olderThanHours?: number;
  /** Operator only: an agency's id, or `none` for the operator's own queue. */
  agencyId?: string;
}

export const PAGE_SIZE = 25;

/** One row of the list: a posting, or in the reports tab a report (a listing may have several). */
export function itemKey(item: Pick<QueueItem, 'kind' | 'id' | 'report'>): string {
  return item.report === undefined ? `${item.kind}:${item.id}` : `report:${item.report.id}`;
}

/** The element's reactive state the controller reads and writes (stories set it directly). */
export interface QueueState {
  api?: QueueApi;
  tab: QueueTab | LifecycleTab;
  filters: QueueFilters;
  page: number;
  queue?: Queue;
  listError?: unknown;
  listLoading: boolean;
  current?: QueueItem;
  detail?: QueueItemDetail;
  detailError?: unknown;
  detailLoading: boolean;
  templates: ReasonTemplate[];
  selection: ReadonlySet<string>;
}

export type Outcome = { ok: true; detail?: QueueItemDetail } | { ok: false; error: unknown };

/**
 * The review queue's work with the API, apart from rendering: loading a tab under filters (a
 * newer load aborts the older, whose answer is never shown), opening an item (which claims it
 * for ten minutes and gives back the previous claim), deciding, bulk deciding, editing and notes.
 * Callers get outcomes; the element words and announces them.
 */
export class QueueController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & QueueState;
  #listAbort: AbortController | undefined;
  #detailAbort: AbortController | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement & QueueState) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.api !== undefined && this.#host.queue === undefined) void this.reload();
  }

  hostDisconnected(): void {
    this.#listAbort?.abort();
    this.#detailAbort?.abort();
    void this.#releaseCurrent();
  }

  async loadTemplates(): Promise<void> {
    const api = this.#host.api;
    if (api === undefined) return;
    try {
      this.#host.templates = (await api.reasonTemplates()).items.filter((template) => !template.archived);
    } catch (error) {
      // The forms work with free text alone; a 401 is worth telling the shell about.
      reportSessionEnd(this.#host, error);
    }
  }

  /** Loads the current tab, filters and page. Resolves when the list on screen is current. */
  async reload(): Promise<void> {
    const host = this.#host;
    const api = host.api;
    const tab = host.tab;
    // The lifecycle tabs load their own lists (lifecycle/lifecycle.ts).
    if (api === undefined || tab === 'expiring' || tab === 'unanswered') return;
    this.#listAbort?.abort();
    const abort = (this.#listAbort = new AbortController());
    host.listLoading = true;
    const { region, ...filters } = host.filters;
    const query: QueueQuery = { tab, ...filters, region: region === undefined ? undefined : [region], page: host.page, pageSize: PAGE_SIZE };
    try {
      const queue = await api.queue(query, { signal: abort.signal });
      if (abort.signal.aborted) return;
      host.queue = queue;
      host.listError = undefined;
      // Selected items that left the list (decided by someone else) cannot stay selected.
      const keys = new Set(queue.items.map(itemKey));
      host.selection = new Set([...host.selection].filter((key) => keys.has(key)));
    } catch (error) {
      if (abort.signal.aborted) return;
      host.listError = reportSessionEnd(host, error);
    } finally {
      if (!abort.signal.aborted) host.listLoading = false;
    }
  }

  /** Opens `item`: claims it (a claim held by someone else is shown, not an error), then loads it. */
  async open(item: QueueItem): Promise<void> {
    const host = this.#host;
    const api = host.api;
    if (host.current !== undefined && itemKey(host.current) !== itemKey(item)) void this.#releaseCurrent();
    host.current = item;
    host.detail = undefined;
    host.detailError = undefined;
    if (api === undefined) return;
    this.#detailAbort?.abort();
    const abort = (this.#detailAbort = new AbortController());
    host.detailLoading = true;
    try {
      await api.claim(item.kind, item.id).catch((error: unknown) => {
        if (!(error instanceof ConsoleApiError && error.status === 409)) throw error;
      });
      const detail = await api.item(item.kind, item.id, { signal: abort.signal });
      if (abort.signal.aborted) return;
      host.detail = detail;
    } catch (error) {
      if (abort.signal.aborted) return;
      host.detailError = reportSessionEnd(host, error);
    } finally {
      if (!abort.signal.aborted) host.detailLoading = false;
    }
  }

  /** Tries to take over the claim again (after the other person's ran out). */
  async reclaim(): Promise<Outcome> {
    const current = this.#host.current;
    if (current === undefined) return { ok: false, error: new Error('no item') };
    await this.open(current);
    return this.#host.detailError === undefined ? { ok: true } : { ok: false, error: this.#host.detailError };
  }

  async decide(item: QueueItem, decision: Decision): Promise<Outcome> {
    return this.#run(async (api) => {
      await api.decide(item.kind, item.id, decision);
      return undefined;
    });
  }

  async resolveReport(item: QueueItem, action: 'dismiss' | 'unpublish', note?: string): Promise<Outcome> {
    const report = item.report;
    if (report === undefined) return { ok: false, error: new Error('not a report') };
    return this.#run(async (api) => {
      await api.resolveReport(report.id, note === undefined ? { action } : { action, note });
      return undefined;
    });
  }

  async edit(item: QueueItem, edit: ItemEdit): Promise<Outcome> {
    return this.#run((api) => api.edit(item.kind, item.id, edit));
  }

  async addNote(item: QueueItem, text: string): Promise<Outcome> {
    return this.#run(async (api) => {
      const note = await api.addNote(item.kind, item.id, text);
      const detail = this.#host.detail;
      return detail === undefined ? undefined : { ...detail, notes: [...detail.notes, note] };
    });
  }

  async decideMany(decision: Omit<BulkDecision, 'items'>, items: QueueItem[]) {
    const api = this.#host.api;
    if (api === undefined) return undefined;
    try {
      const { results } = await api.decideMany({ ...decision, items: items.map(({ kind, id }) => ({ kind, id })) });
      return results;
    } catch (error) {
      reportSessionEnd(this.#host, error);
      throw error;
    }
  }

  async #run(action: (api: QueueApi) => Promise<QueueItemDetail | undefined>): Promise<Outcome> {
    const api = this.#host.api;
    if (api === undefined) return { ok: false, error: new Error('no API') };
    try {
      const detail = await action(api);
      if (detail !== undefined) this.#host.detail = detail;
      return { ok: true, detail };
    } catch (error) {
      return { ok: false, error: reportSessionEnd(this.#host, error) };
    }
  }

  /** Gives back the claim on the item being left, so a colleague can take it at once. */
  async #releaseCurrent(): Promise<void> {
    const { api, current, detail } = this.#host;
    if (api === undefined || current === undefined || detail?.claim?.mine !== true) return;
    await api.release(current.kind, current.id).catch(() => {
      // Runs out by itself after ten minutes anyway.
    });
  }
}
