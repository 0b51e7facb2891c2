import type { Taxonomy } from '@mitmachen/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { termOptions, weekdayOptions, withOptions, type ChoicesState } from '../forms/choices.js';
import { text, type FieldSpec } from '../forms/field-spec.js';
import { group, section, select, textArea, textField, tick, type FieldContext, type Option } from '../forms/render-fields.js';
import { today } from '../forms/validate.js';
import type { Lang } from '../internal/localize.js';
import { dateCount, MAX_DATES } from './opportunity-fields.js';
import type { OpportunityFormMessages } from './opportunity-form.messages.js';

export interface OpportunityView {
  ctx: FieldContext;
  msg: OpportunityFormMessages;
  lang: Lang;
  spec: Record<string, FieldSpec>;
  taxonomy: Taxonomy | undefined;
  choices: ChoicesState;
  onAddDate: () => void;
  onRemoveDate: (index: number) => void;
}

/** A question whose options come from the taxonomy: `render(field)(options)` once they are loaded. */
type Choices = (kind: keyof Taxonomy, name: string, render: (field: FieldSpec) => (options: Option[]) => TemplateResult) => TemplateResult;

export function renderOpportunityFields(view: OpportunityView): TemplateResult {
  const { ctx, msg, spec } = view;
  const choices: Choices = (kind, name, render) =>
    withOptions(termOptions(view.taxonomy, kind, view.lang), view.choices, spec[name]!.label, ctx.msg, render(spec[name]!));
  return html`${section(
      msg.organisation,
      html`${textField(ctx, spec.orgName!, { autocomplete: 'organization', hint: msg.orgNameHint })}
      ${choices('organisationTypes', 'orgType', (field) => (o) => select(ctx, field, o, { placeholder: msg.chooseType }))}
      ${textField(ctx, spec.website!, { autocomplete: 'url', hint: msg.websiteHint })}`,
      'organisation',
    )}
    ${section(
      msg.contact,
      html`${textField(ctx, spec.contactName!, { autocomplete: 'name' })}
      ${textField(ctx, spec.contactEmail!, { autocomplete: 'email' })} ${textField(ctx, spec.contactPhone!, { autocomplete: 'tel' })}
      ${tick(ctx, spec.contactPublic!, msg.contactPublic, { hint: msg.contactPublicHint })}`,
      'contact',
      msg.contactIntro,
    )}
    ${section(
      msg.opportunity,
      html`${textField(ctx, spec.title!, { hint: msg.titleHint })} ${textArea(ctx, spec.summary!, { hint: msg.summaryHint, rows: 2 })}
      ${textArea(ctx, spec.description!, { hint: msg.descriptionHint, rows: 8 })}
      ${textArea(ctx, spec.tasks!, { hint: msg.tasksHint, rows: 4 })}
      ${textArea(ctx, spec.requirements!, { hint: msg.requirementsHint, rows: 3 })}
      ${choices('categories', 'categories', (field) => (o) => group(ctx, field, o, { multiple: true, hint: msg.categoriesHint }))}
      ${choices('targetGroups', 'targetGroups', (field) => (o) => group(ctx, field, o, { multiple: true }))}
      ${textField(ctx, spec.minimumAge!, { hint: msg.minimumAgeHint, width: 'short' })}`,
      'opportunity',
    )}
    ${section(msg.where, renderWhere(view, choices), 'where')} ${section(msg.when, renderWhen(view), 'when')}
    ${section(
      msg.extras,
      html`${choices('benefits', 'benefits', (field) => (o) => group(ctx, field, o, { multiple: true }))}
      ${choices('accessibilityFeatures', 'features', (field) => (o) => group(ctx, field, o, { multiple: true }))}
      ${textArea(ctx, spec.accessibilityNote!, { hint: msg.accessibilityNoteHint, rows: 2 })}`,
      'extras',
    )}
    ${section(msg.expiry, textField(ctx, spec.expiresAt!, { hint: msg.expiresAtHint, min: today() }), 'expiry')}`;
}

function renderWhere({ ctx, msg, spec }: OpportunityView, choices: Choices) {
  const type = text(ctx.values, 'locationType');
  return html`${choices('locationTypes', 'locationType', (field) => (o) => group(ctx, field, o, { multiple: false, inline: true }))}
  ${type === 'remote'
    ? choices('regions', 'region', (field) => (o) => select(ctx, field, o, { placeholder: msg.chooseRegion }))
    : type === ''
      ? nothing
      : html`${textField(ctx, spec.street!, { autocomplete: 'address-line1' })}
          <div class="row">
            ${textField(ctx, spec.postalCode!, { autocomplete: 'postal-code', width: 'short' })}
            ${textField(ctx, spec.city!, { autocomplete: 'address-level2' })}
          </div>`}`;
}

function renderWhen(view: OpportunityView) {
  const { ctx, msg, spec } = view;
  const type = text(ctx.values, 'scheduleType');
  const scheduleTypes = termOptions(view.taxonomy, 'scheduleTypes', view.lang);
  return html`${withOptions(scheduleTypes, view.choices, spec.scheduleType!.label, ctx.msg, (o) =>
    group(ctx, spec.scheduleType!, o, { multiple: false, inline: true }),
  )}
  ${type === 'one-time' ? renderDates(view) : nothing}
  ${spec.hoursPerWeek === undefined ? nothing : textField(ctx, spec.hoursPerWeek, { inputmode: 'decimal', hint: msg.hoursHint, width: 'short' })}
  ${type === 'regular'
    ? html`${group(ctx, spec.days!, weekdayOptions(view.lang), { multiple: true, inline: true })}
        <div class="row">
          ${textField(ctx, spec.slotFrom!, { width: 'short' })} ${textField(ctx, spec.slotTo!, { width: 'short' })}
        </div>`
    : nothing}
  ${spec.scheduleNote === undefined ? nothing : textArea(ctx, spec.scheduleNote, { hint: msg.scheduleNoteHint, rows: 2 })}`;
}

function renderDates({ ctx, msg, spec, onAddDate, onRemoveDate }: OpportunityView) {
  const count = dateCount(ctx.values);
  return html`${Array.from(
    { length: count },
    (_, i) =>
      html`<div class="repeat" role="group" aria-label=${msg.dateGroup(i + 1)}>
        <div class="row">
          ${textField(ctx, spec[`date${i}`]!, { min: today() })} ${textField(ctx, spec[`from${i}`]!, { width: 'short' })}
          ${textField(ctx, spec[`to${i}`]!, { width: 'short' })}
        </div>
        ${count > 1 ? html`<button type="button" class="button" @click=${() => onRemoveDate(i)}>${msg.removeDate(i + 1)}</button>` : nothing}
      </div>`,
  )}
  ${count < MAX_DATES ? html`<button type="button" class="button" @click=${onAddDate}>${msg.addDate}</button>` : nothing}`;
}
