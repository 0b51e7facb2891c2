// Leichte Sprache, written by a non-native writer of it: needs review by a checker group (docs/translating.md).
// Rules: short sentences, one statement each, no genitive, explained words (test/elements/easy-language.test.ts).
import { formatNumber } from '../format/number.js';
import type { Sort } from './vocabulary.js';
import type { SearchMessages } from './search.messages.js';

const count = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${formatNumber(n, 'easy')} ${many}`);
const opportunities = count('Angebot', 'Angebote');
const offers = count('Hilfe-Angebot', 'Hilfe-Angebote');

const words: SearchMessages = {
  searchLabel: 'Such-Wort',
  searchHint: 'Zum Beispiel: Garten, Vorlesen oder Sport',
  submit: 'Suchen',
  clear: 'Such-Wort löschen',
  filters: 'Auswahl',
  filtersChosen: (n: number) => (n === 0 ? 'Auswahl' : `Auswahl: ${n} gewählt`),
  categories: 'Bereich',
  suits: 'Gut für',
  schedule: 'Zeit',
  locationTypes: 'Wo',
  ageGroups: 'Alter',
  place: 'Ort',
  placeHint: 'Schreiben Sie einen Ort. Dann wählen Sie den Ort aus der Liste.',
  noPlaces: 'Wir finden diesen Ort leider nicht.',
  radius: 'So weit weg darf es sein',
  km: (km: number) => `${formatNumber(km, 'easy')} Kilometer`,
  useLocation: 'Meinen Ort vom Handy nehmen',
  locating: 'Wir suchen Ihren Ort.',
  myLocation: 'Mein Ort',
  locationFailed: 'Wir finden Ihren Ort leider nicht. Bitte schreiben Sie einen Ort.',
  placeChip: (place: string, radius: string) => `${place} und ${radius} drum herum`,
  sort: 'Reihen-Folge',
  sortDefault: 'Unser Vorschlag',
  sorts: {
    relevance: 'Passende Angebote zuerst',
    newest: 'Neue Angebote zuerst',
    distance: 'Nahe Angebote zuerst',
    start: 'Frühe Termine zuerst',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Das haben Sie gewählt',
  removeFilter: (label: string) => `Weg-Nehmen: ${label}`,
  resetAll: 'Alles weg-nehmen',
  count: { opportunities, offers },
  found: {
    opportunities: (n: number) => `Wir haben ${opportunities(n)} gefunden.`,
    offers: (n: number) => `Wir haben ${offers(n)} gefunden.`,
  },
  loading: 'Wir suchen.',
  results: 'Ergebnisse',
  suggestRemove: (name: string) => `Ohne „${name}“ gibt es Angebote.`,
  removeSuggested: (name: string) => `„${name}“ weg-nehmen`,
  suggestPlace: (name: string) => `In der Nähe von „${name}“ gibt es leider 0 Angebote. Wählen Sie einen größeren Umkreis. Umkreis heißt: So weit weg darf es sein.`,
  removePlace: 'Ort weg-nehmen',
  suggestText: (q: string) => `Zu „${q}“ finden wir leider 0 Angebote. Bitte prüfen Sie das Wort. Oder suchen Sie ein anderes Wort.`,
  removeText: 'Such-Wort weg-nehmen',
  pastLastPage: 'Diese Seite ist leer.',
  firstPage: 'Zur ersten Seite',
  errorTitle: 'Die Suche hat leider nicht geklappt.',
  errorNetwork: 'Der Server antwortet gerade nicht. Server heißt: der Computer mit den Angeboten. Bitte prüfen Sie Ihr Internet.',
  errorTimeout: 'Der Server antwortet zu langsam.',
  errorBusy: 'Der Server hat gerade viel zu tun. Bitte versuchen Sie es gleich noch einmal.',
  errorOther: (status: number) => `Der Server meldet einen Fehler. Die Nummer vom Fehler ist ${status}.`,
  errorUnknown: 'Es gibt einen Fehler.',
  errorKept: 'Unten sehen Sie die Ergebnisse von vorher.',
  retry: 'Noch einmal versuchen',
  paging: 'Seiten',
  previous: 'Seite vorher',
  next: 'Nächste Seite',
  pageOf: (page: number, pages: number) => `Seite ${formatNumber(page, 'easy')} von ${formatNumber(pages, 'easy')}`,
  page: (page: number) => `Seite ${formatNumber(page, 'easy')}`,
  back: 'Zurück zu den Ergebnissen',
  ownLanguage: 'Nur Angebote in meiner Sprache',
};

export { words as easy };
