import type { PostingAccepted, Taxonomy } from '@mitmachen/contract';
import { idempotencyKey, type MitmachenClient } from '@mitmachen/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SAFE_IMAGE_SCHEMES, safeUrl } from '../format/url.js';
import { findApiBase, inheritedAttribute, renderMissingApiBase, resolveClient } from '../internal/api-base.js';
import { asError, emit } from '../internal/events.js';
import { LocalizeController, type Lang } from '../internal/localize.js';
import { VERSION } from '../internal/version.js';
import { loadTaxonomy } from '../opportunity-card/taxonomy.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type Pending } from './draft.js';
import type { FieldSpec, Values } from './field-spec.js';
import { FormState } from './form-state.js';
import { formMessages, type FormMessages } from './form.messages.js';
import { formStyles } from './form.styles.js';
import { ProofOfWork } from './proof-of-work.js';
import type { FieldContext } from './render-fields.js';
import { renderConfirmation, renderConsent, renderFailure, renderHoneypot, renderSummary, type Failure } from './render-form-parts.js';
import { deliver, failureOf, fieldErrorsOf, type SendOptions } from './submission.js';

/** `mitmachen-submitted`: the server accepted a posting or contact request (pending review). */
export interface SubmittedEventDetail {
  id: string;
  kind: 'opportunity' | 'offer' | 'interest';
}

declare global {
  interface HTMLElementEventMap {
    'mitmachen-submitted': CustomEvent<SubmittedEventDetail>;
  }
}

/**
 * A listing the form edits instead of posting a new one (the manage page): the form starts with
 * its values, asks for no consent or proof of work (the manage link is the author's proof), keeps
 * its draft under the listing's id, and sends through `save`.
 */
export interface Editing<Input> {
  /** The listing as it is now, as the form's values (the manage page makes them, so a new posting's form does not carry that code). */
  values: Values;
  /** The listing's id: the draft of its edit is kept apart from a new posting's. */
  subject: string;
  /** Sends the changes; rejects like the SDK (problem details, network errors). */
  save(input: Input): Promise<void>;
  /** Called once the changes went through and the draft is gone (the host shows what follows). */
  saved(): void;
  /** The send button's words ("Save changes"). */
  submitLabel: string;
}

/** The attribute a page may put on an ancestor instead of `privacy-url` on every form. */
// Shared from here, not from its own module: the alert form takes it through this module too, so
// the bundler keeps it in the forms' chunk instead of a file of its own that every form loads.
export { ProofOfWork };

export const PRIVACY_URL_DATA_ATTRIBUTE = 'data-mitmachen-privacy-url';

type Status = 'editing' | 'sending' | 'failed' | 'done';

/**
 * What the three forms share: fields with validation and an error summary, a draft that
 * survives a reload, consent, spam protection (honeypot, minimum fill time, proof-of-work),
 * sending once under an idempotency key with a retry that reuses it, and the confirmation.
 * A form says which fields it has, how to render them, and how its input is made and sent.
 *
 * @fires mitmachen-submitted - The server accepted what was sent; detail `{ id, kind }`.
 * @fires mitmachen-error - Sending failed (the form shows it and offers to send again); detail `{ error }`.
 */
export abstract class PostingForm<Input> extends LitElement {
  static readonly version = VERSION;
  static override styles = formStyles;

  /** The API's base URL; else the nearest ancestor's `data-mitmachen-api-base`. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The privacy notice the consent links to; else the nearest `data-mitmachen-privacy-url`. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Level of the form's own headings (error summary, confirmation), 2–4. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 | 4 = 2;
  /** `light`, `dark` or `auto` give the form its own colours; without it the page's show through. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';
  /** An SDK client to use instead of one made from the API base. */
  @property({ attribute: false }) client?: MitmachenClient;
  /** Edit this listing instead of posting a new one (see `Editing`); set before the form is shown. */
  @property({ attribute: false }) editing?: Editing<Input>;

  @state() protected status: Status = 'editing';
  @state() protected taxonomy?: Taxonomy;
  @state() protected taxonomyFailed = false;
  @state() private failure?: Failure;
  @state() private restored = false;

  protected abstract readonly kind: SubmittedEventDetail['kind'];
  /** Whether the form's choices come from the taxonomy (categories and the like). */
  protected readonly needsTaxonomy: boolean = true;

  protected readonly formLocalize = new LocalizeController(this, formMessages);
  protected readonly fieldState: FormState = new FormState(this, () => [...this.fields(this.fieldState.values), ...(this.editing === undefined ? [this.#consentSpec()] : [])], () => this.formLocalize.msg);
  readonly #pow = new ProofOfWork();
  #client: MitmachenClient | undefined;
  #pending: Pending | undefined;
  #honeypot = '';
  /** When the user first touched the form (for the minimum fill time); undefined until then. */
  #startedAt: number | undefined;
  #lang: Lang | undefined;

  /** The fields shown now, in their order on screen (without consent, which every form adds). */
  protected abstract fields(values: Values): FieldSpec[];
  protected abstract renderFields(ctx: FieldContext): TemplateResult;
  protected abstract toInput(values: Values): Input;
  protected abstract send(client: MitmachenClient, input: Input, options: SendOptions): Promise<PostingAccepted>;
  /** The confirmation's heading and what happens next. */
  protected abstract confirmation(): { title: string; body: string[] };
  /** What the draft is about beyond the form's kind (the opportunity contacted). */
  protected draftSubject(): string | undefined {
    return undefined;
  }
  /** The message when the server says the subject is gone (404). */
  protected goneMessage(): string | undefined {
    return undefined;
  }

  /** Moves focus to the first field (or the confirmation once sent). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#confirmation-title, input:not([tabindex="-1"]), textarea, select')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pow.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && ![2, 3, 4].includes(this.headingLevel)) this.headingLevel = 2;
    if (!this.hasUpdated || changed.has('apiBase') || changed.has('client')) {
      this.#client = resolveClient(this, this.apiBase, this.client);
      if (this.needsTaxonomy) void this.#loadTaxonomy();
    }
    if (!this.hasUpdated) this.#restore();
    if (this.#lang !== undefined && this.#lang !== this.formLocalize.lang) this.fieldState.relabel();
    this.#lang = this.formLocalize.lang;
  }

  #draftKey(): string | undefined {
    // An injected client without an API base still gets a draft, under a key of its own.
    const base = findApiBase(this, this.apiBase) ?? (this.client === undefined ? undefined : 'client');
    const subject = this.editing === undefined ? this.draftSubject() : `edit:${this.editing.subject}`;
    return base === undefined ? undefined : draftKey(this.localName, base, subject);
  }

  /** What a new form starts with (a preset radius, say). */
  protected initialValues(): Values {
    return {};
  }

  #restore(): void {
    const key = this.#draftKey();
    const draft = key === undefined ? undefined : loadDraft(key);
    if (draft === undefined) {
      const editing = this.editing;
      this.fieldState.reset(editing === undefined ? this.initialValues() : editing.values);
      return;
    }
    this.fieldState.reset(draft.values);
    this.#pending = draft.pending;
    this.restored = Object.keys(draft.values).length > 0;
  }

  #save(): void {
    const key = this.#draftKey();
    if (key !== undefined) saveDraft(key, { values: this.fieldState.values, ...(this.#pending === undefined ? {} : { pending: this.#pending }) });
  }

  protected async loadTaxonomyAgain(): Promise<void> {
    await this.#loadTaxonomy();
  }

  async #loadTaxonomy(): Promise<void> {
    const client = this.#client;
    if (client === undefined) return;
    this.taxonomyFailed = false;
    try {
      const taxonomy = await loadTaxonomy(client);
      if (client === this.#client) this.taxonomy = taxonomy;
    } catch {
      if (client === this.#client) this.taxonomyFailed = true;
    }
  }

  get #privacyUrl(): string | undefined {
    const value = this.privacyUrl?.trim() || inheritedAttribute(this, PRIVACY_URL_DATA_ATTRIBUTE);
    return value === undefined || !URL.canParse(value, document.baseURI) ? undefined : safeUrl(new URL(value, document.baseURI).href, SAFE_IMAGE_SCHEMES);
  }

  #consentSpec(): FieldSpec {
    const msg = this.formLocalize.msg;
    return { name: 'consent', label: msg.consentLabel, kind: 'tick', required: true, requiredMessage: msg.consentMissing };
  }

  /** The first touch starts the clock for the minimum fill time and the proof-of-work in the background. */
  #interacted = (): void => {
    if (this.#startedAt !== undefined) return;
    this.#startedAt = performance.now();
    if (this.#client !== undefined && this.editing === undefined) this.#pow.start(this.#client);
  };

  #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name;
    if (name === '' || name === 'url') return;
    this.#interacted();
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (target.dataset['multiple'] === undefined) this.fieldState.set(name, target.checked);
      else {
        const current = this.fieldState.values[name];
        const chosen = Array.isArray(current) ? current.filter((value) => value !== target.value) : [];
        this.fieldState.set(name, target.checked ? [...chosen, target.value] : chosen);
      }
    } else if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (target.checked) this.fieldState.set(name, target.value);
    } else this.fieldState.set(name, target.value);
    this.#save();
  };

  #onFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const next = event.relatedTarget as HTMLInputElement | null;
    // Within one group of checkboxes or radios the user has not left the question yet.
    if (target.name === '' || next?.name === target.name) return;
    this.fieldState.leave(target.name);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Checks everything, then sends; a second call while one is on its way does nothing. */
  async submit(): Promise<void> {
    if (this.status === 'sending' || this.status === 'done') return;
    this.#interacted();
    this.failure = undefined;
    if (!this.fieldState.validateAll()) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
      return;
    }
    // A robot filled the field nobody sees: it is told what people are told, and nothing is sent.
    if (this.#honeypot !== '') {
      await this.#finish(undefined);
      return;
    }
    await this.#send();
  }

  async #send(): Promise<void> {
    const client = this.#client;
    if (client === undefined) return;
    this.status = 'sending';
    const input = this.toInput(this.fieldState.values);
    const body = JSON.stringify(input);
    // The same request again (a retry, a second click, a reload) goes under the same key.
    if (this.#pending?.body !== body) this.#pending = { key: idempotencyKey(), body };
    this.#save();
    try {
      if (this.editing !== undefined) {
        await this.editing.save(input);
        await this.#finish(undefined);
        return;
      }
      const accepted = await deliver(client, this.#pow, this.send.bind(this), input, this.#pending.key, this.#startedAt ?? performance.now());
      await this.#finish(accepted);
    } catch (error) {
      this.status = 'editing';
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors !== undefined) {
        this.fieldState.applyServerErrors(fieldErrors);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
        return;
      }
      this.status = 'failed';
      this.failure = failureOf(error, this.formLocalize.msg, this.goneMessage());
      emit(this, 'mitmachen-error', { error: asError(error) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.failure')?.focus();
    }
  }

  async #finish(accepted: PostingAccepted | undefined): Promise<void> {
    const key = this.#draftKey();
    if (key !== undefined) clearDraft(key);
    this.#pending = undefined;
    this.#pow.stop();
    this.status = 'done';
    this.editing?.saved();
    if (accepted !== undefined) emit(this, 'mitmachen-submitted', { id: accepted.id, kind: this.kind });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
  }

  override render() {
    const msg = this.formLocalize.msg;
    if (this.#client === undefined) return renderMissingApiBase(this.formLocalize.lang);
    if (this.status === 'done') {
      if (this.editing !== undefined) return nothing;
      const { title, body } = this.confirmation();
      return renderConfirmation(this.headingLevel, title, body);
    }
    const ctx: FieldContext = { values: this.fieldState.values, errors: this.fieldState.errors, msg };
    const summary = this.fieldState.summary();
    const sending = this.status === 'sending';
    return html`<form class="form" part="form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput} @focusout=${this.#onFocusOut} @focusin=${this.#interacted}>
      ${this.fieldState.showSummary && summary.length > 0 ? renderSummary(summary, msg, this.headingLevel, this.renderRoot as ShadowRoot) : nothing}
      ${this.restored ? html`<p class="restored" part="draft-notice">${msg.draftRestored}</p>` : nothing}
      ${this.renderFields(ctx)}
      ${this.editing === undefined
        ? html`${renderConsent(ctx, this.#privacyUrl)} ${renderHoneypot(msg, (event) => (this.#honeypot = (event.target as HTMLInputElement).value))}`
        : nothing}
      ${renderFailure(this.failure, msg, () => void this.submit())}
      <div class="actions">
        <button type="submit" class="button primary" part="button submit-button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? msg.sending : (this.editing?.submitLabel ?? this.submitLabel(msg))}
        </button>
        <p class="visually-hidden" role="status">${sending ? msg.sendingStatus : ''}</p>
      </div>
    </form>`;
  }

  protected submitLabel(msg: FormMessages): string {
    return msg.submit;
  }
}
