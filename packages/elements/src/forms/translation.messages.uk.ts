// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'Переклад (необов’язково)',
  translationLang: 'Мова перекладу',
  noTranslation: 'Без перекладу',
  opportunityIntro: 'Багато людей читають німецькою з труднощами. Якщо у вас є назва, короткий опис і опис іншою мовою, додайте їх тут: хто читає сторінку цією мовою, побачить ваш переклад.',
  offerIntro: 'Багато людей читають німецькою з труднощами. Якщо ви можете описати свою пропозицію допомоги ще іншою мовою, додайте опис тут: хто читає сторінку цією мовою, побачить ваш переклад.',
  opportunityTitle: 'Назва в перекладі',
  offerTitle: 'Що ви пропонуєте, у перекладі',
  translatedSummary: 'Короткий опис у перекладі',
  translatedDescription: 'Опис у перекладі',
};

export { words as uk };
