/**
 * The agency's figures for scripts and reports: an agency's API token (`mm_…`, created in the
 * console) reads the statistics and the "unanswered" list of its agency's regions. A separate
 * entry point, so pages that only search never carry it.
 */
import type { Statistics, StatisticsQuery, UnansweredList, UnansweredQuery } from '@mitmachen/contract';
import { toSearchParams } from './query.js';
import { createTransport, type CallOptions, type TransportOptions } from './transport.js';

export interface FiguresApi {
  /** Counts per month (or one `total`) and region, with totals per period; see GET /v1/statistics. */
  statistics(query?: StatisticsQuery, options?: CallOptions): Promise<Statistics>;
  /** Listings flagged because volunteers repeatedly reported no reply, newest flag first. */
  unanswered(query?: UnansweredQuery, options?: CallOptions): Promise<UnansweredList>;
}

export function createFiguresClient(options: TransportOptions & { token: string }): FiguresApi {
  const { token, ...transport } = options;
  const send = createTransport(transport);
  const headers = { authorization: `Bearer ${token}` };
  return {
    statistics: (query, call) => send<Statistics>({ method: 'get', path: 'statistics', searchParams: toSearchParams(query), headers }, call),
    unanswered: (query, call) =>
      send<UnansweredList>({ method: 'get', path: 'console/unanswered', searchParams: toSearchParams(query), headers }, call),
  };
}
