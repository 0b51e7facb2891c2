import { apiBaseMessages } from '../internal/api-base.js';
import { scheduleMessages } from '../format/schedule.messages.js';
import { defineMessages } from '../internal/localize.js';

/** What every form says: validation, summary, consent, sending, failure, confirmation. */
const german = {
  required: (label: string) => `Bitte füllen Sie „${label}“ aus.`,
  choose: (label: string) => `Bitte wählen Sie bei „${label}“ etwas aus.`,
  tooShort: (label: string, n: number) => `„${label}“ muss mindestens ${n} Zeichen lang sein.`,
  tooLong: (label: string, n: number) => `„${label}“ darf höchstens ${n} Zeichen lang sein.`,
  email: 'Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de an.',
  url: 'Bitte geben Sie eine Webadresse an, die mit https:// oder http:// beginnt.',
  tel: 'Bitte geben Sie eine Telefonnummer mit 5 bis 40 Zeichen an: nur Ziffern, Leerzeichen und + ( ) / -.',
  postalCode: 'Bitte geben Sie eine fünfstellige Postleitzahl an, zum Beispiel 01067.',
  number: (label: string) => `Bitte geben Sie bei „${label}“ eine Zahl an.`,
  wholeNumber: (label: string) => `Bitte geben Sie bei „${label}“ eine ganze Zahl an.`,
  between: (label: string, min: number, max: number) => `„${label}“ muss zwischen ${min} und ${max} liegen.`,
  moreThan: (label: string, min: number, max: number) => `„${label}“ muss größer als ${min} und höchstens ${max} sein.`,
  date: (label: string) => `Bitte geben Sie bei „${label}“ ein Datum an, zum Beispiel 24.12.2026.`,
  time: (label: string) => `Bitte geben Sie bei „${label}“ eine Uhrzeit an, zum Beispiel 15:30.`,
  notPast: (label: string) => `„${label}“ darf nicht in der Vergangenheit liegen.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `Bitte wählen Sie bei „${label}“ genau ${min} aus.` : `Bitte wählen Sie bei „${label}“ ${min} bis ${max} aus.`,
  chooseAtMost: (label: string, max: number) => `Bitte wählen Sie bei „${label}“ höchstens ${max} aus.`,
  rejected: (label: string, detail: string) => `„${label}“ wurde nicht angenommen (${detail}). Bitte prüfen Sie die Angabe.`,
  errorPrefix: 'Fehler:',
  optional: '(freiwillig)',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  consent: 'Ich bin einverstanden, dass meine Angaben zur Bearbeitung dieser Anfrage gespeichert und weitergegeben werden.',
  consentLink: 'Datenschutzhinweise lesen (öffnet in neuem Tab)',
  consentLabel: 'Einverständnis',
  consentMissing: 'Bitte stimmen Sie zu, dass Ihre Angaben verarbeitet werden. Ohne Ihr Einverständnis senden wir nichts.',
  honeypot: 'Dieses Feld bitte leer lassen',
  submit: 'Absenden',
  sending: 'Wird gesendet …',
  sendingStatus: 'Ihre Angaben werden gesendet. Bitte warten Sie einen Moment.',
  networkFailed:
    'Ihre Angaben konnten nicht gesendet werden, weil keine Verbindung zum Server besteht. Nichts ist verloren: Alles, was Sie eingegeben haben, steht noch im Formular.',
  serverFailed:
    'Der Server konnte Ihre Angaben gerade nicht annehmen. Nichts ist verloren: Alles, was Sie eingegeben haben, steht noch im Formular.',
  tooMany: 'Es wurden gerade zu viele Anfragen gesendet. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
  retry: 'Erneut senden',
  draftRestored: 'Wir haben Ihre bisherigen Eingaben wiederhergestellt.',
  choicesLoading: 'Auswahl wird geladen …',
  choicesFailed: 'Die Auswahl konnte nicht geladen werden.',
  loadAgain: 'Erneut laden',
  thanks: 'Vielen Dank!',
};

export type FormMessages = typeof german;

/** Every language but German is a module of its own, loaded when a form first speaks it. */
export const formMessages = defineMessages(
  {
    de: german,
    en: () => import('./form.messages.en.js'),
    uk: () => import('./form.messages.uk.js'),
    ar: () => import('./form.messages.ar.js'),
    tr: () => import('./form.messages.tr.js'),
    ru: () => import('./form.messages.ru.js'),
    easy: () => import('./form.messages.easy.js'),
  },
  apiBaseMessages,
  // The weekdays' names (choices.ts).
  scheduleMessages,
);
