// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'ترجمة (اختياري)',
  translationLang: 'لغة الترجمة',
  noTranslation: 'بدون ترجمة',
  opportunityIntro: 'كثير من الناس يقرؤون الألمانية بصعوبة. إذا كان لديك العنوان والوصف المختصر والوصف بلغة أخرى، فأضفها هنا: من يقرأ الصفحة بهذه اللغة يرى ترجمتك.',
  offerIntro: 'كثير من الناس يقرؤون الألمانية بصعوبة. إذا كنت تستطيع وصف عرض المساعدة الخاص بك بلغة أخرى أيضًا، فأضفه هنا: من يقرأ الصفحة بهذه اللغة يرى ترجمتك.',
  opportunityTitle: 'العنوان في الترجمة',
  offerTitle: 'ما تقدّمه، في الترجمة',
  translatedSummary: 'الوصف المختصر في الترجمة',
  translatedDescription: 'الوصف في الترجمة',
};

export { words as ar };
