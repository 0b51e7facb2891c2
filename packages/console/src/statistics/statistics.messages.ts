import { defineMessages } from '../internal/localize.js';

const de = {
  heading: 'Zahlen',
  intro: 'Veröffentlichungen in Ihrem Bereich, nach Region und Stand: was Sie etwa Förderern berichten.',
  chartTitle: 'Balkendiagramm: veröffentlichte Engagementangebote je Region',
  chartNote: 'Die Zahlen stehen in der Tabelle daneben.',
  caption: 'Veröffentlichungen nach Region',
  region: 'Region',
  published: 'Angebote veröffentlicht',
  pending: 'Angebote wartend',
  offersPublished: 'Hilfsangebote veröffentlicht',
  offersPending: 'Hilfsangebote wartend',
  total: 'alle Angebote',
  sum: 'Summe',
  none: 'In Ihrem Bereich gibt es noch keine Veröffentlichungen.',
  monthlyHeading: 'Zahlen je Monat',
  monthlyIntro: (range: string) => `Alle Regionen Ihres Bereichs, ${range}: nur Zählungen, keine personenbezogenen Daten.`,
  monthlyCaption: 'Zahlen je Monat',
  monthlyNone: 'Für diesen Zeitraum gibt es keine Zahlen.',
  month: 'Monat',
  chartFigure: 'Im Diagramm',
  monthlyChartTitle: (figure: string) => `Säulendiagramm: ${figure} je Monat`,
  csv: 'Als CSV-Datei herunterladen',
  figures: {
    contactRequests: 'Kontaktanfragen',
    newListings: 'neue Angebote',
    publishedListings: 'freigegebene Angebote',
    expiredListings: 'abgelaufene Angebote',
    replies: 'Antworten (laut Freiwilligen)',
    placements: 'Vermittlungen',
    activeOrganisations: 'aktive Organisationen',
    noReply: 'ohne Antwort',
    medianReviewHours: 'Median bis zur Prüfung (Stunden)',
    medianFirstReplyHours: 'Median bis zur Antwort (Stunden)',
  },
};

export type StatisticsMessages = typeof de;

export const statisticsMessages = defineMessages(de, () => import('./statistics.messages.en.js'));
