import type { InterestInput, PostingAccepted } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../internal/localize.js';
import { optional, text, type FieldSpec, type Values } from '../forms/field-spec.js';
import { PostingForm } from '../forms/posting-form.js';
import { textArea, textField, type FieldContext } from '../forms/render-fields.js';
import type { SendOptions } from '../forms/submission.js';
import { interestMessages } from './interest-form.messages.js';

/**
 * A volunteer contacts the organisation of one opportunity (`opportunity-id`), or the author of
 * a volunteer's offer (`offer-id`); the platform relays the message, so nobody's address is
 * published.
 *
 * @fires mitmachen-submitted - The message was accepted; detail `{ id, kind: 'interest' }`.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart confirmation - What is shown once the message is sent.
 * @csspart submit-button - The send button.
 */
export class MitmachenInterestForm extends PostingForm<InterestInput> {
  /** The opportunity whose organisation is contacted. */
  @property({ attribute: 'opportunity-id' }) opportunityId?: string;
  /** Or: the volunteer's offer whose author is contacted. */
  @property({ attribute: 'offer-id' }) offerId?: string;

  protected readonly kind = 'interest' as const;
  protected override readonly needsTaxonomy = false;
  readonly #localize = new LocalizeController(this, interestMessages);

  get #toOffer(): boolean {
    return (this.opportunityId ?? '') === '' && (this.offerId ?? '') !== '';
  }

  protected fields(): FieldSpec[] {
    const msg = this.#localize.msg;
    return [
      { name: 'name', label: msg.name, required: true, minLength: 2, maxLength: 120 },
      { name: 'email', label: msg.email, kind: 'email', required: true, maxLength: 254 },
      { name: 'phone', label: msg.phone, kind: 'tel', maxLength: 40 },
      { name: 'message', label: msg.message, required: true, minLength: 10, maxLength: 2000 },
    ];
  }

  protected renderFields(ctx: FieldContext): TemplateResult {
    const msg = this.#localize.msg;
    const [name, email, phone, message] = this.fields() as [FieldSpec, FieldSpec, FieldSpec, FieldSpec];
    return html`<div class="fields">
      ${textField(ctx, name, { autocomplete: 'name' })}
      ${textField(ctx, email, { autocomplete: 'email', hint: this.#toOffer ? msg.offerEmailHint : msg.emailHint })}
      ${textField(ctx, phone, { autocomplete: 'tel', hint: msg.phoneHint })}
      ${textArea(ctx, message, { hint: this.#toOffer ? msg.offerMessageHint : msg.messageHint, rows: 6 })}
    </div>`;
  }

  override render() {
    // Without a recipient there is nothing to fill in; the web editor learns what is missing.
    if (!this.opportunityId && !this.offerId) return html`<p class="notice" part="notice">${this.#localize.msg.noSubject}</p>`;
    return super.render();
  }

  protected toInput(values: Values): InterestInput {
    const phone = optional(values, 'phone');
    return { name: text(values, 'name'), email: text(values, 'email'), ...(phone === undefined ? {} : { phone }), message: text(values, 'message') };
  }

  protected async send(client: MitmachenClient, input: InterestInput, options: SendOptions): Promise<PostingAccepted> {
    this.#refused = undefined;
    try {
      return await (this.#toOffer
        ? client.offers.contact(this.offerId!, input, options)
        : client.opportunities.expressInterest(this.opportunityId!, input, options));
    } catch (error) {
      // Told apart here, so the shared form code (in every form's chunk) carries none of it.
      const { status, problem } = error as { status?: number; problem?: { type?: string } };
      this.#refused = status === 404 ? 'gone' : status === 409 && problem?.type?.endsWith('/listing-filled') ? 'filled' : undefined;
      throw error;
    }
  }

  /** Why the listing refused the last request for good: withdrawn (404), or filled meanwhile (409 listing-filled). */
  #refused: 'gone' | 'filled' | undefined;

  protected override draftSubject(): string | undefined {
    return this.#toOffer ? `offer:${this.offerId}` : `opportunity:${this.opportunityId ?? ''}`;
  }

  protected override goneMessage(): string | undefined {
    return this.#refused && this.#localize.msg[this.#refused];
  }

  protected override submitLabel(): string {
    return this.#localize.msg.submit;
  }

  protected confirmation() {
    const msg = this.#localize.msg;
    return { title: msg.thanks, body: [this.#toOffer ? msg.offerNext : msg.next] };
  }
}
