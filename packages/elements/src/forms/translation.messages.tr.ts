// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'Çeviri (isteğe bağlı)',
  translationLang: 'Çevirinin dili',
  noTranslation: 'Çeviri yok',
  opportunityIntro: 'Birçok kişi Almancayı zorlukla okuyor. Başlık, kısa açıklama ve açıklama başka bir dilde de varsa buraya ekleyin: sayfayı o dilde okuyanlar çevirinizi görür.',
  offerIntro: 'Birçok kişi Almancayı zorlukla okuyor. Yardım teklifinizi başka bir dilde de anlatabiliyorsanız buraya ekleyin: sayfayı o dilde okuyanlar çevirinizi görür.',
  opportunityTitle: 'Çevrilmiş başlık',
  offerTitle: 'Çevrilmiş teklif başlığı',
  translatedSummary: 'Çevrilmiş kısa açıklama',
  translatedDescription: 'Çevrilmiş açıklama',
};

export { words as tr };
