import type { Agency } from '@mitmachen/contract';
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
import { lifecycleMessages } from './lifecycle.messages.js';

/** The server's limits for the interval (the contract's AgencyPatch). */
export const CONFIRM_INTERVAL = { min: 14, max: 365 } as const;

/**
 * An agency admin's setting of how often the agency's authors are asked "still current?"
 * (listings without an end date): a number of days, checked here and by the server, the error
 * next to the field, the typed value kept; the result said in a live region.
 */
export class MitmachenConsoleConfirmInterval extends LitElement {
  static readonly version = VERSION;
  static override styles = [
    screenStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: end;
      }
      input {
        inline-size: 6em;
      }
    `,
  ];

  @property({ attribute: false }) api?: Pick<ConsoleApi, 'updateAgency'>;
  @property({ attribute: false }) agency?: Agency;
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private value = '';
  @state() private error?: string;
  @state() private announcement = '';
  @state() private failed = false;
  @state() private busy = false;

  readonly #localize = new LocalizeController(this, lifecycleMessages);
  readonly #common = new LocalizeController(this, commonMessages);
  /** The value saved on the server (the agency's, then the last saved). */
  #saved: number | undefined;

  protected override willUpdate(): void {
    if (this.#saved === undefined && this.agency !== undefined) {
      this.#saved = this.agency.confirmIntervalDays;
      this.value = String(this.#saved);
    }
  }

  override render() {
    const msg = this.#localize.msg;
    if (this.agency === undefined) return nothing;
    const described = ['interval-hint', this.error === undefined ? '' : 'interval-error'].filter(Boolean).join(' ');
    return html`<section aria-labelledby="interval-heading">
      <h3 id="interval-heading">${msg.intervalHeading}</h3>
      <p id="interval-hint">${msg.intervalHint(CONFIRM_INTERVAL.min, CONFIRM_INTERVAL.max)}</p>
      <form novalidate @submit=${this.#save}>
        <div class="field">
          <label for="interval-days">${msg.intervalLabel}</label>
          ${this.error === undefined ? nothing : html`<p class="error" id="interval-error">${this.error}</p>`}
          <input
            id="interval-days"
            type="number"
            inputmode="numeric"
            min=${CONFIRM_INTERVAL.min}
            max=${CONFIRM_INTERVAL.max}
            step="1"
            .value=${this.value}
            aria-invalid=${this.error === undefined ? 'false' : 'true'}
            aria-describedby=${described}
            @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${msg.intervalSave}</button>
      </form>
      <div role="status" class="live ${this.failed ? 'failed' : ''}">${this.announcement}</div>
    </section>`;
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const msg = this.#localize.msg;
    const agency = this.agency;
    if (agency === undefined || this.api === undefined || this.busy) return;
    const days = Number(this.value.trim());
    if (this.value.trim() === '' || !Number.isInteger(days) || days < CONFIRM_INTERVAL.min || days > CONFIRM_INTERVAL.max) {
      return this.#invalid(msg.intervalInvalid(CONFIRM_INTERVAL.min, CONFIRM_INTERVAL.max));
    }
    this.busy = true;
    this.error = undefined;
    this.announcement = '';
    try {
      const saved = await this.api.updateAgency(agency.id, { confirmIntervalDays: days });
      this.#saved = saved.confirmIntervalDays;
      this.value = String(saved.confirmIntervalDays);
      this.failed = false;
      this.announcement = msg.intervalSaved(saved.confirmIntervalDays);
    } catch (error) {
      const field = error instanceof ConsoleApiError ? error.fieldError('/confirmIntervalDays') : undefined;
      if (field !== undefined) return await this.#invalid(msg.intervalInvalid(CONFIRM_INTERVAL.min, CONFIRM_INTERVAL.max));
      this.failed = true;
      this.announcement = describeError(reportSessionEnd(this, error), this.#common.msg);
    } finally {
      this.busy = false;
    }
  }

  async #invalid(text: string): Promise<void> {
    this.error = text;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#interval-days')?.focus();
  }
}
