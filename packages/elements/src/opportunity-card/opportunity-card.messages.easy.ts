// Machine-made by a non-native writer: needs a native speaker's review (docs/translating.md).
import type { CardMessages } from './opportunity-card.messages.js';

const words: CardMessages = {
  place: 'Ort',
  time: 'Zeit',
  online: 'Im Internet',
  away: (distance: string) => `${distance} weit weg`,
  categories: 'Bereiche',
  features: 'Das ist wichtig',
  onlinePossible: 'Sie können das auch im Internet machen.',
  youngPeople: 'Das ist gut für junge Menschen.',
  accessible: 'Der Ort ist gut für Rollstühle.',
  filled: 'Besetzt. Jemand macht das schon.',
  offeredBy: (name: string) => `Von: ${name}`,
  around: (place: string, radius: string) => `${place} und ${radius} drum herum`,
  loading: 'Das Angebot kommt gleich.',
};

export { words as easy };
