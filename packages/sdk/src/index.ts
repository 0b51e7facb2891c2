/**
 * @mitmachen/sdk: a typed client for the mitmachen API, for browsers and Node 20+.
 * All API types come from `@mitmachen/contract`; they are re-exported here for convenience.
 */
export { createClient } from './client.js';
export { createReviewClient, type ReviewApi } from './review.js';
export type {
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
export { ApiError, MitmachenError, NetworkError, TimeoutError } from './errors.js';
export { idempotencyKey } from './idempotency.js';
export { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
export { DEFAULT_TIMEOUT } from './transport.js';
export { MAX_PAGE, MAX_PAGE_SIZE } from './pages.js';
export type {
  AltchaChallenge,
  BulkDecision,
  BulkDecisionResult,
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
  Taxonomy,
  TextLanguage,
  OpportunityTranslations,
  OfferTranslations,
} from '@mitmachen/contract';
