import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Mitarbeitende',
  intro: 'Wer die Konsole benutzen darf. Neue Personen melden sich mit ihrer E-Mail-Adresse an; ein Passwort gibt es nicht.',
  addHeading: 'Person hinzufügen',
  email: 'E-Mail-Adresse',
  name: 'Name (freiwillig)',
  role: 'Rolle',
  agency: 'Agentur',
  add: 'Hinzufügen',
  emailMissing: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  agencyMissing: 'Bitte wählen Sie eine Agentur.',
  added: (email: string) => `${email} ist hinzugefügt und kann sich jetzt anmelden.`,
  caption: 'Konten',
  lastSignIn: 'Zuletzt angemeldet',
  never: 'nie',
  status: 'Status',
  active: 'aktiv',
  disabled: 'gesperrt',
  disable: 'Sperren',
  enable: 'Entsperren',
  disableLabel: (email: string) => `${email} sperren`,
  enableLabel: (email: string) => `${email} entsperren`,
  disabledDone: (email: string) => `${email} ist gesperrt; alle Sitzungen sind beendet.`,
  enabledDone: (email: string) => `${email} ist entsperrt.`,
  none: 'Noch keine Konten.',
  you: '(Sie)',
};

export type StaffMessages = typeof de;

export const staffMessages = defineMessages(de, () => import('./staff.messages.en.js'));
