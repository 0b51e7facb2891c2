import type { PersonalDataKind } from '@mitmachen/contract';
import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Personenbezogene Daten (DSGVO)',
  intro:
    'Finden Sie alles, was zu einer E-Mail-Adresse gespeichert ist, geben Sie es als JSON heraus (Art. 15 und 20 DSGVO) oder löschen Sie es (Art. 17). Sie sehen nur, was zu Ihrem Bereich gehört. Jede Abfrage und jede Löschung wird protokolliert, ohne die Adresse.',
  email: 'E-Mail-Adresse',
  emailHint: 'Die Adresse, um die es in der Anfrage geht.',
  emailMissing: 'Bitte geben Sie eine E-Mail-Adresse an, etwa name@example.org.',
  find: 'Suchen',
  searching: 'Wird gesucht …',
  resultHeading: (email: string) => `Gespeichert zu ${email}`,
  found: (count: number) => (count === 1 ? '1 Eintrag gefunden.' : `${count} Einträge gefunden.`),
  nothing: 'Zu dieser Adresse ist in Ihrem Bereich nichts gespeichert.',
  caption: 'Einträge, die ältesten zuerst',
  kind: 'Art',
  summary: 'Bezeichnung',
  created: 'Angelegt',
  id: 'Kennung',
  kinds: {
    opportunity: 'Angebot (Kontaktperson)',
    offer: 'Hilfsangebot',
    interest: 'Kontaktanfrage',
    'offer-contact': 'Nachricht an Hilfsangebot',
    report: 'Meldung',
    staff: 'Konto in der Konsole',
    note: 'Notiz',
    message: 'E-Mail im Postausgang',
    alert: 'Benachrichtigung über neue Angebote (Abo)',
  } satisfies Record<PersonalDataKind, string>,
  download: 'Als JSON herunterladen',
  erase: 'Alles löschen …',
  confirmHeading: 'Wirklich löschen?',
  confirmText: (count: number) =>
    `${count === 1 ? 'Der Eintrag wird' : `Alle ${count} Einträge werden`} gelöscht oder anonymisiert. Angebote und Hilfsangebote dieser Adresse verschwinden aus der Suche; Meldungen und Notizen bleiben ohne die Adresse. Das lässt sich nicht rückgängig machen.`,
  confirm: 'Endgültig löschen',
  cancel: 'Abbrechen',
  erased: (count: number) => `Gelöscht oder anonymisiert: ${count === 1 ? '1 Eintrag' : `${count} Einträge`}. Die Löschung ist protokolliert, ohne die Adresse.`,
  own: 'Ihr eigenes Konto können Sie nicht selbst löschen. Bitten Sie eine andere Administratorin oder einen anderen Administrator.',
  gone: 'In Ihrem Bereich ist zu dieser Adresse nichts (mehr) gespeichert.',
};

export type PersonalDataMessages = typeof de;

export const personalDataMessages = defineMessages(de, () => import('./personal-data.messages.en.js'));
