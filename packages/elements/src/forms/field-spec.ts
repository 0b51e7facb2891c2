/** What a field holds: text (also numbers, dates, a chosen option), several chosen options, or a tick. */
export type Value = string | string[] | boolean;

/** Every value of a form by field name, as typed; what is saved as the draft. */
export type Values = Record<string, Value>;

/** What the browser checks before anything is sent. Messages come from the shared catalogue. */
export interface FieldSpec {
  /** Field name; the input's id is `f-<name>`. */
  name: string;
  /** The label, also used in the error summary and in messages. */
  label: string;
  /**
   * Where the server names this field in a 422 (`/contact/email`). A server pointer below it
   * (`/schedule/dates/0/start` under `/schedule/dates/0`) lands here too; the longest match wins.
   */
  pointer?: string;
  required?: boolean;
  /** The message for a missing value, when the generic one would not say enough (consent). */
  requiredMessage?: string;
  /** `text` by default; `choice` (a select or radios), `choices` (checkboxes), `tick` (one checkbox). */
  kind?: 'text' | 'email' | 'url' | 'tel' | 'number' | 'date' | 'time' | 'postal-code' | 'choice' | 'choices' | 'tick';
  minLength?: number;
  maxLength?: number;
  /** Numbers: range and whether only whole numbers are allowed. */
  min?: number;
  max?: number;
  /** The lower bound itself is not allowed (hours per week: more than 0). */
  minExclusive?: boolean;
  integer?: boolean;
  /** Checkboxes: how many may be chosen. */
  minItems?: number;
  maxItems?: number;
  /** Dates: not before today. */
  notPast?: boolean;
  /** A check across fields (an end after its start); returns a message or undefined. */
  check?: (values: Values) => string | undefined;
  /** The message when the server refused a value the browser accepted (an unknown place, say). */
  rejected?: string;
}

export function text(values: Values, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
}

export function list(values: Values, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

export function ticked(values: Values, name: string): boolean {
  return values[name] === true;
}

/** A number field's value, or undefined when empty. */
export function numberOf(values: Values, name: string): number | undefined {
  const value = text(values, name).replace(',', '.');
  return value === '' ? undefined : Number(value);
}

/** A text field's value, or undefined when empty (optional properties are left out of the input). */
export function optional(values: Values, name: string): string | undefined {
  const value = text(values, name);
  return value === '' ? undefined : value;
}

/** Lines of a textarea, one item each (tasks, requirements), blank lines dropped. */
export function lines(values: Values, name: string): string[] {
  return text(values, name)
    .split('\n')
    .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The languages a listing can be translated into (the contract's TranslationLanguage). */
export const TRANSLATION_LANGUAGES = ['en', 'uk', 'ar', 'tr', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * The translation language chosen in a posting form's values; undefined for none. Here, not with
 * the translation section (translation.ts, loaded later), because the forms' input needs it at once.
 */
export function translationLanguage(values: Values): TranslationLanguage | undefined {
  const lang = text(values, 'translationLang');
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(lang) ? (lang as TranslationLanguage) : undefined;
}
