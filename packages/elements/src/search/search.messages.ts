import { apiBaseMessages } from '../internal/api-base.js';
import { formatNumber } from '../format/number.js';
import { defineMessages } from '../internal/localize.js';
import { cardMessages } from '../opportunity-card/opportunity-card.messages.js';
import type { Sort } from './vocabulary.js';

/** Opportunities and offers need different nouns ("Angebote" and "Hilfsangebote"). */
const de = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${formatNumber(n, 'de')} ${many}`);

const german = {
  searchLabel: 'Suchbegriff',
  searchHint: 'z. B. Garten, Vorlesen, Sport',
  submit: 'Suchen',
  clear: 'Suchbegriff löschen',
  filters: 'Filter',
  filtersChosen: (n: number) => (n === 0 ? 'Filter' : `Filter (${n} gewählt)`),
  categories: 'Tätigkeitsfeld',
  suits: 'Passt für',
  schedule: 'Zeit',
  locationTypes: 'Wo',
  ageGroups: 'Alter',
  place: 'Ort',
  placeHint: 'Ort eingeben und aus der Liste wählen',
  noPlaces: 'Kein passender Ort gefunden',
  radius: 'Umkreis',
  km: (km: number) => `${formatNumber(km, 'de')} km`,
  useLocation: 'Meinen Standort verwenden',
  locating: 'Standort wird ermittelt …',
  myLocation: 'Mein Standort',
  locationFailed: 'Ihr Standort konnte nicht ermittelt werden. Bitte geben Sie einen Ort ein.',
  placeChip: (place: string, radius: string) => `${place}, Umkreis ${radius}`,
  sort: 'Sortierung',
  sortDefault: 'Empfohlen',
  ownLanguage: 'Nur Angebote in meiner Sprache',
  sorts: {
    relevance: 'Beste Treffer zuerst',
    newest: 'Neueste zuerst',
    distance: 'Nächste zuerst',
    start: 'Nächster Termin zuerst',
  } satisfies Record<Sort, string>,
  chosenFilters: 'Gewählte Filter',
  removeFilter: (label: string) => `Filter entfernen: ${label}`,
  resetAll: 'Alle Filter zurücksetzen',
  count: { opportunities: de('Angebot', 'Angebote'), offers: de('Hilfsangebot', 'Hilfsangebote') },
  found: {
    opportunities: (n: number) => (n === 0 ? 'Keine Angebote gefunden' : `${de('Angebot', 'Angebote')(n)} gefunden`),
    offers: (n: number) => (n === 0 ? 'Keine Hilfsangebote gefunden' : `${de('Hilfsangebot', 'Hilfsangebote')(n)} gefunden`),
  },
  loading: 'Suche läuft …',
  results: 'Ergebnisse',
  suggestRemove: (name: string) => `Ohne „${name}“ gibt es Treffer.`,
  removeSuggested: (name: string) => `„${name}“ entfernen`,
  suggestPlace: (name: string) => `In der Nähe von „${name}“ gibt es nichts Passendes. Versuchen Sie einen größeren Umkreis oder entfernen Sie den Ort.`,
  removePlace: 'Ort entfernen',
  suggestText: (q: string) => `Zu „${q}“ passt nichts. Prüfen Sie die Schreibweise oder versuchen Sie einen allgemeineren Begriff.`,
  removeText: 'Suchbegriff entfernen',
  pastLastPage: 'Auf dieser Seite ist nichts mehr.',
  firstPage: 'Zur ersten Seite',
  errorTitle: 'Die Suche hat nicht geklappt.',
  errorNetwork: 'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorBusy: 'Der Server ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.',
  errorOther: (status: number) => `Der Server meldet einen Fehler (${status}).`,
  errorUnknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  errorKept: 'Unten sehen Sie die zuletzt gefundenen Ergebnisse.',
  retry: 'Erneut versuchen',
  paging: 'Seiten',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page: number, pages: number) => `Seite ${formatNumber(page, 'de')} von ${formatNumber(pages, 'de')}`,
  page: (page: number) => `Seite ${formatNumber(page, 'de')}`,
  back: 'Zurück zu den Ergebnissen',
};

export type SearchMessages = typeof german;

/** Every other language is loaded on a page in it only; the cards in the results speak with the card's words. */
export const searchMessages = defineMessages(
  {
    de: german,
    shared: 'search',
  },
  cardMessages,
  apiBaseMessages,
);

/** A landmark's name with the search's own name added, so two searches on a page differ. */
export const named = (landmark: string, name: string | undefined): string => (name ? `${landmark} – ${name}` : landmark);
