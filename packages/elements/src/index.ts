/**
 * @mitmachen/elements without side effects: the element classes and public types. Nothing is
 * registered here; import `@mitmachen/elements/<name>/define.js` (or the script-tag bundle) for
 * the tags, or register a class under another name with `defineElement`.
 * Keep the export lines sorted by path.
 */
export type { Editing, SubmittedEventDetail } from './forms/posting-form.js';
export { MitmachenInterestForm } from './interest-form/interest-form.js';
export { defineElement, type VersionedElement } from './internal/define.js';
export type { ErrorEventDetail, SearchEventDetail, SelectEventDetail } from './internal/events.js';
export type { Lang } from './internal/localize.js';
export { VERSION } from './internal/version.js';
export { MitmachenManage, type ManagedEventDetail } from './manage/manage.js';
export type { PlaceFilter, SearchKind, SearchState } from './search/search-state.js';
export { MitmachenSearch } from './search/search.js';
export type { Sort } from './search/vocabulary.js';
export { MitmachenOfferForm } from './offer-form/offer-form.js';
export { MitmachenOpportunity, type ContactEventDetail } from './opportunity/opportunity.js';
export { MitmachenOpportunityCard } from './opportunity-card/opportunity-card.js';
export { MitmachenOpportunityForm } from './opportunity-form/opportunity-form.js';
