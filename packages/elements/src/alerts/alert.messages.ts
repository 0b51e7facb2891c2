import { defineMessages } from '../internal/localize.js';

const german = {
  subscribe: 'Benachrichtigen: Als E-Mail abonnieren',
  feed: 'Diese Suche als Feed (Atom)',
  hint: 'Höchstens eine E-Mail am Tag oder in der Woche, nur wenn es zu dieser Suche neue Angebote gibt. Sie bekommen erst einen Link zum Bestätigen; abbestellen geht mit einem Klick.',
  email: 'E-Mail-Adresse',
  frequency: 'Wie oft?',
  daily: 'Täglich',
  weekly: 'Wöchentlich',
  send: 'Abonnieren',
  sending: 'Wird gesendet …',
  sent: (email: string) => `Fast geschafft: Bitte bestätigen Sie über den Link in der E-Mail an ${email}.`,
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
};

export type AlertMessages = typeof german;

export const alertMessages = defineMessages({
  de: german,
  en: () => import('./alert.messages.en.js'),
  uk: () => import('./alert.messages.uk.js'),
  ar: () => import('./alert.messages.ar.js'),
  tr: () => import('./alert.messages.tr.js'),
  ru: () => import('./alert.messages.ru.js'),
  easy: () => import('./alert.messages.easy.js'),
});
