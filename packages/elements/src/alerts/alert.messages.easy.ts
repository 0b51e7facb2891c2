// Leichte Sprache, written by a non-native writer of it: needs review (docs/translating.md).
import type { AlertMessages } from './alert.messages.js';

const words: AlertMessages = {
  subscribe: 'Neue Angebote per E-Mail bekommen',
  feed: 'Diese Suche als Feed (Atom)',
  hint: 'Sie bekommen eine E-Mail, wenn es neue Angebote gibt. Höchstens 1 E-Mail am Tag oder in der Woche. Zuerst kommt eine E-Mail mit einem Link. Klicken Sie auf den Link. Dann geht es los. Sie können das jederzeit abbestellen.',
  email: 'Ihre E-Mail-Adresse',
  frequency: 'Wie oft möchten Sie eine E-Mail?',
  daily: 'Jeden Tag',
  weekly: 'Jede Woche',
  send: 'Abonnieren',
  sending: 'Bitte warten …',
  sent: (email: string) => `Fast fertig. Wir haben eine E-Mail an ${email} geschickt. Klicken Sie auf den Link in der E-Mail.`,
  emailInvalid: 'Die E-Mail-Adresse stimmt nicht. Ein Beispiel: name@example.org',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
};

export { words as easy };
