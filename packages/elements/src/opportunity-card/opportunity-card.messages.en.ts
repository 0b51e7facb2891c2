import type { CardMessages } from './opportunity-card.messages.js';

// The card's English words, in a module of their own: a German page never loads them.

const english: CardMessages = {
  place: 'Place',
  time: 'Time',
  online: 'Online',
  away: (distance: string) => `${distance} away`,
  categories: 'Fields',
  features: 'Features',
  onlinePossible: 'Online possible',
  youngPeople: 'Suits young people',
  accessible: 'Accessible place',
  filled: 'Filled',
  offeredBy: (name: string) => `Offered by ${name}`,
  around: (place: string, radius: string) => `${place} and ${radius} around`,
  loading: 'Loading the opportunity …',
};

export { english as en };
