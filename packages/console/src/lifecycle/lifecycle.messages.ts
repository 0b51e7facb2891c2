import type { PostingKind } from '@mitmachen/contract';
import { defineMessages } from '../internal/localize.js';

const de = {
  expiringHeading: 'Läuft ab',
  unansweredHeading: 'Unbeantwortet',
  expiringIntro: 'Veröffentlichte Angebote, deren Enddatum bald erreicht ist. Verlängern Sie nach Rücksprache, oder fragen Sie die Anbieter gleich, ob das Angebot noch aktuell ist.',
  unansweredIntro:
    'Angebote, zu denen mehrmals gemeldet wurde, dass auf eine Anfrage keine Antwort kam. Wer das Angebot eingestellt hat (die Organisation oder die oder der Freiwillige), wurde per E-Mail informiert. Markieren Sie den Hinweis als erledigt, wenn Sie mit ihr oder ihm gesprochen haben.',
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
  // An offer is a volunteer's own listing: its requests come from organisations, and the volunteer is told.
  notified: (at: string, kind: PostingKind) => (kind === 'offer' ? `Die oder der Freiwillige wurde am ${at} informiert` : `Organisation informiert am ${at}`),
  notNotified: (kind: PostingKind): string =>
    kind === 'offer' ? 'Die oder der Freiwillige hat keine E-Mail-Adresse und wurde nicht informiert' : 'Organisation hat keine E-Mail-Adresse und wurde nicht informiert',
  offerOf: 'Angebot einer oder eines Freiwilligen',
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
