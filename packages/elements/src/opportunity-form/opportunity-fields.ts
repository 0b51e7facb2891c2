import { lines, text, type FieldSpec, type Values } from '../forms/field-spec.js';
import type { OpportunityFormMessages } from './opportunity-form.messages.js';

/** One-time opportunities take 1 to this many dates (the contract allows 20; a form this long helps nobody). */
export const MAX_DATES = 10;

/** How many date rows the form shows (1 to MAX_DATES). */
export function dateCount(values: Values): number {
  const count = Number(text(values, 'dateCount'));
  return Number.isInteger(count) ? Math.min(Math.max(count, 1), MAX_DATES) : 1;
}

/** Lists typed one per line: at most 20 lines of at most 300 characters (the contract's limits). */
function linesCheck(name: string, label: string, msg: OpportunityFormMessages) {
  return (values: Values) => {
    const items = lines(values, name);
    return items.length > 20 || items.some((item) => [...item].length > 300) ? msg.tooManyLines(label) : undefined;
  };
}

/** An end time needs a start time before it. */
function endCheck(fromName: string, toName: string, msg: OpportunityFormMessages) {
  return (values: Values) => {
    const from = text(values, fromName);
    const to = text(values, toName);
    if (to === '') return undefined;
    if (from === '') return msg.endWithoutStart;
    return to <= from ? msg.endBeforeStart : undefined;
  };
}

/** The fields the opportunity form shows for `values` (where and when depend on the choices made). */
export function opportunityFields(values: Values, msg: OpportunityFormMessages): FieldSpec[] {
  const locationType = text(values, 'locationType');
  const scheduleType = text(values, 'scheduleType');
  const where: FieldSpec[] =
    locationType === 'remote'
      ? [{ name: 'region', label: msg.region, kind: 'choice', required: true, pointer: '/location/region' }]
      : locationType === ''
        ? []
        : [
            { name: 'street', label: msg.street, maxLength: 120, pointer: '/location/address/street' },
            { name: 'postalCode', label: msg.postalCode, kind: 'postal-code', required: true, pointer: '/location/address/postalCode' },
            { name: 'city', label: msg.city, required: true, maxLength: 80, pointer: '/location/address/city', rejected: msg.unknownCity },
          ];
  const dates: FieldSpec[] =
    scheduleType !== 'one-time'
      ? []
      : Array.from({ length: dateCount(values) }, (_, i): FieldSpec[] => [
          { name: `date${i}`, label: msg.date(i + 1), kind: 'date', required: true, notPast: true, pointer: `/schedule/dates/${i}` },
          { name: `from${i}`, label: msg.from(i + 1), kind: 'time', required: true, pointer: `/schedule/dates/${i}/start` },
          { name: `to${i}`, label: msg.to(i + 1), kind: 'time', pointer: `/schedule/dates/${i}/end`, check: endCheck(`from${i}`, `to${i}`, msg) },
        ]).flat();
  const hours: FieldSpec[] =
    scheduleType === 'regular' || scheduleType === 'flexible'
      ? [{ name: 'hoursPerWeek', label: msg.hoursPerWeek, kind: 'number', required: scheduleType === 'regular', min: 0, minExclusive: true, max: 40, pointer: '/schedule/hoursPerWeek' }]
      : [];
  const slots: FieldSpec[] =
    scheduleType === 'regular'
      ? [
          { name: 'days', label: msg.days, kind: 'choices', maxItems: 7, pointer: '/schedule/slots' },
          { name: 'slotFrom', label: msg.slotFrom, kind: 'time' },
          { name: 'slotTo', label: msg.slotTo, kind: 'time', check: endCheck('slotFrom', 'slotTo', msg) },
        ]
      : [];
  return [
    { name: 'orgName', label: msg.orgName, required: true, minLength: 2, maxLength: 160, pointer: '/organisation/name' },
    { name: 'orgType', label: msg.orgType, kind: 'choice', required: true, pointer: '/organisation/type' },
    { name: 'website', label: msg.website, kind: 'url', maxLength: 300, pointer: '/organisation/website' },
    { name: 'contactName', label: msg.contactName, required: true, minLength: 2, maxLength: 120, pointer: '/contact/name' },
    { name: 'contactEmail', label: msg.contactEmail, kind: 'email', required: true, maxLength: 254, pointer: '/contact/email' },
    { name: 'contactPhone', label: msg.contactPhone, kind: 'tel', maxLength: 40, pointer: '/contact/phone' },
    { name: 'contactPublic', label: msg.contactPublic, kind: 'tick', pointer: '/contact/public' },
    { name: 'title', label: msg.title, required: true, minLength: 5, maxLength: 140 },
    { name: 'summary', label: msg.summary, required: true, minLength: 10, maxLength: 300 },
    { name: 'description', label: msg.description, required: true, minLength: 20, maxLength: 8000 },
    { name: 'tasks', label: msg.tasks, check: linesCheck('tasks', msg.tasks, msg) },
    { name: 'requirements', label: msg.requirements, check: linesCheck('requirements', msg.requirements, msg) },
    { name: 'categories', label: msg.categories, kind: 'choices', required: true, minItems: 1, maxItems: 3 },
    { name: 'targetGroups', label: msg.targetGroups, kind: 'choices', maxItems: 5 },
    { name: 'minimumAge', label: msg.minimumAge, kind: 'number', integer: true, min: 0, max: 99 },
    { name: 'locationType', label: msg.locationType, kind: 'choice', required: true, pointer: '/location' },
    ...where,
    { name: 'scheduleType', label: msg.scheduleType, kind: 'choice', required: true, pointer: '/schedule' },
    ...dates,
    ...hours,
    ...slots,
    ...(scheduleType === '' ? [] : [{ name: 'scheduleNote', label: msg.scheduleNote, maxLength: 300, pointer: '/schedule/note' }]),
    { name: 'benefits', label: msg.benefits, kind: 'choices', maxItems: 5 },
    { name: 'features', label: msg.accessibility, kind: 'choices', maxItems: 5, pointer: '/accessibility/features' },
    { name: 'accessibilityNote', label: msg.accessibilityNote, maxLength: 500, pointer: '/accessibility/note' },
    { name: 'expiresAt', label: msg.expiresAt, kind: 'date', notPast: true },
  ];
}
