import type { OfferInput } from '@mitmachen/contract';
import type { Values } from '../forms/field-spec.js';
import { DEFAULT_RADIUS_KM } from './offer-radius.js';

/** An offer's input as the offer form's values: the inverse of its `toInput`, to edit it. */
export function offerValues(input: OfferInput): Values {
  const { availability, area } = input;
  // The form takes one translation: the first one stored.
  const [lang, translation] = Object.entries(input.translations ?? {})[0] ?? [];
  return {
    displayName: input.displayName,
    email: input.email,
    ...(input.ageGroup === undefined ? {} : { ageGroup: input.ageGroup }),
    title: input.title,
    description: input.description,
    categories: [...input.categories],
    availability: availability.type,
    ...(availability.hoursPerWeek === undefined ? {} : { hoursPerWeek: String(availability.hoursPerWeek) }),
    days: [...(availability.days ?? [])],
    ...(availability.note === undefined ? {} : { availabilityNote: availability.note }),
    place: area.place,
    radiusKm: String(area.radiusKm ?? DEFAULT_RADIUS_KM),
    ...(lang === undefined || translation === undefined
      ? {}
      : { translationLang: lang, translatedTitle: translation.title, translatedDescription: translation.description }),
  };
}
