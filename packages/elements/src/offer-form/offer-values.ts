import type { OfferInput } from '@mitmachen/contract';
import type { Values } from '../forms/field-spec.js';
import { DEFAULT_RADIUS_KM } from './offer-radius.js';

/** An offer's input as the offer form's values: the inverse of its `toInput`, to edit it. */
export function offerValues(input: OfferInput): Values {
  const { availability, area } = input;
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
  };
}
