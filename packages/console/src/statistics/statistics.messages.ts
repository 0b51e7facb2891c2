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
};

export type StatisticsMessages = typeof de;

export const statisticsMessages = defineMessages(de, () => import('./statistics.messages.en.js'));
