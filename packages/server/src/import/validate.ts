/**
 * The last check of an imported listing before anything is written: the contract's schema for
 * a posting (the same one the API applies), then place and dates as the posting endpoint
 * resolves them. Problems are worded in German and named by the source's own field.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { OpportunityInput } from '@mitmachen/contract';
import { ProblemError } from '../errors.js';
import { loadContract, schemaBase } from '../http/contract.js';
import { createValidatorCompiler } from '../http/validation.js';
import { resolveLocation, type ResolvedLocation } from '../opportunities/location.js';
import { postingExpiry } from '../opportunities/schedule.js';
import type { ImportIssue, ImportRecord } from './types.js';

let validator: ValidateFunction | undefined;
function validatePosting(input: OpportunityInput): ErrorObject[] {
  validator ??= createValidatorCompiler(loadContract(), () => {})({
    schema: { $ref: `${schemaBase}OpportunityInput` },
    httpPart: 'body',
    method: 'POST',
    url: '/import',
  }) as ValidateFunction;
  return validator(input) ? [] : (validator.errors ?? []);
}

export interface CheckedRecord {
  record: ImportRecord;
  location: ResolvedLocation;
  expiresAt: string | null;
}

/** A record that had errors while reading is checked for more, but never comes back as checked. */
export function checkRecord(record: ImportRecord, now: Date): { checked?: CheckedRecord; errors: ImportIssue[] } {
  const result = check(record, now);
  return record.reported ? { errors: result.errors } : result;
}

function check(record: ImportRecord, now: Date): { checked?: CheckedRecord; errors: ImportIssue[] } {
  const issue = (pointer: string, message: string): ImportIssue => ({ where: record.where, field: fieldOf(record, pointer), message });
  const schemaErrors = validatePosting(record.input).filter((error) => error.keyword !== 'if');
  if (schemaErrors.length > 0) {
    const seen = new Set<string>();
    const errors = schemaErrors
      .map((error) => issue(error.instancePath, describe(error)))
      .filter((e) => !record.reported?.has(e.field ?? '') && !seen.has(`${e.field}${e.message}`) && seen.add(`${e.field}${e.message}`));
    return { errors };
  }
  try {
    const location = resolveLocation(record.input.location);
    if (record.coordinates && location.lat !== null) {
      location.lat = record.coordinates.lat;
      location.lon = record.coordinates.lon;
    }
    const expiresAt = postingExpiry(record.input.schedule, record.input.expiresAt, now);
    return { checked: { record, location, expiresAt }, errors: [] };
  } catch (error) {
    if (!(error instanceof ProblemError) || !error.errors?.[0]) throw error;
    const { pointer = '', detail } = error.errors[0] as { pointer?: string; detail: string };
    const found = issue(pointer, germanDetail(pointer, detail, record.input));
    return { errors: record.reported?.has(found.field ?? '') ? [] : [found] };
  }
}

/** The source's name for a pointer: the longest prefix the source named. */
function fieldOf(record: ImportRecord, pointer: string): string | undefined {
  let best: string | undefined;
  let length = -1;
  for (const [prefix, field] of Object.entries(record.fields)) {
    if ((pointer === prefix || pointer.startsWith(`${prefix}/`)) && prefix.length > length) {
      best = field;
      length = prefix.length;
    }
  }
  return best;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `„${String(params.missingProperty)}“ fehlt.`;
    case 'minLength':
      return `ist zu kurz (mindestens ${String(params.limit)} Zeichen).`;
    case 'maxLength':
      return `ist zu lang (höchstens ${String(params.limit)} Zeichen).`;
    case 'minItems':
      return `braucht mindestens ${String(params.limit)} Einträge.`;
    case 'maxItems':
      return `hat zu viele Einträge (höchstens ${String(params.limit)}).`;
    case 'format':
      return params.format === 'email' ? `„${String(error.data)}“ ist keine gültige E-Mail-Adresse.` : `„${String(error.data)}“ hat nicht die Form ${String(params.format)}.`;
    case 'pattern':
      return `„${String(error.data)}“ hat nicht die erwartete Form.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `ist zu klein (${String(error.data)}).`;
    case 'maximum':
      return `ist zu groß (${String(error.data)}; höchstens ${String(params.limit)}).`;
    case 'uniqueItems':
      return 'enthält einen Eintrag doppelt.';
    case 'enum':
      return `„${String(error.data)}“ ist kein erlaubter Wert.`;
    default:
      return `ist ungültig (${error.message ?? error.keyword}).`;
  }
}

function germanDetail(pointer: string, detail: string, input: OpportunityInput): string {
  if (pointer === '/location/address/city') {
    const city = input.location.address?.city ?? '';
    return /outside/.test(detail) ? `„${city}“ liegt nicht in Sachsen.` : `„${city}“ ist kein bekannter Ort in Sachsen.`;
  }
  if (pointer === '/location/address') return 'Für ein Angebot vor Ort fehlt die Adresse.';
  if (pointer === '/location/region') return 'Für ein Online-Angebot fehlt der Landkreis.';
  if (pointer === '/expiresAt') return 'Das Ablaufdatum liegt in der Vergangenheit.';
  if (pointer === '/schedule/dates') return 'Alle Termine liegen in der Vergangenheit.';
  if (pointer.startsWith('/schedule/dates/')) return 'Ein Termin endet vor seinem Beginn.';
  return detail;
}
