import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Anmelden in der Konsole',
  intro: 'Wir schicken Ihnen einen Anmeldelink per E-Mail. Ein Passwort brauchen Sie nicht.',
  emailLabel: 'Dienstliche E-Mail-Adresse',
  emailHint: 'Die Adresse, mit der Ihre Agentur Sie eingetragen hat.',
  send: 'Anmeldelink senden',
  sending: 'Wird gesendet …',
  emailMissing: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@agentur.de.',
  sentHeading: 'Bitte sehen Sie in Ihr Postfach',
  sent: (email: string) =>
    `Wenn ${email} für die Konsole freigeschaltet ist, haben wir gerade einen Anmeldelink an diese Adresse geschickt.`,
  sentRules: 'Der Link gilt 10 Minuten, nur einmal und nur in diesem Browser. Öffnen Sie ihn hier, auf diesem Gerät.',
  sentNothing: 'Keine E-Mail erhalten? Sehen Sie im Spam-Ordner nach, oder fordern Sie einen neuen Link an.',
  again: 'Andere Adresse eingeben',
  passkeyHeading: 'Oder mit einem Passkey',
  passkeyIntro: 'Haben Sie in der Konsole schon einen Passkey angelegt, melden Sie sich damit ohne E-Mail an.',
  passkey: 'Mit Passkey anmelden',
  passkeyBusy: 'Ihr Gerät fragt nach dem Passkey …',
  passkeyCancelled: 'Die Anmeldung mit Passkey wurde abgebrochen oder ist abgelaufen. Versuchen Sie es noch einmal, oder fordern Sie einen Anmeldelink an.',
  passkeyRefused: 'Mit diesem Passkey geht es nicht: Er ist unbekannt oder wurde entfernt. Fordern Sie einen Anmeldelink an.',
};

export type SignInMessages = typeof de;

export const signInMessages = defineMessages(de, () => import('./sign-in.messages.en.js'));
