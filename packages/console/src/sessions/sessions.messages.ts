import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Sitzungen',
  intro: 'Wo Sie gerade angemeldet sind. Beenden Sie Sitzungen, die Sie nicht kennen oder nicht mehr brauchen (etwa auf einem geteilten Büro-PC).',
  caption: 'Aktive Sitzungen, die neuesten zuerst',
  started: 'Angemeldet',
  lastSeen: 'Zuletzt aktiv',
  expires: 'Endet spätestens',
  from: 'Von',
  browser: 'Browser',
  actions: 'Aktion',
  current: 'diese Sitzung',
  revoke: 'Beenden',
  revokeLabel: (started: string) => `Sitzung vom ${started} beenden`,
  revokeCurrent: 'Abmelden',
  revoked: 'Die Sitzung ist beendet.',
  none: 'Keine aktiven Sitzungen.',
  unknown: 'unbekannt',
};

export type SessionsMessages = typeof de;

export const sessionsMessages = defineMessages(de, () => import('./sessions.messages.en.js'));
