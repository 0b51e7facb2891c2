/**
 * @mitmachen/sdk: a typed client for the mitmachen API, for browsers and Node 20+.
 * All API types come from `@mitmachen/contract`; they are re-exported here for convenience.
 */
export { createClient } from './client.js';
export { createReviewClient, type ReviewApi } from './review.js';
export { createManageClient, manageTokenFrom, requestManageLinks, type ManageClient, type ManageFillOptions } from './manage-client.js';
export { createFiguresClient, type FiguresApi } from './figures.js';
export type { ChangesOptions } from './changes.js';
export type {
  AlertsApi,
  CallOptions,
  ClientOptions,
  CreateOptions,
  MitmachenClient,
  ModerationApi,
  OffersApi,
  OpportunitiesApi,
  PendingQuery,
  PlacesOptions,
  ReadOptions,
} from './client.js';
export type { ManageActionInput, ManageActionName, ManageApi, ManagedListing, ManageResendAccepted, ManageState } from './manage.js';
export { ApiError, MitmachenError, NetworkError, TimeoutError } from './errors.js';
export { idempotencyKey } from './idempotency.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { DEFAULT_TIMEOUT } from './transport.js';
export { MAX_PAGE, MAX_PAGE_SIZE } from './pages.js';
export type {
  AlertAccepted,
  AlertInput,
  AlertSearch,
  AltchaChallenge,
  BulkDecision,
  BulkDecisionResult,
  ChangeFeedEntry,
  ChangeFeedPage,
  Decision,
  DecisionResult,
  Queue,
  QueueItem,
  QueueItemDetail,
  QueueQuery,
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
  PostingAccepted,
  PostingKind,
  Problem,
  Report,
  ReportInput,
  ReportList,
  ReportQuery,
  ReportResolution,
  ReportResolutionInput,
  ReportStatus,
  Statistics,
  StatisticsQuery,
  StatisticsRow,
  Taxonomy,
  TextLanguage,
  OpportunityTranslations,
  OfferTranslations,
  UnansweredItem,
  UnansweredList,
  UnansweredQuery,
} from '@mitmachen/contract';
