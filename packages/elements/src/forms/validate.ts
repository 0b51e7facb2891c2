import { list, text, ticked, type FieldSpec, type Values } from './field-spec.js';
import type { FormMessages } from './form.messages.js';

/*
 * The browser's checks mirror the contract's (packages/contract/openapi.yaml), so what passes
 * here passes the server's schema; what only the server can know (is the place in Saxony?)
 * comes back as a 422 and lands on the same field.
 */

/** The contract's `format: email` as Ajv checks it ("fast" mode). */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const PHONE = /^[0-9 +()/-]{5,40}$/;
const POSTAL_CODE = /^[0-9]{5}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Today in German time as `YYYY-MM-DD` (the listings' dates are German). */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/** The message for a field's current value, or undefined when it is fine. */
export function validateField(spec: FieldSpec, values: Values, msg: FormMessages): string | undefined {
  const { label, kind = 'text' } = spec;
  if (kind === 'tick') return spec.required && !ticked(values, spec.name) ? (spec.requiredMessage ?? msg.required(label)) : undefined;
  if (kind === 'choices') return checkChoices(spec, list(values, spec.name).length, msg);
  const value = text(values, spec.name);
  if (value === '') {
    if (!spec.required) return spec.check?.(values);
    return spec.requiredMessage ?? (kind === 'choice' ? msg.choose(label) : msg.required(label));
  }
  return checkText(spec, value, msg) ?? spec.check?.(values);
}

function checkChoices(spec: FieldSpec, count: number, msg: FormMessages): string | undefined {
  const min = spec.minItems ?? (spec.required ? 1 : 0);
  const max = spec.maxItems ?? Infinity;
  if (count >= min && count <= max) return undefined;
  if (min === 0) return msg.chooseAtMost(spec.label, max);
  return max === Infinity ? msg.choose(spec.label) : msg.chooseRange(spec.label, min, max);
}

function checkText(spec: FieldSpec, value: string, msg: FormMessages): string | undefined {
  const { label } = spec;
  switch (spec.kind) {
    case 'email':
      if (!EMAIL.test(value)) return msg.email;
      break;
    case 'url':
      if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) return msg.url;
      break;
    case 'tel':
      if (!PHONE.test(value)) return msg.tel;
      break;
    case 'postal-code':
      if (!POSTAL_CODE.test(value)) return msg.postalCode;
      break;
    case 'number':
      return checkNumber(spec, value, msg);
    case 'date':
      if (!DATE.test(value) || Number.isNaN(Date.parse(value))) return msg.date(label);
      if (spec.notPast && value < today()) return msg.notPast(label);
      break;
    case 'time':
      if (!TIME.test(value)) return msg.time(label);
      break;
    default:
      break;
  }
  // Characters as the server counts them (code points), not UTF-16 units.
  const length = [...value].length;
  if (spec.minLength !== undefined && length < spec.minLength) return msg.tooShort(label, spec.minLength);
  if (spec.maxLength !== undefined && length > spec.maxLength) return msg.tooLong(label, spec.maxLength);
  return undefined;
}

function checkNumber(spec: FieldSpec, value: string, msg: FormMessages): string | undefined {
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number)) return msg.number(spec.label);
  if (spec.integer && !Number.isInteger(number)) return msg.wholeNumber(spec.label);
  const min = spec.min ?? -Infinity;
  const max = spec.max ?? Infinity;
  const low = spec.minExclusive ? number <= min : number < min;
  if (!low && number <= max) return undefined;
  return spec.minExclusive ? msg.moreThan(spec.label, min, max) : msg.between(spec.label, min, max);
}

/**
 * The field a server error is about: the one whose pointer is the longest prefix of `pointer`
 * (`/schedule/dates/0/start` → the field at `/schedule/dates/0/start`, else `/schedule`).
 */
export function fieldForPointer(specs: readonly FieldSpec[], pointer: string): FieldSpec | undefined {
  let best: FieldSpec | undefined;
  let bestLength = -1;
  for (const spec of specs) {
    const own = spec.pointer ?? `/${spec.name}`;
    const matches = pointer === own || pointer.startsWith(`${own}/`);
    if (matches && own.length > bestLength) {
      best = spec;
      bestLength = own.length;
    }
  }
  return best;
}
