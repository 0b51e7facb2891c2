import type {
  AlertAccepted,
  AlertInput,
  AltchaChallenge,
  ChangeFeedPage,
  Id,
  InterestInput,
  ModerationResult,
  Offer,
  OfferInput,
  OfferQuery,
  OfferSearchResult,
  Opportunity,
  OpportunityInput,
  OpportunityListItem,
  OpportunityQuery,
  OpportunitySearchResult,
  PendingList,
  Place,
  PlaceList,
  PostingAccepted,
  PostingKind,
  ReportInput,
  ReportList,
  ReportQuery,
  ReportResolution,
  ReportResolutionInput,
  Taxonomy,
  TextLanguage,
  operations,
} from '@mitmachen/contract';
import type { ChangesOptions } from './changes.js';
import { NetworkError } from './errors.js';
import type { ManageApi, ManageResendAccepted } from './manage.js';
import type * as Occasional from './occasional.js';
import { segment, toSearchParams } from './query.js';
import { createTransport, type CallOptions, type TransportOptions } from './transport.js';

export type ClientOptions = TransportOptions;
export type { CallOptions };

export interface CreateOptions extends CallOptions {
  /**
   * The `Idempotency-Key` of this posting; a UUID is generated when none is given. Pass your
   * own to make a repeated submission (a second click, a reload) return the first answer.
   */
  idempotencyKey?: string;
  /**
   * A solved proof-of-work challenge (see `client.challenge()`), sent as the `Altcha` header:
   * `base64(JSON({ algorithm, challenge, number, salt, signature }))`. The server refuses
   * anonymous postings without one; each solution counts once.
   */
  altcha?: string;
}

export interface ReadOptions extends CallOptions {
  /** The language to read the listing in (German where it has no translation into it); see `textLang`. */
  lang?: TextLanguage;
}

export interface PlacesOptions extends CallOptions {
  /** How many places to return, 1–20; the server's default is 8. */
  limit?: number;
}

export type PendingQuery = NonNullable<operations['listPending']['parameters']['query']>;

export interface OpportunitiesApi {
  search(query?: OpportunityQuery, options?: CallOptions): Promise<OpportunitySearchResult>;
  /** Every result of a search, page after page (50 a page unless `query.pageSize` is smaller). */
  searchAll(query?: OpportunityQuery, options?: CallOptions): AsyncGenerator<OpportunityListItem, void, undefined>;
  get(id: Id, options?: ReadOptions): Promise<Opportunity>;
  create(input: OpportunityInput, options?: CreateOptions): Promise<PostingAccepted>;
  expressInterest(id: Id, input: InterestInput, options?: CreateOptions): Promise<PostingAccepted>;
  /** Reports a published opportunity to the moderators. */
  report(id: Id, input: ReportInput, options?: CreateOptions): Promise<PostingAccepted>;
}

export interface OffersApi {
  search(query?: OfferQuery, options?: CallOptions): Promise<OfferSearchResult>;
  searchAll(query?: OfferQuery, options?: CallOptions): AsyncGenerator<Offer, void, undefined>;
  get(id: Id, options?: ReadOptions): Promise<Offer>;
  create(input: OfferInput, options?: CreateOptions): Promise<PostingAccepted>;
  /** Contacts the volunteer behind a published offer; the platform relays the message. */
  contact(id: Id, input: InterestInput, options?: CreateOptions): Promise<PostingAccepted>;
  /** Reports a published offer to the moderators. */
  report(id: Id, input: ReportInput, options?: CreateOptions): Promise<PostingAccepted>;
}

export interface ModerationApi {
  listPending(query?: PendingQuery, options?: CallOptions): Promise<PendingList>;
  approve(kind: PostingKind, id: Id, options?: CallOptions): Promise<ModerationResult>;
  reject(kind: PostingKind, id: Id, reason: string, options?: CallOptions): Promise<ModerationResult>;
  /** Reports about published listings; open ones unless `query.status` says otherwise. */
  listReports(query?: ReportQuery, options?: CallOptions): Promise<ReportList>;
  /** Dismisses a report, or unpublishes its listing (`note` is then the reason sent to the author). */
  resolveReport(id: Id, resolution: ReportResolutionInput, options?: CallOptions): Promise<ReportResolution>;
}

export interface AlertsApi {
  /**
   * Asks for e-mail alerts about new listings that match `input.search` (the search's own
   * parameters, without sort and paging). Needs a proof of work like a posting. Nothing is
   * subscribed until the person confirms with the link mailed to `input.email`; the answer is
   * the same whether or not the address was known.
   */
  subscribe(input: AlertInput, options?: CreateOptions): Promise<AlertAccepted>;
}

export interface MitmachenClient {
  opportunities: OpportunitiesApi;
  offers: OffersApi;
  alerts: AlertsApi;
  taxonomy(options?: CallOptions): Promise<Taxonomy>;
  /** A fresh proof-of-work challenge for one anonymous posting (never cached). */
  challenge(options?: CallOptions): Promise<AltchaChallenge>;
  /** German places whose name starts with `q`, larger places first. */
  places(q: string, options?: PlacesOptions): Promise<Place[]>;
  /** The review endpoints; `token` is the server's admin token, sent as a bearer token. */
  moderation(credentials: { token: string }): ModerationApi;
  /**
   * The change feed, page after page from `options.since` until caught up. Apply each page's
   * items (`created`/`updated`: put `opportunity`; `deleted`: remove `id`), then keep
   * `page.cursor` to resume from later.
   */
  changes(options?: ChangesOptions, call?: CallOptions): AsyncGenerator<ChangeFeedPage, void, undefined>;
  /** The author's calls for the one listing a manage link opens (`token`: the part after `#token=`). */
  manage(credentials: { token: string }): ManageApi;
  /** Mails the manage links of the listings posted with `email`; the answer never says whether it is known. */
  resendManageLinks(email: string, options?: CallOptions): Promise<ManageResendAccepted>;
}

/** A client for one API base. It holds configuration only; calls share no state. */
export function createClient(options: ClientOptions): MitmachenClient {
  const send = createTransport(options);

  const searchOpportunities = (query?: OpportunityQuery, call?: CallOptions) =>
    send<OpportunitySearchResult>({ method: 'get', path: 'opportunities', searchParams: toSearchParams(query) }, call);
  const searchOffers = (query?: OfferQuery, call?: CallOptions) =>
    send<OfferSearchResult>({ method: 'get', path: 'offers', searchParams: toSearchParams(query) }, call);
  // Postings (postings.ts) and the calls a page that only searches never makes (occasional.ts)
  // load their code on first use, each a module of its own.
  const create = <T = PostingAccepted>(path: string, input: unknown, call?: CreateOptions) =>
    code('postings', () => import('./postings.js')).then(({ post }) => post<T>(send, path, input, call));
  const occasional = () => code('this call', () => import('./occasional.js'));
  const walk = <T>(start: (loaded: typeof Occasional) => AsyncGenerator<T, void, undefined>) =>
    (async function* () {
      yield* start(await occasional());
    })();
  // Every result of a search, page after page (searchAll).
  const pages =
    <Q extends { page?: number; pageSize?: number }, T extends { id: string }>(search: (query: Q, call?: CallOptions) => Promise<{ items: T[]; total: number; page: number; pageSize: number }>) =>
    (query = {} as Q, call?: CallOptions) =>
      walk((loaded) => loaded.walkPages((page, pageSize) => search({ ...query, page, pageSize }, call), query, call?.signal));

  return {
    opportunities: {
      search: searchOpportunities,
      searchAll: pages(searchOpportunities),
      get: (id, call) => send<Opportunity>({ method: 'get', path: `opportunities/${segment(id)}`, searchParams: toSearchParams({ lang: call?.lang }) }, call),
      create: (input, call) => create('opportunities', input, call),
      expressInterest: (id, input, call) => create(`opportunities/${segment(id)}/interests`, input, call),
      report: (id, input, call) => create(`opportunities/${segment(id)}/reports`, input, call),
    },
    offers: {
      search: searchOffers,
      searchAll: pages(searchOffers),
      get: (id, call) => send<Offer>({ method: 'get', path: `offers/${segment(id)}`, searchParams: toSearchParams({ lang: call?.lang }) }, call),
      create: (input, call) => create('offers', input, call),
      contact: (id, input, call) => create(`offers/${segment(id)}/interests`, input, call),
      report: (id, input, call) => create(`offers/${segment(id)}/reports`, input, call),
    },
    alerts: {
      subscribe: (input, call) => create<AlertAccepted>('alerts', input, call),
    },
    taxonomy: (call) => send<Taxonomy>({ method: 'get', path: 'taxonomy' }, call),
    challenge: (call) => send<AltchaChallenge>({ method: 'get', path: 'challenge' }, call),
    places: async (q, { limit, ...call } = {}) => {
      const list = await send<PlaceList>(
        { method: 'get', path: 'places', searchParams: toSearchParams({ q, limit }) },
        call,
      );
      return list.items;
    },
    changes: (changes, call) => walk((loaded) => loaded.changes(send, changes, call)),
    manage: ({ token }) =>
      deferred(() => occasional().then((loaded) => loaded.manageApi(send, token))),
    resendManageLinks: (email, call) => occasional().then((loaded) => loaded.resendManageLinks(send, email, call)),
    moderation: ({ token }) =>
      deferred(() => occasional().then((loaded) => loaded.moderationApi(send, token))),
  };
}

/** Imports a module of the SDK's own; a failed load is reported as what it is to the caller, a network failure. */
function code<M>(what: string, load: () => Promise<M>): Promise<M> {
  return load().catch((cause: unknown) => {
    throw new NetworkError(`Could not load the SDK's code for ${what} (${String(cause)})`, { cause });
  });
}

/**
 * An API object whose methods load their code on the first call; each waits for `load`. (A proxy:
 * its methods are not own properties; it is no thenable, so awaiting it gives the object itself.)
 */
function deferred<T extends object>(load: () => Promise<T>): T {
  return new Proxy({} as T, {
    get: (_, name) =>
      name === 'then' ? undefined : (...args: unknown[]) => load().then((api) => (api[name as keyof T] as (...args: unknown[]) => unknown)(...args)),
  });
}
