// Machine-made by a non-native writer: needs a native speaker's review (docs/translating.md).
import type { CardMessages } from './opportunity-card.messages.js';

const words: CardMessages = {
  place: 'Место',
  time: 'Время',
  online: 'Онлайн',
  away: (distance: string) => `${distance} отсюда`,
  categories: 'Сферы деятельности',
  features: 'Особенности',
  onlinePossible: 'Можно онлайн',
  youngPeople: 'Подходит для молодёжи',
  accessible: 'Безбарьерное место',
  filled: 'Место занято',
  offeredBy: (name: string) => `Предлагает: ${name}`,
  around: (place: string, radius: string) => `${place} и ${radius} вокруг`,
  loading: 'Предложение загружается …',
};

export { words as ru };
