import type { OpportunityInput, PostingAccepted } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, type TemplateResult } from 'lit';
import type { FieldSpec, Values } from '../forms/field-spec.js';
import { PostingForm } from '../forms/posting-form.js';
import type { FieldContext } from '../forms/render-fields.js';
import { focusField } from '../forms/render-form-parts.js';
import type { SendOptions } from '../forms/submission.js';
import { TranslationLoader } from '../forms/translation-loader.js';
import type { TranslationShape } from '../forms/translation.js';
import { LocalizeController } from '../internal/localize.js';
import { dateCount, MAX_DATES, opportunityFields } from './opportunity-fields.js';
import { opportunityFormMessages } from './opportunity-form.messages.js';
import { opportunityInput } from './opportunity-input.js';
import { renderOpportunityFields } from './render-opportunity.js';

/** The translated description is held to the German one's limit (see opportunity-fields.ts). */
const TRANSLATION: TranslationShape = { kind: 'opportunity', descriptionMax: 8000, descriptionRows: 8 };

/**
 * An organisation posts a volunteering opportunity: organisation, contact person, what there is
 * to do, where and when, what volunteers get, until when. It goes to the agency for review.
 *
 * @fires mitmachen-submitted - The opportunity was accepted for review; detail `{ id, kind: 'opportunity' }`.
 * @csspart form - The form.
 * @csspart section - Each section (also named: `organisation`, `contact`, `opportunity`, `where`, `when`, `extras`, `expiry`, `translation`).
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart confirmation - What is shown once the opportunity is sent.
 * @csspart submit-button - The send button.
 */
export class MitmachenOpportunityForm extends PostingForm<OpportunityInput> {
  protected readonly kind = 'opportunity' as const;
  readonly #localize = new LocalizeController(this, opportunityFormMessages);
  readonly #translation = new TranslationLoader(this);

  protected fields(values: Values): FieldSpec[] {
    const msg = this.#localize.msg;
    return [...opportunityFields(values, msg), ...(this.#translation.section?.translationFields(values, this.#localize.lang, TRANSLATION) ?? [])];
  }

  protected renderFields(ctx: FieldContext): TemplateResult {
    const msg = this.#localize.msg;
    const spec = Object.fromEntries(this.fields(ctx.values).map((field) => [field.name, field]));
    return html`${renderOpportunityFields({
      ctx,
      msg,
      lang: this.#localize.lang,
      spec,
      taxonomy: this.taxonomy,
      choices: { failed: this.taxonomyFailed, retry: () => void this.loadTaxonomyAgain() },
      onAddDate: () => void this.#addDate(),
      onRemoveDate: (index) => void this.#removeDate(index),
    })}
    ${this.#translation.section?.renderTranslation(ctx, spec, this.#localize.lang, TRANSLATION, () => this.requestUpdate())}`;
  }

  async #addDate(): Promise<void> {
    const count = dateCount(this.fieldState.values);
    if (count >= MAX_DATES) return;
    this.fieldState.set('dateCount', String(count + 1));
    await this.updateComplete;
    focusField(this.renderRoot as ShadowRoot, `date${count}`);
  }

  /** Removes one date row; the rows after it move up, so what was typed there stays. */
  async #removeDate(index: number): Promise<void> {
    const values = { ...this.fieldState.values };
    const count = dateCount(values);
    for (let i = index; i < count; i++) {
      for (const part of ['date', 'from', 'to']) values[`${part}${i}`] = values[`${part}${i + 1}`] ?? '';
    }
    values['dateCount'] = String(count - 1);
    this.fieldState.reset(values);
    await this.updateComplete;
    focusField(this.renderRoot as ShadowRoot, `date${Math.min(index, count - 2)}`);
  }

  protected toInput(values: Values): OpportunityInput {
    return opportunityInput(values);
  }

  protected send(client: MitmachenClient, input: OpportunityInput, options: SendOptions): Promise<PostingAccepted> {
    return client.opportunities.create(input, options);
  }

  protected override submitLabel(): string {
    return this.#localize.msg.submit;
  }

  protected confirmation() {
    const msg = this.#localize.msg;
    return { title: msg.thanks, body: [msg.next] };
  }
}
