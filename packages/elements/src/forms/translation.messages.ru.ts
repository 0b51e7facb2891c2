// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'Перевод (необязательно)',
  translationLang: 'Язык перевода',
  noTranslation: 'Без перевода',
  opportunityIntro: 'Многие читают по-немецки с трудом. Если у вас есть название, краткое описание и описание на другом языке, добавьте их сюда: кто читает страницу на этом языке, увидит ваш перевод.',
  offerIntro: 'Многие читают по-немецки с трудом. Если вы можете описать своё предложение помощи ещё на другом языке, добавьте описание сюда: кто читает страницу на этом языке, увидит ваш перевод.',
  opportunityTitle: 'Название в переводе',
  offerTitle: 'Что вы предлагаете, в переводе',
  translatedSummary: 'Краткое описание в переводе',
  translatedDescription: 'Описание в переводе',
};

export { words as ru };
