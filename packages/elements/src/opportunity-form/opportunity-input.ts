import type { OpportunityInput, Schedule, Weekday } from '@mitmachen/contract';
import { berlinInstant } from '../forms/berlin-time.js';
import { lines, list, numberOf, optional, text, ticked, translationLanguage, type Values } from '../forms/field-spec.js';
import { dateCount } from './opportunity-fields.js';

type LocationInput = OpportunityInput['location'];

/** Only the properties that have a value: optional ones are left out, not sent empty. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

function location(values: Values): LocationInput {
  const type = text(values, 'locationType') as LocationInput['type'];
  if (type === 'remote') return { type, region: text(values, 'region') as NonNullable<LocationInput['region']> };
  return {
    type,
    address: defined({ street: optional(values, 'street'), postalCode: text(values, 'postalCode'), city: text(values, 'city') }),
  };
}

function schedule(values: Values): Schedule {
  const type = text(values, 'scheduleType');
  const note = optional(values, 'scheduleNote');
  if (type === 'one-time') {
    const dates = Array.from({ length: dateCount(values) }, (_, i) => {
      const day = text(values, `date${i}`);
      const end = optional(values, `to${i}`);
      return defined({ start: berlinInstant(day, text(values, `from${i}`)), end: end === undefined ? undefined : berlinInstant(day, end) });
    });
    return defined({ type, dates, note });
  }
  const hoursPerWeek = numberOf(values, 'hoursPerWeek');
  if (type === 'regular') {
    const from = optional(values, 'slotFrom');
    const to = optional(values, 'slotTo');
    const slots = (list(values, 'days') as Weekday[]).map((day) => defined({ day, from, to }));
    return defined({ type, hoursPerWeek: hoursPerWeek!, slots, note });
  }
  return defined({ type: 'flexible' as const, hoursPerWeek, note });
}

/** Features and note, or nothing when neither is given (features are required once it is there). */
function accessibility(values: Values): OpportunityInput['accessibility'] {
  const features = list(values, 'features') as NonNullable<OpportunityInput['accessibility']>['features'];
  const note = optional(values, 'accessibilityNote');
  if (features.length === 0 && note === undefined) return undefined;
  return note === undefined ? { features } : { features, note };
}

/** The form's values as the contract's OpportunityInput (see opportunity-fields.ts for the fields). */
export function opportunityInput(values: Values): OpportunityInput {
  const minimumAge = numberOf(values, 'minimumAge');
  return defined({
    title: text(values, 'title'),
    summary: text(values, 'summary'),
    description: text(values, 'description'),
    tasks: lines(values, 'tasks'),
    requirements: lines(values, 'requirements'),
    organisation: defined({
      name: text(values, 'orgName'),
      type: text(values, 'orgType') as OpportunityInput['organisation']['type'],
      website: optional(values, 'website'),
    }),
    contact: defined({
      name: text(values, 'contactName'),
      email: text(values, 'contactEmail'),
      phone: optional(values, 'contactPhone'),
      public: ticked(values, 'contactPublic'),
    }),
    categories: list(values, 'categories') as OpportunityInput['categories'],
    targetGroups: list(values, 'targetGroups') as OpportunityInput['targetGroups'],
    location: location(values),
    schedule: schedule(values),
    minimumAge,
    benefits: list(values, 'benefits') as OpportunityInput['benefits'],
    accessibility: accessibility(values),
    expiresAt: optional(values, 'expiresAt'),
    translations: translations(values),
  });
}

/** The one translation the form takes, keyed by its language; nothing when no language is chosen. */
function translations(values: Values): OpportunityInput['translations'] {
  const lang = translationLanguage(values);
  if (lang === undefined) return undefined;
  return { [lang]: { title: text(values, 'translatedTitle'), summary: text(values, 'translatedSummary'), description: text(values, 'translatedDescription') } };
}
