// Machine-made by a non-native writer: needs a native speaker's review (docs/translating.md).
import type { CardMessages } from './opportunity-card.messages.js';

const words: CardMessages = {
  place: 'المكان',
  time: 'الوقت',
  online: 'عبر الإنترنت',
  away: (distance: string) => `على بعد ${distance}`,
  categories: 'مجالات النشاط',
  features: 'الميزات',
  onlinePossible: 'ممكن عبر الإنترنت',
  youngPeople: 'مناسب للشباب',
  accessible: 'مكان خالٍ من العوائق',
  filled: 'تم شغل المكان',
  offeredBy: (name: string) => `يقدّمه ${name}`,
  around: (place: string, radius: string) => `${place} وما حولها حتى ${radius}`,
  loading: 'جارٍ تحميل الفرصة …',
};

export { words as ar };
