import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'API-Schlüssel',
  intro:
    'Schlüssel für Skripte und das SDK (moderation()). Ein Schlüssel handelt wie eine Moderatorin Ihrer Agentur oder liest nur. Er wird einmal angezeigt und nur verschlüsselt gespeichert.',
  createHeading: 'Neuen Schlüssel anlegen',
  name: 'Name (wofür?)',
  nameHint: 'Etwa „Newsletter-Export“, damit Sie ihn später wiedererkennen.',
  nameMissing: 'Bitte geben Sie einen Namen mit mindestens 2 Zeichen an.',
  scope: 'Berechtigung',
  scopes: { moderate: 'prüfen und entscheiden', read: 'nur lesen' } as Record<string, string>,
  create: 'Schlüssel anlegen',
  createdHeading: 'Ihr neuer Schlüssel',
  createdNote: 'Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.',
  secretLabel: 'Schlüssel',
  copy: 'Kopieren',
  copied: 'Der Schlüssel ist in der Zwischenablage.',
  caption: 'Schlüssel, die neuesten zuerst',
  prefix: 'Beginnt mit',
  created: 'Angelegt',
  lastUsed: 'Zuletzt benutzt',
  never: 'nie',
  status: 'Status',
  active: 'gültig',
  revokedAt: (date: string) => `widerrufen am ${date}`,
  revoke: 'Widerrufen',
  revokeLabel: (name: string) => `Schlüssel „${name}“ widerrufen`,
  revoked: (name: string) => `Der Schlüssel „${name}“ ist widerrufen und funktioniert nicht mehr.`,
  none: 'Noch keine Schlüssel.',
  platformWide: 'ganze Plattform',
};

export type TokensMessages = typeof de;

export const tokensMessages = defineMessages(de, () => import('./tokens.messages.en.js'));
