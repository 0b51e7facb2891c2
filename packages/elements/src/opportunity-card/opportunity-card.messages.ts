import { scheduleMessages } from '../format/schedule.messages.js';
import { defineMessages } from '../internal/localize.js';

/** The words of a card; the search's result list uses them as well. */
const german = {
  place: 'Ort',
  time: 'Zeit',
  online: 'Online',
  away: (distance: string) => `${distance} entfernt`,
  categories: 'Tätigkeitsfelder',
  features: 'Merkmale',
  onlinePossible: 'Online möglich',
  youngPeople: 'Für junge Leute geeignet',
  accessible: 'Barrierefreier Ort',
  filled: 'Besetzt',
  offeredBy: (name: string) => `Angeboten von ${name}`,
  around: (place: string, radius: string) => `${place} und ${radius} Umkreis`,
  loading: 'Angebot wird geladen …',
};

export type CardMessages = typeof german;

/** Every other language is loaded when a card first speaks it; a German page never does. */
export const cardMessages = defineMessages(
  {
    de: german,
    shared: 'card',
  },
  scheduleMessages,
);
