import type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenInput,
  ApiTokenList,
  AuditList,
  AuditQuery,
  BulkDecision,
  BulkDecisionResult,
  Claim,
  ConsoleSession,
  ConsoleStatistics,
  ExpiringItem,
  ExpiringList,
  ExpiringQuery,
  UnansweredList,
  UnansweredQuery,
  Decision,
  DecisionResult,
  ItemEdit,
  ManageLinkIssued,
  Passkey,
  PasskeyList,
  PasskeyOptions,
  Note,
  PersonalData,
  PersonalDataErasure,
  PostingKind,
  Queue,
  QueueItemDetail,
  QueueQuery,
  ReasonTemplate,
  ReasonTemplateInput,
  ReasonTemplateList,
  ReasonTemplatePatch,
  ReportResolution,
  ReportResolutionInput,
  SessionList,
  Statistics,
  StatisticsQuery,
  StaffAccount,
  StaffInput,
  StaffPatch,
  Agency,
  AgencyList,
  AgencyPatch,
  ImportInput,
  ImportReport,
  components,
} from '@mitmachen/contract';
import { Transport } from './transport.js';

type StaffList = components['schemas']['StaffList'];
type Call = { signal?: AbortSignal };

const item = (kind: PostingKind, id: string) => `console/items/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;

/**
 * The console's operations, one method per operation of the contract's `console` tag. The
 * session's CSRF token is remembered from `session()` and `confirmSignIn()`, so the screens never
 * handle it.
 */
export class ConsoleApi {
  readonly #http: Transport;

  constructor(base: string, fetchImpl?: typeof fetch) {
    this.#http = new Transport(base, fetchImpl);
    this.#http.refreshCsrf = async () => {
      await this.session();
    };
  }

  get base(): string {
    return this.#http.base;
  }

  async requestLink(email: string): Promise<void> {
    await this.#http.request('POST', 'console/sign-in', { json: { email } });
  }

  async confirmSignIn(token: string): Promise<ConsoleSession> {
    return this.#remember(await this.#http.request<ConsoleSession>('POST', 'console/sign-in/confirm', { json: { token } }));
  }

  passkeySignInOptions(): Promise<PasskeyOptions> {
    return this.#http.request<PasskeyOptions>('POST', 'console/sign-in/passkey/options');
  }

  /** `response` is what `startAuthentication` returned for the options above. */
  async signInWithPasskey(response: object): Promise<ConsoleSession> {
    return this.#remember(await this.#http.request<ConsoleSession>('POST', 'console/sign-in/passkey', { json: { response } }));
  }

  passkeys(accountId?: string, { signal }: Call = {}): Promise<PasskeyList> {
    return this.#http.request('GET', 'console/passkeys', { query: { accountId }, signal });
  }

  passkeyRegistrationOptions(): Promise<PasskeyOptions> {
    return this.#http.request('POST', 'console/passkeys/registration-options');
  }

  /** `response` is what `startRegistration` returned for the options above. */
  addPasskey(name: string, response: object): Promise<Passkey> {
    return this.#http.request('POST', 'console/passkeys', { json: { name, response } });
  }

  async removePasskey(id: string): Promise<void> {
    await this.#http.request('DELETE', `console/passkeys/${encodeURIComponent(id)}`);
  }

  async session({ signal }: Call = {}): Promise<ConsoleSession> {
    return this.#remember(await this.#http.request<ConsoleSession>('GET', 'console/session', { signal }));
  }

  async signOut(): Promise<void> {
    await this.#http.request('POST', 'console/sign-out');
    this.#http.csrfToken = undefined;
  }

  queue(query: QueueQuery, { signal }: Call = {}): Promise<Queue> {
    return this.#http.request('GET', 'console/queue', { query: { ...query }, signal });
  }

  item(kind: PostingKind, id: string, { signal }: Call = {}): Promise<QueueItemDetail> {
    return this.#http.request('GET', item(kind, id), { signal });
  }

  claim(kind: PostingKind, id: string): Promise<Claim> {
    return this.#http.request('POST', `${item(kind, id)}/claim`);
  }

  async release(kind: PostingKind, id: string): Promise<void> {
    await this.#http.request('DELETE', `${item(kind, id)}/claim`);
  }

  decide(kind: PostingKind, id: string, decision: Decision): Promise<DecisionResult> {
    return this.#http.request('POST', `${item(kind, id)}/decision`, { json: decision });
  }

  decideMany(decision: BulkDecision): Promise<BulkDecisionResult> {
    return this.#http.request('POST', 'console/bulk-decision', { json: decision });
  }

  edit(kind: PostingKind, id: string, edit: ItemEdit): Promise<QueueItemDetail> {
    return this.#http.request('PATCH', item(kind, id), { json: edit });
  }

  addNote(kind: PostingKind, id: string, text: string): Promise<Note> {
    return this.#http.request('POST', `${item(kind, id)}/notes`, { json: { text } });
  }

  reissueManageLink(kind: PostingKind, id: string): Promise<ManageLinkIssued> {
    return this.#http.request('POST', `${item(kind, id)}/manage-link`);
  }

  async revokeManageLinks(kind: PostingKind, id: string): Promise<void> {
    await this.#http.request('DELETE', `${item(kind, id)}/manage-link`);
  }

  resolveReport(id: string, input: ReportResolutionInput): Promise<ReportResolution> {
    return this.#http.request('POST', `console/reports/${encodeURIComponent(id)}/resolve`, { json: input });
  }

  reasonTemplates({ signal }: Call = {}): Promise<ReasonTemplateList> {
    return this.#http.request('GET', 'console/reason-templates', { signal });
  }

  createTemplate(input: ReasonTemplateInput): Promise<ReasonTemplate> {
    return this.#http.request('POST', 'console/reason-templates', { json: input });
  }

  updateTemplate(id: string, patch: ReasonTemplatePatch): Promise<ReasonTemplate> {
    return this.#http.request('PATCH', `console/reason-templates/${encodeURIComponent(id)}`, { json: patch });
  }

  statistics({ signal }: Call = {}): Promise<ConsoleStatistics> {
    return this.#http.request('GET', 'console/statistics', { signal });
  }

  /** The figures per month and region (`GET /v1/statistics`): what agencies report to funders. */
  figures(query: StatisticsQuery = {}, { signal }: Call = {}): Promise<Statistics> {
    return this.#http.request('GET', 'statistics', { query: { ...query }, signal });
  }

  /** The same figures as a CSV file, for a download link (the session cookie goes along). */
  get figuresCsvUrl(): string {
    return `${this.#http.base}statistics.csv`;
  }

  expiring(query: ExpiringQuery, { signal }: Call = {}): Promise<ExpiringList> {
    return this.#http.request('GET', 'console/expiring', { query: { ...query }, signal });
  }

  /** `expiresAt` omitted: 30 days after the current end date. */
  extendListing(id: string, expiresAt?: string): Promise<ExpiringItem> {
    return this.#http.request('POST', `console/expiring/${encodeURIComponent(id)}/extend`, { json: expiresAt === undefined ? {} : { expiresAt } });
  }

  askStillCurrent(id: string): Promise<ExpiringItem> {
    return this.#http.request('POST', `console/expiring/${encodeURIComponent(id)}/ask`);
  }

  unanswered(query: UnansweredQuery, { signal }: Call = {}): Promise<UnansweredList> {
    return this.#http.request('GET', 'console/unanswered', { query: { ...query }, signal });
  }

  async resolveUnanswered(id: string): Promise<void> {
    await this.#http.request('POST', `console/unanswered/${encodeURIComponent(id)}/resolve`);
  }

  audit(query: AuditQuery, { signal }: Call = {}): Promise<AuditList> {
    return this.#http.request('GET', 'console/audit', { query: { ...query }, signal });
  }

  sessions(accountId?: string, { signal }: Call = {}): Promise<SessionList> {
    return this.#http.request('GET', 'console/sessions', { query: { accountId }, signal });
  }

  async revokeSession(id: string): Promise<void> {
    await this.#http.request('POST', `console/sessions/${encodeURIComponent(id)}/revoke`);
  }

  tokens({ signal }: Call = {}): Promise<ApiTokenList> {
    return this.#http.request('GET', 'console/tokens', { signal });
  }

  createToken(input: ApiTokenInput): Promise<ApiTokenCreated> {
    return this.#http.request('POST', 'console/tokens', { json: input });
  }

  revokeToken(id: string): Promise<ApiToken> {
    return this.#http.request('POST', `console/tokens/${encodeURIComponent(id)}/revoke`);
  }

  staff(agencyId?: string, { signal }: Call = {}): Promise<StaffList> {
    return this.#http.request('GET', 'console/staff', { query: { agencyId }, signal });
  }

  createStaff(input: StaffInput): Promise<StaffAccount> {
    return this.#http.request('POST', 'console/staff', { json: input });
  }

  updateStaff(id: string, patch: StaffPatch): Promise<StaffAccount> {
    return this.#http.request('PATCH', `console/staff/${encodeURIComponent(id)}`, { json: patch });
  }

  /** Changes an agency (its "still current?" interval, for one): operators, or the agency's own admin. */
  updateAgency(id: string, patch: AgencyPatch): Promise<Agency> {
    return this.#http.request('PATCH', `console/agencies/${encodeURIComponent(id)}`, { json: patch });
  }

  agencies({ signal }: Call = {}): Promise<AgencyList> {
    return this.#http.request('GET', 'console/agencies', { signal });
  }

  personalData(email: string, { signal }: Call = {}): Promise<PersonalData> {
    return this.#http.request('GET', 'console/personal-data', { query: { email }, signal });
  }

  erasePersonalData(email: string): Promise<PersonalDataErasure> {
    return this.#http.request('POST', 'console/personal-data/erasure', { json: { email } });
  }

  /** The spreadsheet template for imports, for a download link. */
  get importTemplateUrl(): string {
    return `${this.#http.base}import/template.csv`;
  }

  /** A dry run or an import; the report also says when the file was refused (`refused`). */
  importListings(input: ImportInput): Promise<ImportReport> {
    return this.#http.request('POST', 'console/imports', { json: input });
  }

  #remember(session: ConsoleSession): ConsoleSession {
    this.#http.csrfToken = session.csrfToken;
    return session;
  }
}
