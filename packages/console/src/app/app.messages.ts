import { defineMessages } from '../internal/localize.js';

const de = {
  product: 'mitmachen · Konsole',
  skip: 'Zum Inhalt springen',
  nav: 'Bereiche der Konsole',
  views: {
    queue: 'Prüfen',
    audit: 'Protokoll',
    sessions: 'Sitzungen',
    tokens: 'API-Schlüssel',
    staff: 'Mitarbeitende',
    templates: 'Textbausteine',
    statistics: 'Zahlen',
    'personal-data': 'Datenschutz',
    import: 'Import',
  },
  account: 'Angemeldet',
  signOut: 'Abmelden',
  otherLanguage: 'English',
  otherLanguageCode: 'en',
  starting: 'Konsole wird geladen …',
  sessionEnded: 'Ihre Sitzung ist abgelaufen.',
  sessionEndedHow:
    'Melden Sie sich in einem neuen Tab neu an und kommen Sie dann hierher zurück: Was Sie hier eingegeben haben, bleibt stehen.',
  signInAgain: 'Neu anmelden (neuer Tab)',
  signedInAgain: 'Ich bin wieder angemeldet',
  analystOnly: 'Ihre Rolle (Auswertung) sieht keine Warteschlangen. Ihre Zahlen finden Sie unter „Zahlen“.',
  platform: 'Plattform',
};

export type AppMessages = typeof de;

export const appMessages = defineMessages(de, () => import('./app.messages.en.js'));
