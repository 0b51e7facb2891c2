import { defineMessages } from '../internal/localize.js';

/** The words of a card; the search's result list uses them as well. */
export const cardMessages = defineMessages({
  de: {
    place: 'Ort',
    time: 'Zeit',
    online: 'Online',
    away: (distance: string) => `${distance} entfernt`,
    categories: 'Tätigkeitsfelder',
    features: 'Merkmale',
    onlinePossible: 'Online möglich',
    youngPeople: 'Für junge Leute geeignet',
    accessible: 'Barrierefreier Ort',
    offeredBy: (name: string) => `Angeboten von ${name}`,
    around: (place: string, radius: string) => `${place} und ${radius} Umkreis`,
    loading: 'Angebot wird geladen …',
  },
  en: {
    place: 'Place',
    time: 'Time',
    online: 'Online',
    away: (distance: string) => `${distance} away`,
    categories: 'Fields',
    features: 'Features',
    onlinePossible: 'Online possible',
    youngPeople: 'Suits young people',
    accessible: 'Accessible place',
    offeredBy: (name: string) => `Offered by ${name}`,
    around: (place: string, radius: string) => `${place} and ${radius} around`,
    loading: 'Loading the opportunity …',
  },
});

export type CardMessages = (typeof cardMessages)['de'];
