import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Anmeldung bestätigen',
  intro: 'Sie haben einen Anmeldelink für die Konsole geöffnet. Melden Sie sich mit einem Klick an.',
  confirm: 'Jetzt anmelden',
  confirming: 'Anmeldung läuft …',
  invalid:
    'Dieser Link gilt nicht (mehr): Er ist abgelaufen, wurde schon benutzt oder in einem anderen Browser angefordert. Fordern Sie bitte einen neuen Link an, in diesem Browser.',
  newLink: 'Neuen Link anfordern',
  passkeyRequired:
    'Ihr Betreiber-Konto hat einen Passkey: Melden Sie sich bitte damit an. Ist er verloren, entfernt ihn eine andere Person mit Betreiber-Rolle in der Konsole.',
  toPasskey: 'Zur Anmeldung mit Passkey',
};

export type ConfirmMessages = typeof de;

export const confirmMessages = defineMessages(de, () => import('./confirm.messages.en.js'));
