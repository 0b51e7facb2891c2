import { defineMessages } from '../internal/localize.js';

const de = {
  expiringHeading: 'Läuft ab',
  unansweredHeading: 'Unbeantwortet',
  expiringIntro: 'Veröffentlichte Angebote, deren Enddatum bald erreicht ist. Verlängern Sie nach Rücksprache, oder fragen Sie die Anbieter gleich, ob das Angebot noch aktuell ist.',
  unansweredIntro:
    'Angebote, bei denen Freiwillige mehrmals gemeldet haben, dass auf ihre Anfrage keine Antwort kam. Die Organisation wurde per E-Mail informiert. Markieren Sie den Hinweis als erledigt, wenn Sie mit ihr gesprochen haben.',
  within: 'Enddatum innerhalb von',
  days: (days: number) => (days === 1 ? '1 Tag' : `${days} Tagen`),
  list: (heading: string, total: number) => `${heading}: ${total === 1 ? '1 Eintrag' : `${total} Einträge`}`,
  expiringEmpty: (days: string) => `Kein Angebot in Ihrem Bereich endet innerhalb von ${days}.`,
  unansweredEmpty: 'Kein Angebot ist als unbeantwortet gemeldet.',
  ends: (date: string, left: number) => `Endet am ${date} (${left === 0 ? 'heute' : left === 1 ? 'morgen' : `in ${left} Tagen`})`,
  reminders: (count: number) => (count === 0 ? 'Noch keine Erinnerung verschickt' : count === 1 ? '1 Erinnerung verschickt' : `${count} Erinnerungen verschickt`),
  asked: (at: string, by: string) => `„Noch aktuell?“ gefragt am ${at}, Antwort bis ${by}`,
  noAddress: 'Keine E-Mail-Adresse: Anbieter nur telefonisch erreichbar',
  extend: 'Um 30 Tage verlängern',
  extendLabel: (title: string) => `Um 30 Tage verlängern: ${title}`,
  ask: '„Noch aktuell?“ jetzt fragen',
  askLabel: (title: string) => `„Noch aktuell?“ jetzt fragen: ${title}`,
  extended: (title: string, date: string) => `„${title}“ läuft jetzt bis ${date}.`,
  askedDone: (title: string, by: string) => `Die Anfrage „Noch aktuell?“ zu „${title}“ ist verschickt; Antwort bis ${by}.`,
  flagged: (at: string) => `Gemeldet am ${at}`,
  noReply: (noReply: number, requests: number) => `${noReply} von ${requests} Anfragen der letzten 60 Tage ohne Antwort`,
  outcome: (answered: number, placed: number) => `${placed} vermittelt, ${answered} beantwortet (passte nicht)`,
  notified: (at: string) => `Organisation informiert am ${at}`,
  notNotified: 'Organisation hat keine E-Mail-Adresse und wurde nicht informiert',
  resolve: 'Erledigt',
  resolveLabel: (title: string) => `Erledigt: ${title}`,
  resolved: (title: string) => `Der Hinweis zu „${title}“ ist erledigt.`,
  failed: (title: string, why: string) => `„${title}“: ${why}`,
  page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  intervalHeading: '„Noch aktuell?“ fragen',
  intervalHint: (min: number, max: number) =>
    `Angebote ohne Enddatum: So viele Tage nach der Veröffentlichung oder der letzten Bestätigung fragen wir die Anbieter, ob das Angebot noch aktuell ist (${min} bis ${max} Tage).`,
  intervalLabel: 'Abstand in Tagen',
  intervalSave: 'Abstand speichern',
  intervalInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} an.`,
  intervalSaved: (days: number) => `Gespeichert: Anbieter werden alle ${days} Tage gefragt.`,
};

export type LifecycleMessages = typeof de;

export const lifecycleMessages = defineMessages(de, () => import('./lifecycle.messages.en.js'));
