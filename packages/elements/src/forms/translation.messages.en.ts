import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'Translation (optional)',
  translationLang: 'Language of the translation',
  noTranslation: 'No translation',
  opportunityIntro: 'Many people read German only with difficulty. If you have the title, summary and description in another language too, add them here: people reading the page in that language then see your translation.',
  offerIntro: 'Many people read German only with difficulty. If you can describe your offer in another language too, add it here: people reading the page in that language then see your translation.',
  opportunityTitle: 'Title in the translation',
  offerTitle: 'What you offer, in the translation',
  translatedSummary: 'Summary in the translation',
  translatedDescription: 'Description in the translation',
};

export { words as en };
