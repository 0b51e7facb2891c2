import type { OpportunityInput } from '@mitmachen/contract';
import type { Values } from '../forms/field-spec.js';
import { LISTING_TIME_ZONE } from '../format/locale.js';

/**
 * The inverse of the form's `berlinInstant`: an instant as the date and time on site
 * (`2026-05-01`, `15:00`). Swedish writes dates and times the ISO way.
 */
function berlinWallClock(instant: string): { date: string; time: string } {
  const local = new Date(instant).toLocaleString('sv-SE', { timeZone: LISTING_TIME_ZONE, hourCycle: 'h23' });
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** Only the entries that have a value: a field left empty stays absent, as a new form has it. */
function present(values: Record<string, string | string[] | boolean | undefined>): Values {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string | string[] | boolean] => entry[1] !== undefined));
}

function scheduleValues(schedule: OpportunityInput['schedule']): Values {
  const note = schedule.note;
  if (schedule.type === 'one-time') {
    const rows = schedule.dates.flatMap((range, i): [string, string][] => {
      const start = berlinWallClock(range.start);
      const end = range.end === undefined ? undefined : berlinWallClock(range.end).time;
      return [
        [`date${i}`, start.date],
        [`from${i}`, start.time],
        [`to${i}`, end ?? ''],
      ];
    });
    return present({
      scheduleType: 'one-time',
      dateCount: String(schedule.dates.length),
      ...Object.fromEntries(rows),
      scheduleNote: note,
    });
  }
  const hoursPerWeek = schedule.hoursPerWeek === undefined ? undefined : String(schedule.hoursPerWeek);
  if (schedule.type === 'regular') {
    const slots = schedule.slots ?? [];
    // The form asks for one time span for all days; the first slot's is it.
    return present({
      scheduleType: 'regular',
      hoursPerWeek,
      days: [...new Set(slots.map((slot) => slot.day))],
      slotFrom: slots[0]?.from,
      slotTo: slots[0]?.to,
      scheduleNote: note,
    });
  }
  return present({
    scheduleType: 'flexible',
    hoursPerWeek,
    scheduleNote: note,
  });
}

/** An opportunity's input as the form's values: the inverse of `opportunityInput`, to edit it. */
export function opportunityValues(input: OpportunityInput): Values {
  const location = input.location;
  // The form takes one translation, the first stored: without it an edit would drop it.
  const [translationLang, translation] = Object.entries(input.translations ?? {})[0] ?? [];
  return present({
    orgName: input.organisation.name,
    orgType: input.organisation.type,
    website: input.organisation.website,
    contactName: input.contact.name,
    contactEmail: input.contact.email,
    contactPhone: input.contact.phone,
    contactPublic: input.contact.public ?? false,
    title: input.title,
    summary: input.summary,
    description: input.description,
    tasks: input.tasks?.join('\n'),
    requirements: input.requirements?.join('\n'),
    categories: [...input.categories],
    targetGroups: [...(input.targetGroups ?? [])],
    minimumAge: input.minimumAge === undefined ? undefined : String(input.minimumAge),
    locationType: location.type,
    region: location.type === 'remote' ? location.region : undefined,
    street: location.address?.street,
    postalCode: location.address?.postalCode,
    city: location.address?.city,
    ...scheduleValues(input.schedule),
    benefits: [...(input.benefits ?? [])],
    features: [...(input.accessibility?.features ?? [])],
    accessibilityNote: input.accessibility?.note,
    expiresAt: input.expiresAt,
    translationLang,
    translatedTitle: translation?.title,
    translatedSummary: translation?.summary,
    translatedDescription: translation?.description,
  });
}
