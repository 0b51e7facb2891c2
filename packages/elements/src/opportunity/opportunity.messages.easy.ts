// Leichte Sprache, written by a non-native writer of it: needs review by a checker group (docs/translating.md).
// Rules: short sentences, one statement each, no genitive, explained words (test/elements/i18n/easy-language.test.ts).
import type { DetailMessages } from './opportunity.messages.js';

const words: DetailMessages = {
  loading: 'Das Angebot kommt gleich.',
  notFound: 'Dieses Angebot gibt es leider nicht mehr. Vielleicht hat schon jemand anderes die Aufgabe.',
  loadFailed: 'Das Angebot kommt leider gerade nicht. Bitte prüfen Sie Ihr Internet.',
  retry: 'Noch einmal versuchen',
  organisation: 'Wer bietet das an?',
  website: 'Internet-Seite von dem Verein',
  place: 'Ort',
  time: 'Zeit',
  categories: 'Bereich',
  suits: 'Gut für',
  minimumAge: 'Alter',
  years: (age: number) => `Sie müssen mindestens ${age} Jahre alt sein.`,
  languages: 'Sprachen',
  description: 'Mehr über das Angebot',
  tasks: 'Das machen Sie',
  requirements: 'Das brauchen Sie',
  benefits: 'Das bekommen Sie',
  accessibility: 'Barriere-Freiheit',
  schedule: 'Wann?',
  dates: 'Termine',
  calendar: 'Termine in Ihren Kalender holen',
  location: 'Wo?',
  remote: 'Im Internet. Sie können zu Hause bleiben.',
  hybrid: 'Vor Ort und im Internet',
  map: 'Den Ort auf einer Karte ansehen',
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  contactRequest: 'Nachricht schreiben',
  contactRequestHint: 'Schreiben Sie dem Verein: Ich möchte mitmachen.',
  share: 'Angebot weiter-geben',
  germanOriginal: 'Den deutschen Text zeigen',
  copied: 'Sie haben den Link kopiert.',
  copyFailed: 'Das Kopieren hat leider nicht geklappt. Hier ist der Link:',
  posted: (date: string) => `Das Angebot ist seit ${date} im Internet.`,
  expires: (date: string) => `Das Angebot gilt bis ${date}.`,
};

export { words as easy };
