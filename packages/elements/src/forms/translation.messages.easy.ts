// Written by a non-native speaker: needs a native speaker's review (docs/translating.md).
import type { TranslationMessages } from './translation.messages.js';

const words: TranslationMessages = {
  translation: 'Übersetzung',
  translationLang: 'Sprache von der Übersetzung',
  noTranslation: 'Ohne Übersetzung',
  opportunityIntro: 'Viele Menschen können Deutsch nur schwer lesen. Haben Sie den Text auch in einer anderen Sprache? Dann schreiben Sie den Text hier hin. Das können Sie auch frei-lassen.',
  offerIntro: 'Viele Menschen können Deutsch nur schwer lesen. Können Sie Ihr Angebot auch in einer anderen Sprache schreiben? Dann schreiben Sie es hier hin. Das können Sie auch frei-lassen.',
  opportunityTitle: 'Überschrift in der anderen Sprache',
  offerTitle: 'Was Sie machen möchten, in der anderen Sprache',
  translatedSummary: 'Kurze Beschreibung in der anderen Sprache',
  translatedDescription: 'Beschreibung in der anderen Sprache',
};

export { words as easy };
