/**
 * Types of the mitmachen API, generated from `openapi.yaml` (see `schema.ts`).
 * These aliases are the names the SDK, the server and the elements use.
 */
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

type Schemas = components['schemas'];

export type Id = Schemas['Id'];
export type Category = Schemas['Category'];
export type TargetGroup = Schemas['TargetGroup'];
export type Region = Schemas['Region'];
export type ScheduleType = Schemas['ScheduleType'];
export type LocationType = Schemas['LocationType'];
export type Weekday = Schemas['Weekday'];
export type Benefit = Schemas['Benefit'];
export type AccessibilityFeature = Schemas['AccessibilityFeature'];
export type OrganisationType = Schemas['OrganisationType'];
export type AgeGroup = Schemas['AgeGroup'];
export type PostingKind = Schemas['PostingKind'];
export type Status = Schemas['Status'];

export type Coordinates = Schemas['Coordinates'];
export type Address = Schemas['Address'];
export type Location = Schemas['Location'];
export type Schedule = Schemas['Schedule'];
export type Organisation = Schemas['Organisation'];
export type Contact = Schemas['Contact'];
export type Accessibility = Schemas['Accessibility'];
export type Image = Schemas['Image'];
export type ChangeFeedPage = Schemas['ChangeFeedPage'];
export type ChangeFeedEntry = Schemas['ChangeFeedEntry'];
export type ChangeQuery = NonNullable<operations['listChanges']['parameters']['query']>;
export type AlertSearch = Schemas['AlertSearch'];
export type AlertInput = Schemas['AlertInput'];
export type AlertAccepted = Schemas['AlertAccepted'];
export type FacetValue = Schemas['FacetValue'];
export type SearchCenter = Schemas['SearchCenter'];
export type TextLanguage = Schemas['TextLanguage'];
export type TranslationLanguage = Schemas['TranslationLanguage'];
export type OpportunityTranslation = Schemas['OpportunityTranslation'];
export type OpportunityTranslations = Schemas['OpportunityTranslations'];
export type OfferTranslation = Schemas['OfferTranslation'];
export type OfferTranslations = Schemas['OfferTranslations'];

export type Opportunity = Schemas['Opportunity'];
export type OpportunityListItem = Schemas['OpportunityListItem'];
export type OpportunityInput = Schemas['OpportunityInput'];
export type OpportunitySearchResult = Schemas['OpportunitySearchResult'];
export type OpportunityQuery = NonNullable<operations['searchOpportunities']['parameters']['query']>;

export type Offer = Schemas['Offer'];
export type OfferInput = Schemas['OfferInput'];
export type OfferSearchResult = Schemas['OfferSearchResult'];
export type OfferQuery = NonNullable<operations['searchOffers']['parameters']['query']>;

export type InterestInput = Schemas['InterestInput'];
export type PostingAccepted = Schemas['PostingAccepted'];
export type PendingList = Schemas['PendingList'];
export type PendingQuery = NonNullable<operations['listPending']['parameters']['query']>;
export type ModerationResult = Schemas['ModerationResult'];

export type ReportInput = Schemas['ReportInput'];
export type ReportStatus = Schemas['ReportStatus'];
export type Report = Schemas['Report'];
export type ReportList = Schemas['ReportList'];
export type ReportQuery = NonNullable<operations['listReports']['parameters']['query']>;
export type ReportResolutionInput = Schemas['ReportResolutionInput'];
export type ReportResolution = Schemas['ReportResolution'];

// Manage links and the listing lifecycle (issue 13).
export type ManageState = Schemas['ManageState'];
export type ManageActionName = Schemas['ManageActionName'];
export type ManagedListing = Schemas['ManagedListing'];
export type ManageActionInput = Schemas['ManageActionInput'];
export type ManageResendInput = Schemas['ManageResendInput'];
export type ManageResendAccepted = Schemas['ManageResendAccepted'];
export type ManageLinkIssued = Schemas['ManageLinkIssued'];

/** A proof-of-work challenge from `GET /v1/challenge` (ALTCHA v1). */
export type AltchaChallenge = Schemas['AltchaChallenge'];

export type Taxonomy = Schemas['Taxonomy'];
export type RegionTerm = Schemas['RegionTerm'];
export type Term = Schemas['Term'];
export type Label = Schemas['Label'];
export type Place = Schemas['Place'];
export type PlaceList = Schemas['PlaceList'];
export type PlaceQuery = operations['searchPlaces']['parameters']['query'];
export type Health = Schemas['Health'];
export type Problem = Schemas['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

// The agency console (tag `console`).
export type StaffRole = Schemas['StaffRole'];
export type StaffAccount = Schemas['StaffAccount'];
export type StaffInput = Schemas['StaffInput'];
export type StaffPatch = Schemas['StaffPatch'];
export type StaffList = Schemas['StaffList'];
export type SignInRequest = Schemas['SignInRequest'];
export type SignInConfirmation = Schemas['SignInConfirmation'];
export type ConsoleSession = Schemas['ConsoleSession'];
export type SessionSummary = Schemas['SessionSummary'];
export type SessionList = Schemas['SessionList'];
export type Agency = Schemas['Agency'];
export type AgencyList = Schemas['AgencyList'];
export type AgencyInput = Schemas['AgencyInput'];
export type AgencyPatch = Schemas['AgencyPatch'];
export type ApiTokenScope = Schemas['ApiTokenScope'];
export type ApiToken = Schemas['ApiToken'];
export type ApiTokenList = Schemas['ApiTokenList'];
export type ApiTokenInput = Schemas['ApiTokenInput'];
export type ApiTokenCreated = Schemas['ApiTokenCreated'];
export type QueueTab = Schemas['QueueTab'];
export type ConsoleStatus = Schemas['ConsoleStatus'];
export type Claim = Schemas['Claim'];
export type QueueItem = Schemas['QueueItem'];
export type Queue = Schemas['Queue'];
export type QueueQuery = NonNullable<operations['listQueue']['parameters']['query']>;
export type QueueItemDetail = Schemas['QueueItemDetail'];
export type SpamSignal = Schemas['SpamSignal'];
export type Note = Schemas['Note'];
export type NoteInput = Schemas['NoteInput'];
export type ItemEdit = Schemas['ItemEdit'];
export type DecisionAction = Schemas['DecisionAction'];
export type Decision = Schemas['Decision'];
export type DecisionResult = Schemas['DecisionResult'];
export type BulkDecision = Schemas['BulkDecision'];
export type BulkDecisionResult = Schemas['BulkDecisionResult'];
export type ReasonTemplate = Schemas['ReasonTemplate'];
export type ReasonTemplateList = Schemas['ReasonTemplateList'];
export type ReasonTemplateInput = Schemas['ReasonTemplateInput'];
export type ReasonTemplatePatch = Schemas['ReasonTemplatePatch'];
export type AuditAction = Schemas['AuditAction'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditList = Schemas['AuditList'];
export type AuditQuery = NonNullable<operations['listAuditLog']['parameters']['query']>;
export type ConsoleStatistics = Schemas['ConsoleStatistics'];

// Follow-up and figures (issue 13).
export type StatisticsInterval = Schemas['StatisticsInterval'];
export type StatisticsRow = Schemas['StatisticsRow'];
export type Statistics = Schemas['Statistics'];
export type StatisticsQuery = NonNullable<operations['getStatistics']['parameters']['query']>;
export type UnansweredItem = Schemas['UnansweredItem'];
export type UnansweredList = Schemas['UnansweredList'];
export type UnansweredQuery = NonNullable<operations['listUnanswered']['parameters']['query']>;
export type ExpiringItem = Schemas['ExpiringItem'];
export type ExpiringList = Schemas['ExpiringList'];
export type ExpiringQuery = NonNullable<operations['listExpiring']['parameters']['query']>;
export type ExtendInput = Schemas['ExtendInput'];

export type PersonalDataKind = Schemas['PersonalDataKind'];
export type PersonalDataRecord = Schemas['PersonalDataRecord'];
export type PersonalData = Schemas['PersonalData'];
export type PersonalDataErasureInput = Schemas['PersonalDataErasureInput'];
export type PersonalDataErasure = Schemas['PersonalDataErasure'];

// Staff passkeys (WebAuthn, issue 12).
export type Passkey = Schemas['Passkey'];
export type PasskeyList = Schemas['PasskeyList'];
export type PasskeyOptions = Schemas['PasskeyOptions'];
export type PasskeyRegistration = Schemas['PasskeyRegistration'];
export type PasskeySignIn = Schemas['PasskeySignIn'];

// Import from the console (issue 14).
export type ImportInput = Schemas['ImportInput'];
export type ImportIssue = Schemas['ImportIssue'];
export type ImportListingOutcome = Schemas['ImportListingOutcome'];
export type ImportReport = Schemas['ImportReport'];
