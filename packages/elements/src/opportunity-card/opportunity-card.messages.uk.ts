// Machine-made by a non-native writer: needs a native speaker's review (docs/translating.md).
import type { CardMessages } from './opportunity-card.messages.js';

const words: CardMessages = {
  place: 'Місце',
  time: 'Час',
  online: 'Онлайн',
  away: (distance: string) => `${distance} звідси`,
  categories: 'Сфери діяльності',
  features: 'Особливості',
  onlinePossible: 'Можна онлайн',
  youngPeople: 'Підходить для молоді',
  accessible: 'Безбар’єрне місце',
  filled: 'Місце зайняте',
  offeredBy: (name: string) => `Пропонує: ${name}`,
  around: (place: string, radius: string) => `${place} і ${radius} навколо`,
  loading: 'Пропозиція завантажується …',
};

export { words as uk };
