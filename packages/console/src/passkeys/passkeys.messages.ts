import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Passkeys',
  intro:
    'Mit einem Passkey melden Sie sich ohne E-Mail-Link an: mit dem Fingerabdruck, der Gesichtserkennung oder der PIN dieses Geräts, oder mit einem Sicherheitsschlüssel. Der Passkey gilt nur für diese Konsole.',
  caption: 'Ihre Passkeys, die neuesten zuerst',
  name: 'Name',
  created: 'Hinzugefügt',
  lastUsed: 'Zuletzt benutzt',
  synced: 'Synchronisiert',
  actions: 'Aktion',
  never: 'noch nie',
  yes: 'ja',
  no: 'nein',
  remove: 'Entfernen',
  removeLabel: (name: string) => `Passkey „${name}“ entfernen`,
  removed: (name: string) => `Der Passkey „${name}“ ist entfernt. Er meldet niemanden mehr an.`,
  none: 'Sie haben noch keinen Passkey.',
  addHeading: 'Passkey hinzufügen',
  nameLabel: 'Name des Passkeys',
  nameHint: 'Damit Sie ihn später wiedererkennen, etwa „Laptop im Büro“ oder „Sicherheitsschlüssel“.',
  nameMissing: 'Bitte geben Sie dem Passkey einen Namen.',
  add: 'Passkey hinzufügen',
  adding: 'Ihr Gerät fragt nach dem Passkey …',
  added: (name: string) => `Der Passkey „${name}“ ist hinzugefügt. Sie können sich ab jetzt damit anmelden.`,
  cancelled: 'Es wurde kein Passkey angelegt: Der Vorgang wurde abgebrochen oder ist abgelaufen. Sie können es noch einmal versuchen.',
  exists: 'Dieses Gerät hat schon einen Passkey für Ihr Konto.',
  unsupported: 'Dieser Browser kann keine Passkeys anlegen.',
  refused: 'Der Server hat den Passkey nicht angenommen. Bitte versuchen Sie es noch einmal.',
};

export type PasskeysMessages = typeof de;

export const passkeysMessages = defineMessages(de, () => import('./passkeys.messages.en.js'));
