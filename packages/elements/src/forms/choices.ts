import type { Taxonomy, Weekday } from '@mitmachen/contract';
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../format/locale.js';
import { scheduleMessages } from '../format/schedule.messages.js';
import type { FormMessages } from './form.messages.js';
import type { Option } from './render-fields.js';

/** The terms of one taxonomy list in the user's language, or undefined while it is loading. */
export function termOptions(taxonomy: Taxonomy | undefined, kind: keyof Taxonomy, lang: Lang): Option[] | undefined {
  return taxonomy?.[kind].map((term) => ({ value: term.id, label: term.label[lang] ?? term.label.de }));
}

/** The contract's weekdays, Monday first, as the week is read in Germany. */
export const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * "Montag" … "Sonntag" / "Monday" … "Sunday", as the language writes them (a form's catalogue
 * loads the schedule's words with its own): German without Intl, whose first formatter would be
 * the longest task of a German form's load on a phone.
 */
export function weekdayOptions(lang: Lang): Option[] {
  return WEEKDAYS.map((day, index) => ({ value: day, label: scheduleMessages[lang].write.weekday(index) }));
}

export interface ChoicesState {
  failed: boolean;
  retry: () => void;
}

/**
 * A question whose options come from the API's taxonomy: rendered once they are there; until
 * then a loading line, or an error with a retry (what was typed elsewhere stays meanwhile).
 */
export function withOptions(
  options: Option[] | undefined,
  state: ChoicesState,
  label: string,
  msg: FormMessages,
  render: (options: Option[]) => TemplateResult,
): TemplateResult {
  if (options !== undefined) return render(options);
  if (state.failed) {
    return html`<div class="field" role="alert">
      <p><strong>${label}:</strong> ${msg.choicesFailed}</p>
      <button type="button" class="button" @click=${state.retry}>${msg.loadAgain}</button>
    </div>`;
  }
  return html`<p class="field hint" aria-busy="true"><strong>${label}:</strong> ${msg.choicesLoading}</p>`;
}
