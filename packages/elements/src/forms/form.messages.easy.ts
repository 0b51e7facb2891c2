// Leichte Sprache, written by a non-native writer of it: needs review by a checker group (docs/translating.md).
// Rules: short sentences, one statement each, no genitive, explained words (test/elements/i18n/easy-language.test.ts).
import type { FormMessages } from './form.messages.js';

const words: FormMessages = {
  required: (label: string) => `Bitte schreiben Sie etwas bei: ${label}.`,
  choose: (label: string) => `Bitte wählen Sie etwas aus bei: ${label}.`,
  tooShort: (label: string, n: number) => `Der Text bei „${label}“ ist zu kurz. Schreiben Sie mindestens ${n} Zeichen.`,
  tooLong: (label: string, n: number) => `Der Text bei „${label}“ ist zu lang. Schreiben Sie höchstens ${n} Zeichen.`,
  email: 'Bitte prüfen Sie die E-Mail-Adresse. So sieht eine E-Mail-Adresse aus: name@beispiel.de',
  url: 'Bitte prüfen Sie die Internet-Adresse. Die Adresse fängt so an: https://',
  tel: 'Bitte prüfen Sie die Telefon-Nummer. Schreiben Sie nur Zahlen und Leer-Zeichen.',
  postalCode: 'Bitte prüfen Sie die Post-Leit-Zahl. Sie hat 5 Zahlen. Zum Beispiel: 01067',
  number: (label: string) => `Bitte schreiben Sie eine Zahl bei: ${label}.`,
  wholeNumber: (label: string) => `Bitte schreiben Sie eine ganze Zahl bei: ${label}. Zum Beispiel: 3`,
  between: (label: string, min: number, max: number) => `Bei „${label}“ geht nur eine Zahl von ${min} bis ${max}.`,
  moreThan: (label: string, min: number, max: number) => `Bei „${label}“ muss die Zahl größer als ${min} sein. Die Zahl darf höchstens ${max} sein.`,
  date: (label: string) => `Bitte schreiben Sie ein Datum bei: ${label}. Zum Beispiel: 24.12.2026`,
  time: (label: string) => `Bitte schreiben Sie eine Uhr-Zeit bei: ${label}. Zum Beispiel: 15:30`,
  notPast: (label: string) => `Das Datum bei „${label}“ ist schon vorbei. Bitte wählen Sie ein Datum in der Zukunft.`,
  chooseRange: (label: string, min: number, max: number) =>
    min === max ? `Bitte wählen Sie genau ${min} aus bei: ${label}.` : `Bitte wählen Sie ${min} bis ${max} aus bei: ${label}.`,
  chooseAtMost: (label: string, max: number) => `Bitte wählen Sie höchstens ${max} aus bei: ${label}.`,
  rejected: (label: string, detail: string) => `Bei „${label}“ stimmt etwas nicht. Der Grund ist: ${detail}. Bitte prüfen Sie das.`,
  errorPrefix: 'Fehler:',
  optional: '(Das können Sie frei-lassen.)',
  summaryTitle: 'Bitte prüfen Sie Ihre Angaben',
  consent: 'Ich bin einverstanden: Sie dürfen meine Angaben speichern. Sie dürfen meine Angaben für diese Anfrage weiter-geben.',
  consentLink: 'Mehr über Daten-Schutz lesen. Das öffnet eine neue Seite.',
  consentLabel: 'Einverständnis',
  consentMissing: 'Bitte setzen Sie den Haken bei „Ich bin einverstanden“. Sonst können wir Ihre Angaben nicht schicken.',
  honeypot: 'Dieses Feld bitte leer lassen',
  submit: 'Abschicken',
  sending: 'Wir schicken Ihre Angaben.',
  sendingStatus: 'Wir schicken jetzt Ihre Angaben. Bitte warten Sie einen Moment.',
  networkFailed:
    'Wir konnten Ihre Angaben leider nicht schicken. Das Internet geht gerade nicht. Ihre Angaben sind noch da. Bitte versuchen Sie es noch einmal.',
  serverFailed: 'Es gibt gerade ein Problem bei uns. Ihre Angaben sind noch da. Bitte versuchen Sie es später noch einmal.',
  tooMany: 'Gerade sind sehr viele Anfragen bei uns. Bitte warten Sie eine Minute. Dann versuchen Sie es noch einmal.',
  retry: 'Noch einmal schicken',
  draftRestored: 'Ihre Angaben von vorhin sind wieder da.',
  choicesLoading: 'Die Auswahl kommt gleich.',
  choicesFailed: 'Die Auswahl kommt leider gerade nicht.',
  loadAgain: 'Noch einmal laden',
  thanks: 'Vielen Dank!',
};

export { words as easy };
