import type { OfferInput, PostingAccepted } from '@mitmachen/contract';
import type { MitmachenClient } from '@mitmachen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { termOptions, weekdayOptions, withOptions } from '../forms/choices.js';
import { list, numberOf, optional, text, translationLanguage, type FieldSpec, type Values } from '../forms/field-spec.js';
import { PostingForm } from '../forms/posting-form.js';
import { group, section, select, textArea, textField, type FieldContext } from '../forms/render-fields.js';
import type { SendOptions } from '../forms/submission.js';
import { TranslationLoader } from '../forms/translation-loader.js';
import type { TranslationShape } from '../forms/translation.js';
import { LocalizeController } from '../internal/localize.js';
import { offerMessages } from './offer-form.messages.js';
import { DEFAULT_RADIUS_KM } from './offer-radius.js';

type AgeGroup = NonNullable<OfferInput['ageGroup']>;
type Availability = OfferInput['availability'];

/** The translated description is held to the German one's limit. */
const TRANSLATION: TranslationShape = { kind: 'offer', descriptionMax: 4000, descriptionRows: 6 };

/**
 * A volunteer offers help: a name to show (a pseudonym is fine), an email address that is never
 * shown, what they offer, when and where. Organisations reach them only through the platform.
 *
 * @fires mitmachen-submitted - The offer was accepted for review; detail `{ id, kind: 'offer' }`.
 * @csspart form - The form.
 * @csspart section - Each section (also named: `about`, `offer`, `when`, `where`, `translation`).
 * @csspart error-summary - The list of problems shown on submit.
 * @csspart confirmation - What is shown once the offer is sent.
 * @csspart submit-button - The send button.
 */
export class MitmachenOfferForm extends PostingForm<OfferInput> {
  protected readonly kind = 'offer' as const;
  readonly #localize = new LocalizeController(this, offerMessages);
  readonly #translation = new TranslationLoader(this);

  protected override initialValues(): Values {
    return { radiusKm: String(DEFAULT_RADIUS_KM) };
  }

  protected fields(values: Values): FieldSpec[] {
    const msg = this.#localize.msg;
    const withDays = text(values, 'availability') !== 'one-time';
    return [
      { name: 'displayName', label: msg.displayName, required: true, minLength: 2, maxLength: 60 },
      { name: 'email', label: msg.email, kind: 'email', required: true, maxLength: 254 },
      { name: 'ageGroup', label: msg.ageGroup, kind: 'choice' },
      { name: 'title', label: msg.title, required: true, minLength: 5, maxLength: 140 },
      { name: 'description', label: msg.description, required: true, minLength: 20, maxLength: 4000 },
      { name: 'categories', label: msg.categories, kind: 'choices', required: true, minItems: 1, maxItems: 3 },
      { name: 'availability', label: msg.availability, kind: 'choice', required: true, pointer: '/availability/type' },
      ...(withDays
        ? ([
            { name: 'hoursPerWeek', label: msg.hoursPerWeek, kind: 'number', min: 0, minExclusive: true, max: 40, pointer: '/availability/hoursPerWeek' },
            { name: 'days', label: msg.days, kind: 'choices', maxItems: 7, pointer: '/availability/days' },
          ] satisfies FieldSpec[])
        : []),
      { name: 'availabilityNote', label: msg.note, maxLength: 300, pointer: '/availability/note' },
      { name: 'place', label: msg.place, required: true, minLength: 2, maxLength: 80, pointer: '/area/place', rejected: msg.unknownPlace },
      { name: 'radiusKm', label: msg.radius, kind: 'number', min: 0, max: 200, pointer: '/area/radiusKm' },
      ...(this.#translation.section?.translationFields(values, this.#localize.lang, TRANSLATION) ?? []),
    ];
  }

  protected renderFields(ctx: FieldContext): TemplateResult {
    const msg = this.#localize.msg;
    const lang = this.#localize.lang;
    const spec = Object.fromEntries(this.fields(ctx.values).map((field) => [field.name, field]));
    const choices = { failed: this.taxonomyFailed, retry: () => void this.loadTaxonomyAgain() };
    return html`${section(
        msg.about,
        html`${textField(ctx, spec.displayName!, { autocomplete: 'nickname', hint: msg.displayNameHint })}
        ${textField(ctx, spec.email!, { autocomplete: 'email', hint: msg.emailHint })}
        ${withOptions(termOptions(this.taxonomy, 'ageGroups', lang), choices, msg.ageGroup, ctx.msg, (options) =>
          select(ctx, spec.ageGroup!, options, { placeholder: msg.noAgeGroup, hint: msg.ageGroupHint }),
        )}`,
        'about',
      )}
      ${section(
        msg.offer,
        html`${textField(ctx, spec.title!, { hint: msg.titleHint })} ${textArea(ctx, spec.description!, { hint: msg.descriptionHint, rows: 6 })}
        ${withOptions(termOptions(this.taxonomy, 'categories', lang), choices, msg.categories, ctx.msg, (options) =>
          group(ctx, spec.categories!, options, { multiple: true, hint: msg.categoriesHint }),
        )}`,
        'offer',
      )}
      ${section(
        msg.when,
        html`${withOptions(termOptions(this.taxonomy, 'scheduleTypes', lang), choices, msg.availability, ctx.msg, (options) =>
          group(ctx, spec.availability!, options, { multiple: false, inline: true }),
        )}
        ${spec.hoursPerWeek === undefined
          ? nothing
          : html`${textField(ctx, spec.hoursPerWeek, { inputmode: 'decimal', hint: msg.hoursHint, width: 'short' })}
            ${group(ctx, spec.days!, weekdayOptions(lang), { multiple: true, inline: true })}`}
        ${textArea(ctx, spec.availabilityNote!, { hint: msg.noteHint, rows: 2 })}`,
        'when',
      )}
      ${section(
        msg.where,
        html`<div class="row">
          ${textField(ctx, spec.place!, { autocomplete: 'address-level2', hint: msg.placeHint })}
          ${textField(ctx, spec.radiusKm!, { hint: msg.radiusHint, width: 'short' })}
        </div>`,
        'where',
      )}
      ${this.#translation.section?.renderTranslation(ctx, spec, this.#localize.lang, TRANSLATION, () => this.requestUpdate())}`;
  }

  protected toInput(values: Values): OfferInput {
    const type = text(values, 'availability') as Availability['type'];
    const hoursPerWeek = type === 'one-time' ? undefined : numberOf(values, 'hoursPerWeek');
    const days = type === 'one-time' ? [] : (list(values, 'days') as NonNullable<Availability['days']>);
    const note = optional(values, 'availabilityNote');
    const radiusKm = numberOf(values, 'radiusKm');
    const ageGroup = optional(values, 'ageGroup') as AgeGroup | undefined;
    const lang = translationLanguage(values);
    return {
      displayName: text(values, 'displayName'),
      email: text(values, 'email'),
      title: text(values, 'title'),
      description: text(values, 'description'),
      categories: list(values, 'categories') as OfferInput['categories'],
      availability: {
        type,
        ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }),
        ...(days.length === 0 ? {} : { days }),
        ...(note === undefined ? {} : { note }),
      },
      area: { place: text(values, 'place'), radiusKm: radiusKm ?? DEFAULT_RADIUS_KM },
      ...(ageGroup === undefined ? {} : { ageGroup }),
      ...(lang === undefined
        ? {}
        : { translations: { [lang]: { title: text(values, 'translatedTitle'), description: text(values, 'translatedDescription') } } }),
    };
  }

  protected send(client: MitmachenClient, input: OfferInput, options: SendOptions): Promise<PostingAccepted> {
    return client.offers.create(input, options);
  }

  protected override submitLabel(): string {
    return this.#localize.msg.submit;
  }

  protected confirmation() {
    const msg = this.#localize.msg;
    return { title: msg.thanks, body: [msg.next] };
  }
}
