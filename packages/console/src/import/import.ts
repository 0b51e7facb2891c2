import type { Agency, ConsoleSession, ImportInput, ImportReport } from '@mitmachen/contract';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/client.js';
import { ConsoleApiError } from '../api/problem.js';
import { commonMessages } from '../internal/common.messages.js';
import { describeError } from '../internal/describe-error.js';
import { LocalizeController } from '../internal/localize.js';
import { screenStyles } from '../internal/screen.styles.js';
import { reportSessionEnd } from '../internal/session-ended.js';
import { VERSION } from '../internal/version.js';
import { importMessages } from './import.messages.js';
import { renderReport } from './render-report.js';

export type ImportApi = Pick<ConsoleApi, 'importListings' | 'agencies' | 'importTemplateUrl'>;

type Format = ImportInput['format'];
type Field = 'file' | 'agency';

/** The server's limit; checked here too so a large file is not sent for nothing. */
const maxFileBytes = 10 * 1024 * 1024;

/** The file's bytes, base64 (what the endpoint takes), read by the browser without blocking. */
function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Import from Freinet-Online or a spreadsheet: choose the file (and, as an operator, the agency
 * and whether to publish at once), look at a dry run's report, then import. What was chosen
 * stays when a request fails; the import button appears only for the choices the dry run saw.
 */
export class MitmachenConsoleImport extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 var(--_space);
      }
      legend {
        font-weight: 700;
        padding: 0;
      }
      .choice {
        display: flex;
        gap: 0.5em;
        align-items: center;
        margin-block: 0.25em;
      }
      .summary.refused {
        font-weight: 700;
      }
    `,
  ];

  @property({ attribute: false }) api?: ImportApi;
  @property({ attribute: false }) session?: ConsoleSession;
  @property({ attribute: false }) agencies: Agency[] = [];
  /** The last report, a dry run's or an import's. */
  @property({ attribute: false }) report?: ImportReport;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private format: Format = 'csv';
  @state() private file?: File;
  @state() private agencyId = '';
  @state() private publish = false;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private busy: 'dry' | 'import' | undefined;
  @state() private announcement = '';
  @state() private failed = false;
  /** The choices the shown dry run was made with; importing is offered only for these. */
  #checked?: string;

  readonly #localize = new LocalizeController(this, importMessages);
  readonly #common = new LocalizeController(this, commonMessages);

  get #operator(): boolean {
    return this.session?.account.role === 'operator';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#operator && this.api !== undefined && this.agencies.length === 0) void this.#loadAgencies();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus(options);
  }

  async #loadAgencies(): Promise<void> {
    try {
      this.agencies = (await this.api!.agencies()).items;
    } catch (error) {
      this.#announce(describeError(reportSessionEnd(this, error), this.#common.msg), true);
    }
  }

  override render() {
    const msg = this.#localize.msg;
    return html`<h1 tabindex="-1">${msg.heading}</h1>
      <p>${msg.intro}</p>
      <p><a href=${this.api?.importTemplateUrl ?? '/v1/import/template.csv'} download="vorlage.csv">${msg.template}</a> <span class="muted">${msg.templateHint}</span></p>
      ${this.#renderForm()}
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
      <div aria-busy=${this.busy === undefined ? 'false' : 'true'}>${this.#renderResult()}</div>`;
  }

  #renderForm() {
    const msg = this.#localize.msg;
    return html`<form novalidate @submit=${(event: SubmitEvent) => void this.#send(event, true)}>
      <fieldset>
        <legend>${msg.format}</legend>
        ${(['csv', 'freinet'] as const).map(
          (format) =>
            html`<div class="choice">
              <input type="radio" id="format-${format}" name="format" .checked=${this.format === format} @change=${() => this.#choose({ format })} />
              <label for="format-${format}">${msg.formats[format]}</label>
            </div>`,
        )}
      </fieldset>
      ${this.#field('file', msg.file, msg.fileHint, (described) =>
        html`<input
            id="import-file"
            type="file"
            accept=".csv,.xml,text/csv,application/xml,text/xml"
            aria-invalid=${this.errors.file === undefined ? 'false' : 'true'}
            aria-describedby=${described}
            @change=${this.#pick}
          />
          ${this.file === undefined ? nothing : html`<p class="muted" id="import-file-chosen">${msg.chosen(this.file.name, this.#size(this.file.size))}</p>`}`,
      )}
      ${this.#operator ? this.#renderOperatorChoices() : nothing}
      <div class="field"><button type="submit" class="primary" ?disabled=${this.busy !== undefined}>${this.busy === 'dry' ? msg.checking : msg.dryRun}</button></div>
    </form>`;
  }

  #renderOperatorChoices() {
    const msg = this.#localize.msg;
    return html`${this.#field('agency', msg.agency, msg.agencyHint, (described) =>
        html`<select id="import-agency" aria-invalid=${this.errors.agency === undefined ? 'false' : 'true'} aria-describedby=${described} @change=${(event: Event) => this.#choose({ agencyId: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.agencyId === ''}>${msg.chooseAgency}</option>
          ${this.agencies.map((agency) => html`<option value=${agency.id} ?selected=${this.agencyId === agency.id}>${agency.name}</option>`)}
        </select>`,
      )}
      <div class="choice">
        <input type="checkbox" id="import-publish" .checked=${this.publish} @change=${(event: Event) => this.#choose({ publish: (event.target as HTMLInputElement).checked })} />
        <label for="import-publish">${msg.publish}</label>
      </div>`;
  }

  /** A labelled field with its hint, and its error right above the control. */
  #field(name: Field, label: string, hint: string, control: (describedBy: string) => unknown) {
    const id = name === 'file' ? 'import-file' : 'import-agency';
    const error = this.errors[name];
    const described = error === undefined ? `${id}-hint` : `${id}-error ${id}-hint`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${error === undefined ? nothing : html`<p class="error" id="${id}-error">${error}</p>`} ${control(described)}
    </div>`;
  }

  #renderResult() {
    const report = this.report;
    if (report === undefined) return nothing;
    const msg = this.#localize.msg;
    const canImport = report.dryRun && !report.refused && this.#checked === this.#choices();
    return html`<section aria-labelledby="report-heading">
      <h2 id="report-heading" tabindex="-1">${msg.reportHeading(report.dryRun)}</h2>
      ${renderReport(report, msg, this.#common.msg)}
      ${canImport
        ? html`<button type="button" class="primary" ?disabled=${this.busy !== undefined} @click=${() => void this.#send(undefined, false)}>
            ${this.busy === 'import' ? msg.importing : msg.importNow}
          </button>`
        : nothing}
    </section>`;
  }

  #size(bytes: number): string {
    const lang = this.#localize.lang;
    return bytes < 1024 * 1024
      ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`
      : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  }

  /** What a dry run was made with: the same file and the same choices, else it says nothing. */
  #choices(): string {
    const file = this.file;
    return JSON.stringify([this.format, file?.name, file?.size, file?.lastModified, this.agencyId, this.publish]);
  }

  #choose(change: { format?: Format; agencyId?: string; publish?: boolean }): void {
    if (change.format !== undefined) this.format = change.format;
    if (change.agencyId !== undefined) {
      this.agencyId = change.agencyId;
      this.errors = { ...this.errors, agency: undefined };
    }
    if (change.publish !== undefined) this.publish = change.publish;
  }

  #pick(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.file = file;
    this.errors = { ...this.errors, file: undefined };
    // The file's ending names its format; a choice made by hand still wins afterwards.
    if (file !== undefined) this.format = /\.xml$/i.test(file.name) ? 'freinet' : /\.(csv|txt)$/i.test(file.name) ? 'csv' : this.format;
  }

  async #send(event: SubmitEvent | undefined, dryRun: boolean): Promise<void> {
    event?.preventDefault();
    if (this.api === undefined || this.busy !== undefined) return;
    const msg = this.#localize.msg;
    const errors: Partial<Record<Field, string>> = {};
    if (this.file === undefined) errors.file = msg.fileMissing;
    else if (this.file.size === 0) errors.file = msg.fileEmpty;
    else if (this.file.size > maxFileBytes) errors.file = msg.fileTooLarge;
    if (this.#operator && this.agencyId === '') errors.agency = msg.agencyMissing;
    if (Object.keys(errors).length > 0) return this.#showErrors(errors);
    if (!dryRun && this.#checked !== this.#choices()) return this.#announce(msg.changedChoices, true);
    this.busy = dryRun ? 'dry' : 'import';
    this.errors = {};
    const working = msg.working(dryRun);
    this.#announce(working, false);
    const choices = this.#choices();
    try {
      const operator = this.#operator;
      const input: ImportInput = {
        format: this.format,
        file: await base64Of(this.file!),
        fileName: this.file!.name,
        dryRun,
        publish: operator && this.publish,
        ...(operator ? { agencyId: this.agencyId } : {}),
      };
      const report = await this.api.importListings(input);
      this.report = report;
      this.#checked = dryRun && !report.refused ? choices : undefined;
      this.#announce(report.written ? msg.done(report.counts.new + report.counts.updated) : '', false);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
    } catch (error) {
      this.#failed(error);
    } finally {
      this.busy = undefined;
      // A failure that lands on a field says nothing in the live region: the work is over.
      if (this.announcement === working) this.#announce('', false);
    }
  }

  #failed(error: unknown): void {
    const msg = this.#localize.msg;
    if (error instanceof ConsoleApiError) {
      const file = error.status === 413 ? msg.fileTooLarge : error.fieldError('/file');
      const agency = error.fieldError('/agencyId');
      if (file !== undefined || agency !== undefined) {
        void this.#showErrors({ ...(file === undefined ? {} : { file }), ...(agency === undefined ? {} : { agency }) });
        return;
      }
    }
    this.#announce(describeError(reportSessionEnd(this, error), this.#common.msg), true);
  }

  async #showErrors(errors: Partial<Record<Field, string>>): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(errors.file === undefined ? '#import-agency' : '#import-file')?.focus();
  }

  #announce(text: string, failed: boolean): void {
    this.announcement = text;
    this.failed = failed;
  }
}
