// Machine-made by a non-native writer: needs a native speaker's review (docs/translating.md).
import type { CardMessages } from './opportunity-card.messages.js';

const words: CardMessages = {
  place: 'Yer',
  time: 'Zaman',
  online: 'Çevrimiçi',
  away: (distance: string) => `${distance} uzaklıkta`,
  categories: 'Faaliyet alanları',
  features: 'Özellikler',
  onlinePossible: 'Çevrimiçi mümkün',
  youngPeople: 'Gençler için uygun',
  accessible: 'Engelsiz mekân',
  filled: 'Dolu',
  offeredBy: (name: string) => `Sunan: ${name}`,
  around: (place: string, radius: string) => `${place} ve ${radius} çevresi`,
  loading: 'İlan yükleniyor …',
};

export { words as tr };
