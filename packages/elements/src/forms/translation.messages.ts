import { defineMessages } from '../internal/localize.js';

/**
 * The posting forms' translation section (translation.ts): its words are a catalogue of their
 * own, so they come with the section's chunk and not with the forms' first download.
 */
const german = {
  translation: 'Übersetzung (freiwillig)',
  translationLang: 'Sprache der Übersetzung',
  noTranslation: 'Keine Übersetzung',
  opportunityIntro: 'Viele Menschen lesen Deutsch nur mit Mühe. Wenn Sie Titel, Kurzbeschreibung und Beschreibung auch in einer anderen Sprache haben, fügen Sie sie hier ein: Wer die Seite in dieser Sprache liest, sieht dann Ihre Übersetzung.',
  offerIntro: 'Viele Menschen lesen Deutsch nur mit Mühe. Wenn Sie Ihr Hilfsangebot auch in einer anderen Sprache beschreiben können, fügen Sie es hier ein: Wer die Seite in dieser Sprache liest, sieht dann Ihre Übersetzung.',
  opportunityTitle: 'Titel in der Übersetzung',
  offerTitle: 'Was Sie anbieten, in der Übersetzung',
  translatedSummary: 'Kurzbeschreibung in der Übersetzung',
  translatedDescription: 'Beschreibung in der Übersetzung',
};

export type TranslationMessages = typeof german;

export const translationMessages = defineMessages({
  de: german,
  en: () => import('./translation.messages.en.js'),
  uk: () => import('./translation.messages.uk.js'),
  ar: () => import('./translation.messages.ar.js'),
  tr: () => import('./translation.messages.tr.js'),
  ru: () => import('./translation.messages.ru.js'),
  easy: () => import('./translation.messages.easy.js'),
});
